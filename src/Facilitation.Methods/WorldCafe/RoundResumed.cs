namespace Facilitation.Methods.WorldCafe;

/// <summary>The facilitator resumed a paused round, with the time it had left.</summary>
/// <param name="Round">The round (filled by the session).</param>
public sealed record RoundResumed(Round? Round = null) : WorldCafeEvent;
