using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The session's timer warned that the running slot ends soon (five minutes before its end, when the slot is longer than that).</summary>
public sealed class SlotTimeWarningGiven : OpenSpaceEvent
{
    [JsonConstructor] internal SlotTimeWarningGiven(int slot, TimeSpan remaining) => (Slot, Remaining) = (slot, remaining);

    /// <summary>The 1-based slot.</summary>
    public int Slot { get; internal set; }

    /// <summary>The time the slot had left when the warning was given.</summary>
    public TimeSpan Remaining { get; internal set; }
}
