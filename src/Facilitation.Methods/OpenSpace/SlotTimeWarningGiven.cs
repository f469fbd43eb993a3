namespace Facilitation.Methods.OpenSpace;

/// <summary>The session's timer warned that the running slot ends soon (five minutes before its end, when the slot is longer than that).</summary>
/// <param name="slot">The 1-based slot.</param>
/// <param name="remaining">The time the slot had left when the warning was given.</param>
public sealed class SlotTimeWarningGiven(int slot, TimeSpan remaining) : OpenSpaceEvent
{
    /// <summary>The 1-based slot.</summary>
    public int Slot { get; internal set; } = slot;

    /// <summary>The time the slot had left when the warning was given.</summary>
    public TimeSpan Remaining { get; internal set; } = remaining;
}
