namespace Facilitation.Methods.Workshops;

/// <summary>A block that runs no method session: a lecture, a meeting, a field visit, a meal, an opening or closing, a game, or the resource inventory step.</summary>
/// <remarks>Immutable.</remarks>
public sealed record PlainBlock : WorkshopBlock
{
    /// <summary>Initializes a new plain block.</summary>
    /// <param name="id">The block's id, unique within the workshop.</param>
    /// <param name="kind">What the block is.</param>
    /// <param name="title">The title shown in the programme.</param>
    /// <param name="start">When it starts.</param>
    /// <param name="duration">How long it lasts.</param>
    public PlainBlock(string id, PlainBlockKind kind, string title, DateTimeOffset start, TimeSpan duration)
        : base(id, title, start, duration)
    {
        Kind = kind;
    }

    /// <summary>Gets what the block is.</summary>
    public PlainBlockKind Kind { get; init; }

    /// <summary>Gets who speaks (a lecturer, the chair, a village representative).</summary>
    /// <value>The default value is null.</value>
    public string? Speaker { get; init; }
}
