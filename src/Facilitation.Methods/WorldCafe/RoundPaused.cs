namespace Facilitation.Methods.WorldCafe;

/// <summary>The facilitator paused the round: its remaining time stands still, and no warning or time-up comes until it resumes.</summary>
/// <param name="round">The round (filled by the session).</param>
public sealed class RoundPaused(Round? round = null) : WorldCafeEvent
{
    /// <summary>The round (filled by the session).</summary>
    public Round? Round { get; internal set; } = round;
}
