namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone joined a running session (a bumblebee or butterfly landing). Information only.</summary>
/// <param name="Issue">The session.</param>
/// <param name="Participant">Who joined.</param>
/// <param name="Slot">The 1-based slot.</param>
public sealed record SessionJoined(ContributionId Issue, ParticipantId Participant, int Slot) : OpenSpaceEvent;
