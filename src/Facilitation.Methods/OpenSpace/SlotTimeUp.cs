namespace Facilitation.Methods.OpenSpace;

/// <summary>The session's timer said the running slot's time is up. The slot goes on until the facilitator starts the next one
/// (or ends the day): a conversation in Open Space ends when it is over, the timebox only tells people the time.</summary>
/// <param name="slot">The 1-based slot.</param>
public sealed class SlotTimeUp(int slot) : OpenSpaceEvent
{
    /// <summary>The 1-based slot.</summary>
    public int Slot { get; internal set; } = slot;
}
