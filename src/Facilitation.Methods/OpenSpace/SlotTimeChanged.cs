using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The running slot's timebox was lengthened (positive) or shortened (negative).</summary>
public sealed class SlotTimeChanged : OpenSpaceEvent
{
    [JsonConstructor] internal SlotTimeChanged(int slot, TimeSpan change) => (Slot, Change) = (slot, change);

    /// <summary>The 1-based slot (filled by the session).</summary>
    public int Slot { get; internal set; }

    /// <summary>The change.</summary>
    public TimeSpan Change { get; internal set; }
}
