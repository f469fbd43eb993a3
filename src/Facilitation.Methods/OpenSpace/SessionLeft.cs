namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone left a running session. Information only: the law of two feet.</summary>
/// <param name="Issue">The session.</param>
/// <param name="Participant">Who left.</param>
/// <param name="Slot">The 1-based slot.</param>
public sealed record SessionLeft(ContributionId Issue, ParticipantId Participant, int Slot) : OpenSpaceEvent;
