namespace Facilitation.Methods.Brainstorm;

/// <summary>A person passed their turn.</summary>
/// <param name="Participant">Who passed.</param>
/// <param name="NextTurn">Whose turn it is now.</param>
public sealed record TurnPassed(ParticipantId Participant, ParticipantId NextTurn) : BrainstormEvent;
