namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone signed up for a session.</summary>
/// <param name="issue">The issue.</param>
/// <param name="participant">Who signed up.</param>
public sealed class InterestExpressed(ContributionId issue, ParticipantId participant) : OpenSpaceEvent
{
    /// <summary>The issue.</summary>
    public ContributionId Issue { get; internal set; } = issue;

    /// <summary>Who signed up.</summary>
    public ParticipantId Participant { get; internal set; } = participant;
}
