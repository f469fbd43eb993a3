namespace Facilitation.Methods.Brainstorm;

/// <summary>A generation round started; the session moved to <see cref="BrainstormPhase.Generating"/>.</summary>
/// <param name="Round">The round (1-based).</param>
/// <param name="Duration">Its first timebox (per sheet pass in brainwriting, per step in 1-2-4-All).</param>
public sealed record RoundStarted(Round Round, TimeSpan Duration) : BrainstormEvent;
