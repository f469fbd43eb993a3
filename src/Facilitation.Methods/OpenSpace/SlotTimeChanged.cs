namespace Facilitation.Methods.OpenSpace;

/// <summary>The running slot's timebox was lengthened (positive) or shortened (negative).</summary>
/// <param name="Slot">The 1-based slot (filled by the session).</param>
/// <param name="Change">The change.</param>
public sealed record SlotTimeChanged(int Slot, TimeSpan Change) : OpenSpaceEvent;
