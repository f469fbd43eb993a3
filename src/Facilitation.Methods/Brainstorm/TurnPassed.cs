using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A person passed their turn.</summary>
public sealed class TurnPassed : BrainstormEvent
{
    [JsonConstructor] internal TurnPassed(ParticipantId participant, ParticipantId nextTurn) => (Participant, NextTurn) = (participant, nextTurn);

    /// <summary>Who passed.</summary>
    public ParticipantId Participant { get; internal set; }

    /// <summary>Whose turn it is now.</summary>
    public ParticipantId NextTurn { get; internal set; }
}
