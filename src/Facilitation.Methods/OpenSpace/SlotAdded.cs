namespace Facilitation.Methods.OpenSpace;

/// <summary>The agenda wall grew by a time slot (after the last one).</summary>
/// <param name="slot">The new slot.</param>
public sealed class SlotAdded(OpenSpaceSlot slot) : OpenSpaceEvent
{
    /// <summary>The new slot.</summary>
    public OpenSpaceSlot Slot { get; internal set; } = slot;
}
