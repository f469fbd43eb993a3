using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The running slot's paused timebox was resumed with the time it had left.</summary>
public sealed class SlotResumed : OpenSpaceEvent
{
    [JsonConstructor] internal SlotResumed(int slot) => Slot = slot;

    /// <summary>The 1-based slot (filled by the session).</summary>
    public int Slot { get; internal set; }
}
