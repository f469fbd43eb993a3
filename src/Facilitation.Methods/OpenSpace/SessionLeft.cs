using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone left a running session. Information only: the law of two feet.</summary>
public sealed class SessionLeft : OpenSpaceEvent
{
    [JsonConstructor] internal SessionLeft(ContributionId issue, ParticipantId participant, int slot) => (Issue, Participant, Slot) = (issue, participant, slot);

    /// <summary>The session.</summary>
    public ContributionId Issue { get; internal set; }

    /// <summary>Who left.</summary>
    public ParticipantId Participant { get; internal set; }

    /// <summary>The 1-based slot.</summary>
    public int Slot { get; internal set; }
}
