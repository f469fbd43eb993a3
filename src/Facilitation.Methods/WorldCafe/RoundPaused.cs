namespace Facilitation.Methods.WorldCafe;

/// <summary>The facilitator paused the round: its remaining time stands still, and no warning or time-up comes until it resumes.</summary>
/// <param name="Round">The round (filled by the session).</param>
public sealed record RoundPaused(Round? Round = null) : WorldCafeEvent;
