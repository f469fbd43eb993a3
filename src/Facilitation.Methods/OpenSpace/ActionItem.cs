using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <summary>An action item from action planning: what will be done, by whom, with whom, the next step and the next meeting.</summary>
public sealed class ActionItem
{
    /// <summary>Initializes a new instance of the <see cref="ActionItem"/> class.</summary>
    /// <param name="Id">The action item's id.</param>
    /// <param name="Title">What will be done.</param>
    /// <param name="Owner">Who owns it.</param>
    /// <param name="Participants">Who else works on it.</param>
    /// <param name="NextStep">The very next step.</param>
    /// <param name="NextMeeting">When the group meets next, or null.</param>
    /// <param name="Cluster">The cluster or issue it comes from, or null.</param>
    public ActionItem(ContributionId Id, string Title, ParticipantId Owner, ImmutableArray<ParticipantId> Participants, string NextStep, DateOnly? NextMeeting = null, ContributionId? Cluster = null)
    {
        this.Id = Id;
        this.Title = Title;
        this.Owner = Owner;
        this.Participants = Participants;
        this.NextStep = NextStep;
        this.NextMeeting = NextMeeting;
        this.Cluster = Cluster;
    }

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
