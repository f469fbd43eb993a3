namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone put a dot on an issue.</summary>
/// <param name="issue">The issue.</param>
/// <param name="participant">Whose dot.</param>
public sealed class DotCast(ContributionId issue, ParticipantId participant) : OpenSpaceEvent
{
    /// <summary>The issue.</summary>
    public ContributionId Issue { get; internal set; } = issue;

    /// <summary>Whose dot.</summary>
    public ParticipantId Participant { get; internal set; } = participant;
}
