namespace Facilitation.Methods.Brainstorm;

/// <summary>The running generation round, as a facilitator's screen shows it.</summary>
/// <remarks>Immutable snapshot; remaining time is read from the clock with <see cref="Timebox.Remaining"/>.</remarks>
/// <param name="Round">The round number.</param>
/// <param name="Technique">How ideas are generated.</param>
/// <param name="Prompt">The question, or null.</param>
/// <param name="Anonymous">True when the round's ideas are anonymous.</param>
/// <param name="Timebox">The current timebox (per sheet pass in brainwriting, per step in 1-2-4-All).</param>
public sealed record RoundStatus(Round Round, GenerationTechnique Technique, Prompt? Prompt, bool Anonymous, Timebox Timebox)
{
    /// <summary>Gets whose turn it is (round-robin and nominal group rounds).</summary>
    /// <value>The default value is null.</value>
    public ParticipantId? TurnOf { get; init; }

    /// <summary>Gets the brainwriting pass, 1-based: 1 while people hold their own sheet, then 2, 3, ...</summary>
    /// <value>The default value is null.</value>
    public int? Pass { get; init; }

    /// <summary>Gets the 1-2-4-All step.</summary>
    /// <value>The default value is null.</value>
    public OneTwoFourAllStep? Step { get; init; }

    /// <summary>Gets the teams: brainwriting teams, or 1-2-4-All pairs or fours.</summary>
    /// <value>The default value is null: everyone together.</value>
    public Seating? Teams { get; init; }
}
