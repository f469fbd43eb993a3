using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <summary>An action item from action planning: what will be done, by whom, with whom, the next step and the next meeting.</summary>
public sealed class ActionItem
{
    /// <summary>Initializes a new instance of the <see cref="ActionItem"/> class.</summary>
    /// <param name="id">The action item's id.</param>
    /// <param name="title">What will be done.</param>
    /// <param name="owner">Who owns it.</param>
    /// <param name="participants">Who else works on it.</param>
    /// <param name="nextStep">The very next step.</param>
    /// <param name="nextMeeting">When the group meets next, or null.</param>
    /// <param name="cluster">The cluster or issue it comes from, or null.</param>
    public ActionItem(ContributionId id, string title, ParticipantId owner, ImmutableArray<ParticipantId> participants, string nextStep, DateOnly? nextMeeting = null, ContributionId? cluster = null) =>
        (Id, Title, Owner, Participants, NextStep, NextMeeting, Cluster) = (id, title, owner, participants, nextStep, nextMeeting, cluster);

    /// <summary>The action item's id.</summary>
    public ContributionId Id { get; }

    /// <summary>What will be done.</summary>
    public string Title { get; }

    /// <summary>Who owns it.</summary>
    public ParticipantId Owner { get; }

    /// <summary>Who else works on it.</summary>
    public ImmutableArray<ParticipantId> Participants { get; }

    /// <summary>The very next step.</summary>
    public string NextStep { get; }

    /// <summary>When the group meets next, or null.</summary>
    public DateOnly? NextMeeting { get; }

    /// <summary>The cluster or issue it comes from, or null.</summary>
    public ContributionId? Cluster { get; }
}
