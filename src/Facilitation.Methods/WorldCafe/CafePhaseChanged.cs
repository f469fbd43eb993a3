namespace Facilitation.Methods.WorldCafe;

/// <summary>The café moved from one phase to another: the one event of every phase change (check-in opened, welcome, a round's seating, briefing, conversation, round close, plenary, harvest, close).</summary>
/// <param name="Command">The command that moved it (<see cref="WorldCafeCommand.TimeUp"/> when the round timer closes the round with auto-advance).</param>
/// <param name="From">The phase the café left.</param>
/// <param name="To">The phase the café entered.</param>
/// <param name="Round">The round the café is in after the change; null before round 1.</param>
/// <param name="Plan">The seating planned at the welcome, or re-planned when round 2 starts with volunteer hosts chosen automatically; null otherwise.</param>
public sealed record CafePhaseChanged(WorldCafeCommand Command, WorldCafePhase From, WorldCafePhase To, Round? Round = null, SeatingPlan? Plan = null) : WorldCafeEvent, IPhaseChange
{
    /// <inheritdoc />
    string IPhaseChange.FromPhase => From.ToString();

    /// <inheritdoc />
    string IPhaseChange.ToPhase => To.ToString();
}
