namespace Facilitation.Methods.OpenSpace;

/// <summary>The agenda wall grew by a time slot (after the last one).</summary>
/// <param name="Slot">The new slot.</param>
public sealed record SlotAdded(OpenSpaceSlot Slot) : OpenSpaceEvent;
