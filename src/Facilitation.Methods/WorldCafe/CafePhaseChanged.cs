namespace Facilitation.Methods.WorldCafe;

/// <summary>The café moved from one phase to another: the one event of every phase change (check-in opened, welcome, a round's seating, briefing, conversation, round close, plenary, harvest, close).</summary>
/// <param name="command">The command that moved it (<see cref="WorldCafeCommand.TimeUp"/> when the round timer closes the round with auto-advance).</param>
/// <param name="from">The phase the café left.</param>
/// <param name="to">The phase the café entered.</param>
/// <param name="round">The round the café is in after the change; null before round 1.</param>
/// <param name="plan">The seating planned at the welcome, or re-planned when round 2 starts with volunteer hosts chosen automatically; null otherwise.</param>
public sealed class CafePhaseChanged(WorldCafeCommand command, WorldCafePhase from, WorldCafePhase to, Round? round = null, SeatingPlan? plan = null) : WorldCafeEvent, IPhaseChange
{
    /// <summary>The command that moved it (<see cref="WorldCafeCommand.TimeUp"/> when the round timer closes the round with auto-advance).</summary>
    public WorldCafeCommand Command { get; internal set; } = command;

    /// <summary>The phase the café left.</summary>
    public WorldCafePhase From { get; internal set; } = from;

    /// <summary>The phase the café entered.</summary>
    public WorldCafePhase To { get; internal set; } = to;

    /// <summary>The round the café is in after the change; null before round 1.</summary>
    public Round? Round { get; internal set; } = round;

    /// <summary>The seating planned at the welcome, or re-planned when round 2 starts with volunteer hosts chosen automatically; null otherwise.</summary>
    public SeatingPlan? Plan { get; internal set; } = plan;

    /// <inheritdoc />
    string IPhaseChange.FromPhase => From.ToString();

    /// <inheritdoc />
    string IPhaseChange.ToPhase => To.ToString();
}
