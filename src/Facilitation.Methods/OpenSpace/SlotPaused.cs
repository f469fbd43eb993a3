namespace Facilitation.Methods.OpenSpace;

/// <summary>The running slot's timebox was paused: its remaining time stands still, and no warning or time-up comes, until it is resumed.</summary>
/// <param name="Slot">The 1-based slot (filled by the session).</param>
public sealed record SlotPaused(int Slot) : OpenSpaceEvent;
