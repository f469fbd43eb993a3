using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>The facilitator paused the round: its remaining time stands still, and no warning or time-up comes until it resumes.</summary>
public sealed class RoundPaused : WorldCafeEvent
{
    [JsonConstructor] internal RoundPaused(Round? round = null) => Round = round;

    /// <summary>The round (filled by the session).</summary>
    public Round? Round { get; internal set; }
}
