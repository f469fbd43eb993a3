using Facilitation.Methods.OpenSpace;

namespace Facilitation.Methods.Workshops;

/// <summary>A block that runs an Open Space.</summary>
/// <remarks>Immutable. The Open Space's slots carry their own times: the block needs the span from the first slot's start to the last slot's end, and every slot must lie inside the block.</remarks>
public sealed record OpenSpaceBlock : WorkshopBlock
{
    /// <summary>Initializes a new Open Space block.</summary>
    /// <param name="id">The block's id, unique within the workshop.</param>
    /// <param name="title">The title shown in the programme.</param>
    /// <param name="start">When it starts.</param>
    /// <param name="duration">How long it lasts.</param>
    /// <param name="design">The Open Space.</param>
    public OpenSpaceBlock(string id, string title, DateTimeOffset start, TimeSpan duration, OpenSpaceDesign design)
        : base(id, title, start, duration)
    {
        Design = design;
    }

    /// <summary>Gets the Open Space's design.</summary>
    public OpenSpaceDesign Design { get; init; }

    /// <summary>Gets the time from the first slot's start to the last slot's end.</summary>
    public TimeSpan NeededTime
    {
        get
        {
            var slots = Design is null || Design.Slots.IsDefault ? [] : Design.Slots.Where(s => s is not null).ToList();
            return slots.Count == 0 ? TimeSpan.Zero : slots.Max(s => s.End) - slots.Min(s => s.Start);
        }
    }
}
