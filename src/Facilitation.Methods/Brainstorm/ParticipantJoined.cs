using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A person joined the brainstorm: they take turns after everyone already here, join the smallest brainwriting team (taking a sheet
/// parked by someone who left, or starting a fresh one) or the smallest 1-2-4-All pair or four, and may vote.</summary>
public sealed class ParticipantJoined : BrainstormEvent
{
    [JsonConstructor] internal ParticipantJoined(Participant participant) => Participant = participant;

    /// <summary>The person.</summary>
    [JsonConverter(typeof(Sessions.ParticipantJsonConverter))]
    public Participant Participant { get; internal set; }
}
