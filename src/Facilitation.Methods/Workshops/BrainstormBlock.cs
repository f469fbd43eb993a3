using Facilitation.Methods.Brainstorm;

namespace Facilitation.Methods.Workshops;

/// <summary>A block that runs a brainstorm.</summary>
/// <remarks>Immutable. The block needs the sum of its generation rounds' durations plus <see cref="TimeBetweenRounds"/> between rounds.</remarks>
public sealed record BrainstormBlock : WorkshopBlock
{
    /// <summary>Initializes a new brainstorm block.</summary>
    /// <param name="id">The block's id, unique within the workshop.</param>
    /// <param name="title">The title shown in the programme.</param>
    /// <param name="start">When it starts.</param>
    /// <param name="duration">How long it lasts.</param>
    /// <param name="design">The brainstorm.</param>
    public BrainstormBlock(string id, string title, DateTimeOffset start, TimeSpan duration, BrainstormDesign design)
        : base(id, title, start, duration)
    {
        Design = design;
    }

    /// <summary>Gets the brainstorm's design.</summary>
    public BrainstormDesign Design { get; init; }

    /// <summary>Gets the time between two generation rounds.</summary>
    /// <value>The default value is 5 minutes.</value>
    public TimeSpan TimeBetweenRounds { get; init; } = WorkshopDefaults.TimeBetweenRounds;

    /// <summary>Gets the time the brainstorm's rounds and the pauses between them need.</summary>
    public TimeSpan NeededTime
    {
        get
        {
            var rounds = Design is null || Design.Rounds.IsDefault ? [] : Design.Rounds.Where(r => r is not null).ToList();
            return rounds.Count == 0 ? TimeSpan.Zero : rounds.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Duration) + (TimeBetweenRounds * (rounds.Count - 1));
        }
    }
}
