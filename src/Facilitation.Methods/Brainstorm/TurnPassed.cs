using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A person passed their turn.</summary>
public sealed class TurnPassed : BrainstormEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="participant">Who passed.</param>
    /// <param name="nextTurn">Whose turn it is now.</param>
    [JsonConstructor]
    internal TurnPassed(ParticipantId participant, ParticipantId nextTurn)
    {
        Participant = participant;
        NextTurn = nextTurn;
    }

    /// <summary>Who passed.</summary>
    public ParticipantId Participant { get; internal set; }

    /// <summary>Whose turn it is now.</summary>
    public ParticipantId NextTurn { get; internal set; }
}
