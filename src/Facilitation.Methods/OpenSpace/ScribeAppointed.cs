using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>A convener appointed a scribe.</summary>
public sealed class ScribeAppointed : OpenSpaceEvent
{
    [JsonConstructor] internal ScribeAppointed(ContributionId issue, ParticipantId scribe) => (Issue, Scribe) = (issue, scribe);

    /// <summary>The issue.</summary>
    public ContributionId Issue { get; internal set; }

    /// <summary>The scribe.</summary>
    public ParticipantId Scribe { get; internal set; }
}
