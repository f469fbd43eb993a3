using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>The facilitator resumed a paused round, with the time it had left.</summary>
public sealed class RoundResumed : WorldCafeEvent
{
    [JsonConstructor] internal RoundResumed(Round? round = null) => Round = round;

    /// <summary>The round (filled by the session).</summary>
    public Round? Round { get; internal set; }
}
