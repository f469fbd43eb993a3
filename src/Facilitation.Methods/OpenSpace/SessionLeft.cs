namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone left a running session. Information only: the law of two feet.</summary>
/// <param name="issue">The session.</param>
/// <param name="participant">Who left.</param>
/// <param name="slot">The 1-based slot.</param>
public sealed class SessionLeft(ContributionId issue, ParticipantId participant, int slot) : OpenSpaceEvent
{
    /// <summary>The session.</summary>
    public ContributionId Issue { get; internal set; } = issue;

    /// <summary>Who left.</summary>
    public ParticipantId Participant { get; internal set; } = participant;

    /// <summary>The 1-based slot.</summary>
    public int Slot { get; internal set; } = slot;
}
