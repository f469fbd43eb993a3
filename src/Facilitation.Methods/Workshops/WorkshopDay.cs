namespace Facilitation.Methods.Workshops;

/// <summary>One planned day of the workshop: when it starts and when it should end.</summary>
/// <remarks>Immutable. A block belongs to the day whose <see cref="Date"/> is the date of the block's start (in the block's own offset).</remarks>
public sealed class WorkshopDay
{
    /// <summary>Initializes a new instance of the <see cref="WorkshopDay"/> class.</summary>
    /// <param name="start">When the day's first block may start.</param>
    /// <param name="end">When the day should be over.</param>
    public WorkshopDay(DateTimeOffset start, DateTimeOffset end) => (Start, End) = (start, end);

    /// <summary>When the day's first block may start.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>When the day should be over.</summary>
    public DateTimeOffset End { get; }

    /// <summary>Gets the day's title (for example "Day 1: governance in practice").</summary>
    /// <value>The default value is null: the book writes "Day 1", "Day 2" ….</value>
    public string? Title { get; init; }

    /// <summary>Gets the calendar date of the day.</summary>
    public DateOnly Date => DateOnly.FromDateTime(Start.DateTime);

    /// <summary>Gets how long the day is planned to last.</summary>
    internal TimeSpan PlannedLength => End - Start;
}
