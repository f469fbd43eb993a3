namespace Facilitation.Methods.WorldCafe;

/// <summary>The facilitator resumed a paused round, with the time it had left.</summary>
/// <param name="round">The round (filled by the session).</param>
public sealed class RoundResumed(Round? round = null) : WorldCafeEvent
{
    /// <summary>The round (filled by the session).</summary>
    public Round? Round { get; internal set; } = round;
}
