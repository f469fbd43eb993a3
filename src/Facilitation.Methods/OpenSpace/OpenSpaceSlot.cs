using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>A time slot on the agenda wall. Every space offers one cell per slot.</summary>
/// <remarks>Immutable. A slot's calendar day (<see cref="Day"/>) is the date of its start in the start's own offset; an event whose slots fall on more than one day is multi-day and has evening news and morning announcements between days.</remarks>
/// <param name="Start">When the slot starts.</param>
/// <param name="Length">How long it lasts (more than zero, at most a day).</param>
public sealed record OpenSpaceSlot(DateTimeOffset Start, TimeSpan Length)
{
    /// <summary>Gets when the slot ends.</summary>
    [JsonIgnore]
    public DateTimeOffset End => Start + Length;

    /// <summary>Gets the calendar day the slot starts on.</summary>
    [JsonIgnore]
    public DateOnly Day => DateOnly.FromDateTime(Start.DateTime);
}
