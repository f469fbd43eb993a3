using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>The round's time is up (raised by the round timer; with auto-advance the timer closes the round instead, as a <see cref="CafePhaseChanged"/>).</summary>
public sealed class RoundTimeUp : WorldCafeEvent
{
    [JsonConstructor] internal RoundTimeUp(Round? round = null) => Round = round;

    /// <summary>The round (filled by the session).</summary>
    public Round? Round { get; internal set; }
}
