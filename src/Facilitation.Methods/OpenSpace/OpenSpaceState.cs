using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <summary>
/// An Open Space event as it stands: the wall, the people, attendance, reports, convergence and the closing circle.
/// Owned by the session engine: changed only by <see cref="Evolve"/> (an accepted event), read under the engine's gate.
/// </summary>
internal sealed class OpenSpaceState
{
    public OpenSpaceState(OpenSpaceDesign design)
    {
        Design = design;
        Spaces = [.. design.Spaces];
        Slots = [.. design.Slots];
        foreach (var p in design.Participants)
        {
            Participants.Add(p.Id, p);
            ParticipantOrder.Add(p.Id);
        }
    }

    public OpenSpaceDesign Design { get; }

    public OpenSpacePhase Phase { get; private set; } = OpenSpacePhase.Design;

    public List<OpenSpaceSpace> Spaces { get; }

    public List<OpenSpaceSlot> Slots { get; }

    public Dictionary<ParticipantId, Participant> Participants { get; } = [];

    public List<ParticipantId> ParticipantOrder { get; } = [];

    /// <summary>Gets who left the event for good, in the order they left; registering again takes them off.</summary>
    public List<ParticipantId> Departed { get; } = [];

    public Dictionary<ContributionId, IssueState> Issues { get; } = [];

    public List<ContributionId> IssueOrder { get; } = [];

    public Dictionary<AgendaCell, ContributionId> Wall { get; } = [];

    public Dictionary<ContributionId, ReportEntry> Reports { get; } = [];

    public List<NewsItem> News { get; } = [];

    public Dictionary<ParticipantId, int> DotsUsed { get; } = [];

    public List<ClusterState> Clusters { get; } = [];

    public List<ActionItem> Actions { get; } = [];

    public List<(ParticipantId Participant, string? Words)> ClosingWords { get; } = [];

    public Dictionary<ParticipantId, ContributionId> Presence { get; } = [];

    /// <summary>Gets how many attendance moves each participant made in the running slot (bounded by <see cref="Limits.MaxAttendanceMovesPerSlot"/>).</summary>
    public Dictionary<ParticipantId, int> MovesThisSlot { get; } = [];

    public List<AttendanceMove> Moves { get; } = [];

    public Dictionary<ContributionId, AgendaCell> Published { get; private set; } = [];

    public int StartedSlots { get; private set; }

    /// <summary>Gets the running slot's timebox, or null when no slot runs.</summary>
    public Timebox? SlotTime { get; private set; }

    public bool SlotWarningGiven { get; private set; }

    public bool SlotTimeUpGiven { get; private set; }

    public bool IsFrozen(IssueState issue) => issue.Cell is { } cell && cell.Slot <= StartedSlots;

    public OpenSpaceState Evolve(OpenSpaceEvent e)
    {
        switch (e)
        {
            case OpenSpacePhaseChanged p:
                Phase = p.To;
                SlotTime = null;
                ClearPresence();
                break;
            case SlotStarted:
                Phase = OpenSpacePhase.SessionsRunning;
                StartedSlots++;
                SlotTime = new Timebox(e.OccurredAt, Slots[StartedSlots - 1].Length);
                SlotWarningGiven = SlotTime.Duration <= OpenSpaceDefaults.SlotWarningBeforeEnd;
                SlotTimeUpGiven = false;
                ClearPresence();
                Publish();
                break;
            case SlotPaused:
                SlotTime = SlotTime!.Pause(e.OccurredAt);
                break;
            case SlotResumed:
                SlotTime = SlotTime!.Resume(e.OccurredAt);
                break;
            case SlotTimeChanged c:
                SlotTime = SlotTime!.Extend(c.Change);
                var remaining = SlotTime.RemainingAt(e.OccurredAt);
                SlotWarningGiven = (SlotWarningGiven && remaining <= OpenSpaceDefaults.SlotWarningBeforeEnd) || remaining == TimeSpan.Zero;
                SlotTimeUpGiven &= remaining == TimeSpan.Zero;
                break;
            case SlotTimeWarningGiven:
                SlotWarningGiven = true;
                break;
            case SlotTimeUp:
                SlotWarningGiven = true;
                SlotTimeUpGiven = true;
                break;
            case ParticipantRegistered r:
                if (Departed.Remove(r.Participant.Id))
                {
                    Participants[r.Participant.Id] = r.Participant;
                    break;
                }

                Participants.Add(r.Participant.Id, r.Participant);
                ParticipantOrder.Add(r.Participant.Id);
                break;
            case ParticipantDeparted d:
                Depart(d.Participant, e.OccurredAt);
                break;
            case IssuePosted p:
                AddIssue(new IssueState(p.Issue, p.Title, p.Convener, p.Cell) { Category = p.Category });
                break;
            case InterestExpressed i:
                Issues[i.Issue].Interested.Add(i.Participant);
                break;
            case IssuesMerged m:
                var first = Issues[m.First];
                var second = Issues[m.Second];
                var cell = first.Cell ?? second.Cell;
                Unplace(first);
                Unplace(second);
                first.MergedInto = m.Merged;
                second.MergedInto = m.Merged;
                var merged = new IssueState(m.Merged, m.Title, m.Convener, cell) { MergedFrom = [first.Id, second.Id], Category = first.Category ?? second.Category };
                merged.Interested.UnionWith(first.Interested);
                merged.Interested.UnionWith(second.Interested);
                AddIssue(merged);
                break;
            case IssueMoved m:
                Unplace(Issues[m.Issue]);
                Place(Issues[m.Issue], m.To);
                break;
            case SpaceAdded s:
                Spaces.Add(s.Space);
                break;
            case SlotAdded s:
                Slots.Add(s.Slot);
                break;
            case AgendaAdopted a:
                foreach (var placement in a.Placements)
                {
                    Unplace(Issues[placement.Issue]);
                }

                foreach (var placement in a.Placements)
                {
                    if (placement.Cell is { } to)
                    {
                        Place(Issues[placement.Issue], to);
                    }
                }

                Publish();
                break;
            case ScribeAppointed s:
                Issues[s.Issue].Scribe = s.Scribe;
                break;
            case SessionJoined j:
                if (Presence.TryGetValue(j.Participant, out var previous))
                {
                    Moves.Add(new AttendanceMove(j.Slot, previous, j.Participant, false, e.OccurredAt));
                }

                Presence[j.Participant] = j.Issue;
                Moves.Add(new AttendanceMove(j.Slot, j.Issue, j.Participant, true, e.OccurredAt));
                MovesThisSlot[j.Participant] = MovesThisSlot.GetValueOrDefault(j.Participant) + 1;
                break;
            case SessionLeft l:
                Presence.Remove(l.Participant);
                Moves.Add(new AttendanceMove(l.Slot, l.Issue, l.Participant, false, e.OccurredAt));
                MovesThisSlot[l.Participant] = MovesThisSlot.GetValueOrDefault(l.Participant) + 1;
                break;
            case ReportSubmitted r:
                var revision = Reports.TryGetValue(r.Report.Issue, out var earlier) ? earlier.Revision + 1 : 1;
                Reports[r.Report.Issue] = new ReportEntry(r.Report, e.OccurredAt, e.Actor, revision);
                break;
            case NewsShared n:
                News.Add(new NewsItem(n.Text, e.OccurredAt, e.Actor));
                break;
            case DotCast d:
                DotsUsed[d.Participant] = DotsUsed.GetValueOrDefault(d.Participant) + 1;
                Issues[d.Issue].Dots++;
                break;
            case IssuesClustered c:
                Clusters.Add(new ClusterState(c.Cluster, c.Name, c.Issues));
                break;
            case InitiatorAppointed i:
                Clusters.Find(x => x.Id == i.Cluster)!.Initiator = i.Initiator;
                break;
            case ActionRecorded a:
                Actions.Add(a.Action);
                break;
            case SpokeInClosingCircle s:
                ClosingWords.Add((s.Participant, s.Words));
                break;
        }

        return this;
    }

    // A leaver walks out of the session they sit in and off the sign-up lists of sessions not yet started; the sessions they convene stay theirs.
    private void Depart(ParticipantId participant, DateTimeOffset at)
    {
        Departed.Add(participant);
        if (Presence.Remove(participant, out var sittingIn))
        {
            Moves.Add(new AttendanceMove(StartedSlots, sittingIn, participant, false, at));
        }

        foreach (var issue in Issues.Values)
        {
            if (issue.IsActive && issue.Convener != participant && !IsFrozen(issue))
            {
                issue.Interested.Remove(participant);
            }
        }
    }

    private void ClearPresence()
    {
        Presence.Clear();
        MovesThisSlot.Clear();
    }

    private void AddIssue(IssueState issue)
    {
        Issues.Add(issue.Id, issue);
        IssueOrder.Add(issue.Id);
        if (issue.Cell is { } cell)
        {
            Wall[cell] = issue.Id;
        }
    }

    private void Unplace(IssueState issue)
    {
        if (issue.Cell is { } cell)
        {
            Wall.Remove(cell);
            issue.Cell = null;
        }
    }

    private void Place(IssueState issue, AgendaCell cell)
    {
        issue.Cell = cell;
        Wall[cell] = issue.Id;
    }

    private void Publish() => Published = Wall.ToDictionary(kv => kv.Value, kv => kv.Key);

    internal sealed class IssueState(ContributionId id, string title, ParticipantId convener, AgendaCell? cell)
    {
        public ContributionId Id { get; } = id;

        public string Title { get; } = title;

        public ParticipantId Convener { get; } = convener;

        public AgendaCell? Cell { get; set; } = cell;

        public ParticipantId? Scribe { get; set; }

        public SortedSet<ParticipantId> Interested { get; } = [convener];

        public ImmutableArray<ContributionId> MergedFrom { get; init; } = [];

        public string? Category { get; init; }

        public ContributionId? MergedInto { get; set; }

        public int Dots { get; set; }

        public bool IsActive => MergedInto is null;

        public Issue ToIssue() => new(Id, Title, Convener, Cell, Scribe, [.. Interested], MergedFrom, MergedInto, Dots) { Category = Category };
    }

    internal sealed class ClusterState(ContributionId id, string name, ImmutableArray<ContributionId> issues)
    {
        public ContributionId Id { get; } = id;

        public string Name { get; } = name;

        public ImmutableArray<ContributionId> Issues { get; } = issues;

        public ParticipantId? Initiator { get; set; }

        public IssueCluster ToCluster() => new(Id, Name, Issues, Initiator);
    }

    internal sealed record ReportEntry(SessionReport Report, DateTimeOffset At, Actor By, int Revision);
}
