namespace Facilitation.Methods.OpenSpace;

/// <summary>The running slot's paused timebox was resumed with the time it had left.</summary>
/// <param name="Slot">The 1-based slot (filled by the session).</param>
public sealed record SlotResumed(int Slot) : OpenSpaceEvent;
