namespace Facilitation.Methods.OpenSpace;

/// <summary>The running slot's timebox was paused: its remaining time stands still, and no warning or time-up comes, until it is resumed.</summary>
/// <param name="slot">The 1-based slot (filled by the session).</param>
public sealed class SlotPaused(int slot) : OpenSpaceEvent
{
    /// <summary>The 1-based slot (filled by the session).</summary>
    public int Slot { get; internal set; } = slot;
}
