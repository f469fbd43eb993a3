namespace Facilitation.Methods.OpenSpace;

/// <summary>The session's timer warned that the running slot ends soon (five minutes before its end, when the slot is longer than that).</summary>
/// <param name="Slot">The 1-based slot.</param>
/// <param name="Remaining">The time the slot had left when the warning was given.</param>
public sealed record SlotTimeWarningGiven(int Slot, TimeSpan Remaining) : OpenSpaceEvent;
