namespace Facilitation.Methods.WorldCafe;

/// <summary>The facilitator extended (positive) or shortened (negative) the round.</summary>
/// <param name="Change">The change.</param>
/// <param name="Round">The round (filled by the session).</param>
public sealed record RoundTimeChanged(TimeSpan Change, Round? Round = null) : WorldCafeEvent;
