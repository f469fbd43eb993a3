namespace Facilitation.Methods.WorldCafe;

/// <summary>The round's time is up (raised by the round timer; with auto-advance the timer closes the round instead, as a <see cref="CafePhaseChanged"/>).</summary>
/// <param name="round">The round (filled by the session).</param>
public sealed class RoundTimeUp(Round? round = null) : WorldCafeEvent
{
    /// <summary>The round (filled by the session).</summary>
    public Round? Round { get; internal set; } = round;
}
