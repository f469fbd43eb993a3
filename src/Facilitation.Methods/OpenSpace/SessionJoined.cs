namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone joined a running session (a bumblebee or butterfly landing). Information only.</summary>
/// <param name="issue">The session.</param>
/// <param name="participant">Who joined.</param>
/// <param name="slot">The 1-based slot.</param>
public sealed class SessionJoined(ContributionId issue, ParticipantId participant, int slot) : OpenSpaceEvent
{
    /// <summary>The session.</summary>
    public ContributionId Issue { get; internal set; } = issue;

    /// <summary>Who joined.</summary>
    public ParticipantId Participant { get; internal set; } = participant;

    /// <summary>The 1-based slot.</summary>
    public int Slot { get; internal set; } = slot;
}
