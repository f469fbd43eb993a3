using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The running slot's timebox was paused: its remaining time stands still, and no warning or time-up comes, until it is resumed.</summary>
public sealed class SlotPaused : OpenSpaceEvent
{
    [JsonConstructor] internal SlotPaused(int slot) => Slot = slot;

    /// <summary>The 1-based slot (filled by the session).</summary>
    public int Slot { get; internal set; }
}
