using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone joined a running session (a bumblebee or butterfly landing). Information only.</summary>
public sealed class SessionJoined : OpenSpaceEvent
{
    [JsonConstructor] internal SessionJoined(ContributionId issue, ParticipantId participant, int slot) => (Issue, Participant, Slot) = (issue, participant, slot);

    /// <summary>The session.</summary>
    public ContributionId Issue { get; internal set; }

    /// <summary>Who joined.</summary>
    public ParticipantId Participant { get; internal set; }

    /// <summary>The 1-based slot.</summary>
    public int Slot { get; internal set; }
}
