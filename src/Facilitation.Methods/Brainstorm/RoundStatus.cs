namespace Facilitation.Methods.Brainstorm;

/// <summary>The running generation round, as a facilitator's screen shows it.</summary>
/// <remarks>Immutable snapshot; remaining time is read from the clock with <see cref="Timebox.Remaining"/>.</remarks>
public sealed class RoundStatus
{
    internal RoundStatus(Round round, GenerationTechnique technique, Prompt? prompt, bool anonymous, Timebox timebox) =>
        (Round, Technique, Prompt, Anonymous, Timebox) = (round, technique, prompt, anonymous, timebox);

    /// <summary>Gets the round number.</summary>
    public Round Round { get; }

    /// <summary>Gets how ideas are generated.</summary>
    public GenerationTechnique Technique { get; }

    /// <summary>Gets the question, or null.</summary>
    public Prompt? Prompt { get; }

    /// <summary>Gets a value indicating whether the round's ideas are anonymous.</summary>
    public bool Anonymous { get; }

    /// <summary>Gets the current timebox (per sheet pass in brainwriting, per step in 1-2-4-All).</summary>
    public Timebox Timebox { get; }

    /// <summary>Gets whose turn it is (round-robin and nominal group rounds).</summary>
    /// <value>The default value is null.</value>
    public ParticipantId? TurnOf { get; internal init; }

    /// <summary>Gets the brainwriting pass, 1-based: 1 while people hold their own sheet, then 2, 3, ...</summary>
    /// <value>The default value is null.</value>
    public int? Pass { get; internal init; }

    /// <summary>Gets the 1-2-4-All step.</summary>
    /// <value>The default value is null.</value>
    public OneTwoFourAllStep? Step { get; internal init; }

    /// <summary>Gets the teams: brainwriting teams, or 1-2-4-All pairs or fours.</summary>
    /// <value>The default value is null: everyone together.</value>
    public Seating? Teams { get; internal init; }
}
