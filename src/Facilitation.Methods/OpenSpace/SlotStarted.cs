using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>
/// A time slot started (the one before it ended); the wall as it stands is the published agenda. It is the phase change into
/// <see cref="OpenSpacePhase.SessionsRunning"/>: <see cref="From"/> is the marketplace, the morning announcements, or the sessions
/// of the slot before (then the phase stays <see cref="OpenSpacePhase.SessionsRunning"/>).
/// </summary>
public sealed class SlotStarted : OpenSpaceEvent, IPhaseChange
{
    [JsonConstructor] internal SlotStarted(int slot) => Slot = slot;

    /// <summary>The 1-based slot that started (slot <c>n</c> is <c>Slots[n - 1]</c> of the wall).</summary>
    public int Slot { get; internal set; }

    /// <summary>Gets the phase the event was in when the slot started.</summary>
    [JsonInclude]
    public OpenSpacePhase From { get; internal set; }

    /// <inheritdoc />
    string IPhaseChange.FromPhase => From.ToString();

    /// <inheritdoc />
    string IPhaseChange.ToPhase => nameof(OpenSpacePhase.SessionsRunning);
}
