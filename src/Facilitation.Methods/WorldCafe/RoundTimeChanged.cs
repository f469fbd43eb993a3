using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>The facilitator extended (positive) or shortened (negative) the round.</summary>
public sealed class RoundTimeChanged : WorldCafeEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="change">The change.</param>
    /// <param name="round">The round (filled by the session).</param>
    [JsonConstructor]
    internal RoundTimeChanged(TimeSpan change, Round? round = null)
    {
        Change = change;
        Round = round;
    }

    /// <summary>The change.</summary>
    public TimeSpan Change { get; internal set; }

    /// <summary>The round (filled by the session).</summary>
    public Round? Round { get; internal set; }
}
