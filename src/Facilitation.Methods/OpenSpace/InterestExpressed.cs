using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone signed up for a session.</summary>
public sealed class InterestExpressed : OpenSpaceEvent
{
    [JsonConstructor] internal InterestExpressed(ContributionId issue, ParticipantId participant) => (Issue, Participant) = (issue, participant);

    /// <summary>The issue.</summary>
    public ContributionId Issue { get; internal set; }

    /// <summary>Who signed up.</summary>
    public ParticipantId Participant { get; internal set; }
}
