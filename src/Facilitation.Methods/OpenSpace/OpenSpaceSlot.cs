using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>A time slot on the agenda wall. Every space offers one cell per slot.</summary>
/// <remarks>Immutable. A slot's calendar day (<see cref="Day"/>) is the date of its start in the start's own offset; an event whose slots fall on more than one day is multi-day and has evening news and morning announcements between days.</remarks>
public sealed class OpenSpaceSlot
{
    /// <summary>Initializes a new instance of the <see cref="OpenSpaceSlot"/> class.</summary>
    /// <param name="start">When the slot starts.</param>
    /// <param name="length">How long it lasts (more than zero, at most a day).</param>
    public OpenSpaceSlot(DateTimeOffset start, TimeSpan length) => (Start, Length) = (start, length);

    /// <summary>When the slot starts.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>How long it lasts (more than zero, at most a day).</summary>
    public TimeSpan Length { get; }

    /// <summary>Gets when the slot ends.</summary>
    [JsonIgnore]
    public DateTimeOffset End => Start + Length;

    /// <summary>Gets the calendar day the slot starts on.</summary>
    [JsonIgnore]
    public DateOnly Day => DateOnly.FromDateTime(Start.DateTime);
}
