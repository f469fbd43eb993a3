namespace Facilitation.Methods.OpenSpace;

/// <summary>The running slot's paused timebox was resumed with the time it had left.</summary>
/// <param name="slot">The 1-based slot (filled by the session).</param>
public sealed class SlotResumed(int slot) : OpenSpaceEvent
{
    /// <summary>The 1-based slot (filled by the session).</summary>
    public int Slot { get; internal set; } = slot;
}
