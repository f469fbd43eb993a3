namespace Facilitation.Methods.WorldCafe;

/// <summary>The facilitator extended (positive) or shortened (negative) the round.</summary>
/// <param name="Round">The round.</param>
/// <param name="Change">The change.</param>
/// <param name="Time">The new timebox.</param>
public sealed record RoundTimeChanged(Round Round, TimeSpan Change, Timebox Time) : WorldCafeEvent;
