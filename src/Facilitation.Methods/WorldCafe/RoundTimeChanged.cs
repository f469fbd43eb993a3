namespace Facilitation.Methods.WorldCafe;

/// <summary>The facilitator extended (positive) or shortened (negative) the round.</summary>
/// <param name="change">The change.</param>
/// <param name="round">The round (filled by the session).</param>
public sealed class RoundTimeChanged(TimeSpan change, Round? round = null) : WorldCafeEvent
{
    /// <summary>The change.</summary>
    public TimeSpan Change { get; internal set; } = change;

    /// <summary>The round (filled by the session).</summary>
    public Round? Round { get; internal set; } = round;
}
