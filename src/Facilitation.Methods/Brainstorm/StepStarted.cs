using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A 1-2-4-All round moved to its next step, with a fresh timebox.</summary>
public sealed class StepStarted : BrainstormEvent
{
    [JsonConstructor] internal StepStarted(Round round, OneTwoFourAllStep step, ImmutableArray<ImmutableArray<ParticipantId>> groups) => (Round, Step, Groups) = (round, step, groups);

    /// <summary>The round.</summary>
    public Round Round { get; internal set; }

    /// <summary>The step that began.</summary>
    public OneTwoFourAllStep Step { get; internal set; }

    /// <summary>The pairs or fours of the step (empty for the All step).</summary>
    public ImmutableArray<ImmutableArray<ParticipantId>> Groups { get; internal set; }
}
