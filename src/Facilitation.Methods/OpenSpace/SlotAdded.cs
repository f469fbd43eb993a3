using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The agenda wall grew by a time slot (after the last one).</summary>
public sealed class SlotAdded : OpenSpaceEvent
{
    [JsonConstructor] internal SlotAdded(OpenSpaceSlot slot) => Slot = slot;

    /// <summary>The new slot.</summary>
    public OpenSpaceSlot Slot { get; internal set; }
}
