using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone left the event for good: they no longer sign up, move, vote or speak; what they wrote and convened stays.</summary>
public sealed class ParticipantDeparted : OpenSpaceEvent
{
    [JsonConstructor] internal ParticipantDeparted(ParticipantId participant) => Participant = participant;

    /// <summary>The participant.</summary>
    public ParticipantId Participant { get; internal set; }
}
