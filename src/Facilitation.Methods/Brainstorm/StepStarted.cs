using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A 1-2-4-All round moved to its next step, with a fresh timebox.</summary>
public sealed class StepStarted : BrainstormEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="round">The round.</param>
    /// <param name="step">The step that began.</param>
    /// <param name="groups">The pairs or fours of the step (empty for the All step).</param>
    [JsonConstructor]
    internal StepStarted(Round round, OneTwoFourAllStep step, ImmutableArray<ImmutableArray<ParticipantId>> groups)
    {
        Round = round;
        Step = step;
        Groups = groups;
    }

    /// <summary>The round.</summary>
    public Round Round { get; internal set; }

    /// <summary>The step that began.</summary>
    public OneTwoFourAllStep Step { get; internal set; }

    /// <summary>The pairs or fours of the step (empty for the All step).</summary>
    public ImmutableArray<ImmutableArray<ParticipantId>> Groups { get; internal set; }
}
