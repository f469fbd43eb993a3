using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The session's timer said the running slot's time is up. The slot goes on until the facilitator starts the next one
/// (or ends the day): a conversation in Open Space ends when it is over, the timebox only tells people the time.</summary>
public sealed class SlotTimeUp : OpenSpaceEvent
{
    [JsonConstructor] internal SlotTimeUp(int slot) => Slot = slot;

    /// <summary>The 1-based slot.</summary>
    public int Slot { get; internal set; }
}
