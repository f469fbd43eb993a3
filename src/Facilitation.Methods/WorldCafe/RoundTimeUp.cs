namespace Facilitation.Methods.WorldCafe;

/// <summary>The round's time is up (raised by the round timer; with auto-advance the timer closes the round instead, as a <see cref="CafePhaseChanged"/>).</summary>
/// <param name="Round">The round (filled by the session).</param>
public sealed record RoundTimeUp(Round? Round = null) : WorldCafeEvent;
