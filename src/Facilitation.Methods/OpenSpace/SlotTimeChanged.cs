namespace Facilitation.Methods.OpenSpace;

/// <summary>The running slot's timebox was lengthened (positive) or shortened (negative).</summary>
/// <param name="slot">The 1-based slot (filled by the session).</param>
/// <param name="change">The change.</param>
public sealed class SlotTimeChanged(int slot, TimeSpan change) : OpenSpaceEvent
{
    /// <summary>The 1-based slot (filled by the session).</summary>
    public int Slot { get; internal set; } = slot;

    /// <summary>The change.</summary>
    public TimeSpan Change { get; internal set; } = change;
}
