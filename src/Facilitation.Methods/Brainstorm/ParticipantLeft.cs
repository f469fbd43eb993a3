using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A person left the brainstorm: everything they wrote stays; the turn passes on if it was theirs; the brainwriting sheet they held is parked
/// (it stays in the record and is taken up by the next person to join their team); a ballot they cast still counts.</summary>
public sealed class ParticipantLeft : BrainstormEvent
{
    [JsonConstructor] internal ParticipantLeft(ParticipantId participant) => Participant = participant;

    /// <summary>The person.</summary>
    public ParticipantId Participant { get; internal set; }
}
