namespace Facilitation.Methods.Brainstorm;

/// <summary>A person passed their turn.</summary>
/// <param name="participant">Who passed.</param>
/// <param name="nextTurn">Whose turn it is now.</param>
public sealed class TurnPassed(ParticipantId participant, ParticipantId nextTurn) : BrainstormEvent
{
    /// <summary>Who passed.</summary>
    public ParticipantId Participant { get; internal set; } = participant;

    /// <summary>Whose turn it is now.</summary>
    public ParticipantId NextTurn { get; internal set; } = nextTurn;
}
