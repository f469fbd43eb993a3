using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone spoke in the closing circle.</summary>
public sealed class SpokeInClosingCircle : OpenSpaceEvent
{
    [JsonConstructor] internal SpokeInClosingCircle(ParticipantId participant, string? words) => (Participant, Words) = (participant, words);

    /// <summary>Who spoke.</summary>
    public ParticipantId Participant { get; internal set; }

    /// <summary>What they said, if it is to be kept; null otherwise.</summary>
    public string? Words { get; internal set; }
}
