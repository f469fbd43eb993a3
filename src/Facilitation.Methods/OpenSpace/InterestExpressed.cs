namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone signed up for a session.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Participant">Who signed up.</param>
public sealed record InterestExpressed(ContributionId Issue, ParticipantId Participant) : OpenSpaceEvent;
