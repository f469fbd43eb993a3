namespace Facilitation.Methods.OpenSpace;

/// <summary>A time slot started (the one before it ended); the wall as it stands is the published agenda.</summary>
/// <param name="Slot">The 1-based slot that started.</param>
public sealed record SlotStarted(int Slot) : OpenSpaceEvent;
