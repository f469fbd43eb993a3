using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A 1-2-4-All round moved to its next step, with a fresh timebox.</summary>
/// <param name="round">The round.</param>
/// <param name="step">The step that began.</param>
/// <param name="groups">The pairs or fours of the step (empty for the All step).</param>
public sealed class StepStarted(Round round, OneTwoFourAllStep step, ImmutableArray<ImmutableArray<ParticipantId>> groups) : BrainstormEvent
{
    /// <summary>The round.</summary>
    public Round Round { get; internal set; } = round;

    /// <summary>The step that began.</summary>
    public OneTwoFourAllStep Step { get; internal set; } = step;

    /// <summary>The pairs or fours of the step (empty for the All step).</summary>
    public ImmutableArray<ImmutableArray<ParticipantId>> Groups { get; internal set; } = groups;
}
