namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone put a dot on an issue.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Participant">Whose dot.</param>
public sealed record DotCast(ContributionId Issue, ParticipantId Participant) : OpenSpaceEvent;
