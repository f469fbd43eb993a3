using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A 1-2-4-All round moved to its next step, with a fresh timebox.</summary>
/// <param name="Round">The round.</param>
/// <param name="Step">The step that began.</param>
/// <param name="Groups">The pairs or fours of the step (empty for the All step).</param>
public sealed record StepStarted(Round Round, OneTwoFourAllStep Step, ImmutableArray<ImmutableArray<ParticipantId>> Groups) : BrainstormEvent;
