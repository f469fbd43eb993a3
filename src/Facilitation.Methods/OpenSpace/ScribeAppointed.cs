namespace Facilitation.Methods.OpenSpace;

/// <summary>A convener appointed a scribe.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Scribe">The scribe.</param>
public sealed record ScribeAppointed(ContributionId Issue, ParticipantId Scribe) : OpenSpaceEvent;
