using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>The facilitator extended (positive) or shortened (negative) the round.</summary>
public sealed class RoundTimeChanged : WorldCafeEvent
{
    [JsonConstructor] internal RoundTimeChanged(TimeSpan change, Round? round = null) => (Change, Round) = (change, round);

    /// <summary>The change.</summary>
    public TimeSpan Change { get; internal set; }

    /// <summary>The round (filled by the session).</summary>
    public Round? Round { get; internal set; }
}
