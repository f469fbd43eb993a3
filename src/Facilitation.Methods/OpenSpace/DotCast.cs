using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone put a dot on an issue.</summary>
public sealed class DotCast : OpenSpaceEvent
{
    [JsonConstructor] internal DotCast(ContributionId issue, ParticipantId participant) => (Issue, Participant) = (issue, participant);

    /// <summary>The issue.</summary>
    public ContributionId Issue { get; internal set; }

    /// <summary>Whose dot.</summary>
    public ParticipantId Participant { get; internal set; }
}
