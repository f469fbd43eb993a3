using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone registered on the day.</summary>
public sealed class ParticipantRegistered : OpenSpaceEvent
{
    [JsonConstructor] internal ParticipantRegistered(Participant participant) => Participant = participant;

    /// <summary>The participant.</summary>
    public Participant Participant { get; internal set; }
}
