using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <summary>An action item from action planning: what will be done, by whom, with whom, the next step and the next meeting.</summary>
/// <param name="Id">The action item's id.</param>
/// <param name="Title">What will be done.</param>
/// <param name="Owner">Who owns it.</param>
/// <param name="Participants">Who else works on it.</param>
/// <param name="NextStep">The very next step.</param>
/// <param name="NextMeeting">When the group meets next, or null.</param>
/// <param name="Cluster">The cluster or issue it comes from, or null.</param>
public sealed record ActionItem(
    ContributionId Id,
    string Title,
    ParticipantId Owner,
    ImmutableArray<ParticipantId> Participants,
    string NextStep,
    DateOnly? NextMeeting = null,
    ContributionId? Cluster = null);
