namespace Facilitation.Methods.OpenSpace;

/// <summary>A convener appointed a scribe.</summary>
/// <param name="issue">The issue.</param>
/// <param name="scribe">The scribe.</param>
public sealed class ScribeAppointed(ContributionId issue, ParticipantId scribe) : OpenSpaceEvent
{
    /// <summary>The issue.</summary>
    public ContributionId Issue { get; internal set; } = issue;

    /// <summary>The scribe.</summary>
    public ParticipantId Scribe { get; internal set; } = scribe;
}
