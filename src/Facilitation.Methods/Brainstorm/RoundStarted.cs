namespace Facilitation.Methods.Brainstorm;

/// <summary>A generation round started; the session moved to <see cref="BrainstormPhase.Generating"/>.</summary>
/// <param name="round">The round (1-based).</param>
/// <param name="duration">Its first timebox (per sheet pass in brainwriting, per step in 1-2-4-All).</param>
public sealed class RoundStarted(Round round, TimeSpan duration) : BrainstormEvent
{
    /// <summary>The round (1-based).</summary>
    public Round Round { get; internal set; } = round;

    /// <summary>Its first timebox (per sheet pass in brainwriting, per step in 1-2-4-All).</summary>
    public TimeSpan Duration { get; internal set; } = duration;
}
