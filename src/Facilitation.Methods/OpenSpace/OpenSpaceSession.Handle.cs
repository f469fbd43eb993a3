using System.Collections.Immutable;
using System.Globalization;

namespace Facilitation.Methods.OpenSpace;

/// <content>
/// Validating and applying events. Commands and restore share this one path: every check runs before the first change,
/// so a refused command (or a bad event in a saved document) leaves nothing half-done.
/// </content>
public sealed partial class OpenSpaceSession
{
    private static OpenSpacePhase TargetOf(OpenSpaceCommand command) => command switch
    {
        OpenSpaceCommand.OpenCircle => OpenSpacePhase.OpeningCircle,
        OpenSpaceCommand.BeginAgendaSetting => OpenSpacePhase.AgendaSetting,
        OpenSpaceCommand.OpenMarketplace => OpenSpacePhase.Marketplace,
        OpenSpaceCommand.BeginEveningNews => OpenSpacePhase.EveningNews,
        OpenSpaceCommand.BeginMorningAnnouncements => OpenSpacePhase.MorningAnnouncements,
        OpenSpaceCommand.BeginConvergence => OpenSpacePhase.Convergence,
        OpenSpaceCommand.BeginActionPlanning => OpenSpacePhase.ActionPlanning,
        OpenSpaceCommand.BeginClosingCircle => OpenSpacePhase.ClosingCircle,
        OpenSpaceCommand.Close => OpenSpacePhase.Closed,
        _ => (OpenSpacePhase)(-1),
    };

    private static OpenSpaceCommand CommandOf(OpenSpaceEvent e) => e switch
    {
        OpenSpacePhaseChanged p => p.Command,
        SlotStarted => OpenSpaceCommand.StartNextSlot,
        ParticipantRegistered => OpenSpaceCommand.RegisterParticipant,
        IssuePosted => OpenSpaceCommand.PostIssue,
        InterestExpressed => OpenSpaceCommand.ExpressInterest,
        IssuesMerged => OpenSpaceCommand.MergeIssues,
        IssueMoved => OpenSpaceCommand.MoveIssue,
        SpaceAdded => OpenSpaceCommand.AddSpace,
        SlotAdded => OpenSpaceCommand.AddSlot,
        AgendaAdopted => OpenSpaceCommand.AdoptAgenda,
        ScribeAppointed => OpenSpaceCommand.AppointScribe,
        SessionJoined => OpenSpaceCommand.JoinSession,
        SessionLeft => OpenSpaceCommand.LeaveSession,
        ReportSubmitted => OpenSpaceCommand.SubmitReport,
        NewsShared => OpenSpaceCommand.ShareNews,
        DotCast => OpenSpaceCommand.CastDot,
        IssuesClustered => OpenSpaceCommand.ClusterIssues,
        InitiatorAppointed => OpenSpaceCommand.AppointInitiator,
        ActionRecorded => OpenSpaceCommand.RecordAction,
        SpokeInClosingCircle => OpenSpaceCommand.Speak,
        _ => throw new ArgumentException($"Unknown event type {e.GetType().Name}.", nameof(e)),
    };

    private CommandRejectedException Reject(OpenSpaceCommand command, RejectionKind kind, string reason) =>
        PhaseMachine.Reject(_machine, command, kind, reason);

    private void Handle(OpenSpaceEvent e, Actor actor, DateTimeOffset now)
    {
        var command = CommandOf(e);
        if (!Enum.IsDefined(command))
        {
            throw Reject(command, RejectionKind.InvalidInput, "The command is unknown.");
        }

        PhaseMachine.EnsurePermitted(_machine, command);
        switch (e)
        {
            case OpenSpacePhaseChanged p: ApplyPhaseChange(p, actor); break;
            case SlotStarted s: ApplySlotStarted(s, actor, now); break;
            case ParticipantRegistered r: ApplyRegistered(r, actor); break;
            case IssuePosted p: ApplyPosted(p, actor); break;
            case InterestExpressed i: ApplyInterest(i, actor); break;
            case IssuesMerged m: ApplyMerged(m, actor); break;
            case IssueMoved m: ApplyMoved(m, actor); break;
            case SpaceAdded s: ApplySpaceAdded(s, actor); break;
            case SlotAdded s: ApplySlotAdded(s, actor); break;
            case AgendaAdopted a: ApplyAdopted(a, actor); break;
            case ScribeAppointed s: ApplyScribe(s, actor); break;
            case SessionJoined j: ApplyJoined(j, actor, now); break;
            case SessionLeft l: ApplyLeft(l, actor, now); break;
            case ReportSubmitted r: ApplyReport(r, actor, now); break;
            case NewsShared n: ApplyNews(n, actor, now); break;
            case DotCast d: ApplyDot(d, actor); break;
            case IssuesClustered c: ApplyClustered(c, actor); break;
            case InitiatorAppointed i: ApplyInitiator(i, actor); break;
            case ActionRecorded a: ApplyAction(a, actor); break;
            case SpokeInClosingCircle s: ApplySpoke(s, actor); break;
        }
    }

    private void ApplyPhaseChange(OpenSpacePhaseChanged e, Actor actor)
    {
        RequireFacilitator(e.Command, actor);
        if (e.From != _phase || e.To != TargetOf(e.Command))
        {
            throw Reject(e.Command, RejectionKind.InvalidInput, $"The event says {e.From} → {e.To}, but the session is in {_phase} and {e.Command} leads to {TargetOf(e.Command)}.");
        }

        _machine.Fire(e.Command);
        _presence.Clear();
    }

    private void ApplySlotStarted(SlotStarted e, Actor actor, DateTimeOffset now)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.StartNextSlot;
        RequireFacilitator(c, actor);
        if (e.Slot != _startedSlots + 1)
        {
            throw Reject(c, RejectionKind.InvalidInput, $"The next slot is {_startedSlots + 1}, not {e.Slot}.");
        }

        _machine.Fire(c);
        _startedSlots++;
        _slotStartedAt = now;
        _presence.Clear();
        Publish();
    }

    private void ApplyRegistered(ParticipantRegistered e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.RegisterParticipant;
        RequireFacilitator(c, actor);
        if (e.Participant is null || e.Participant.Id.Value.Length == 0)
        {
            throw Reject(c, RejectionKind.InvalidInput, "Give the participant to register.");
        }

        if (_participants.ContainsKey(e.Participant.Id))
        {
            throw Reject(c, RejectionKind.Conflict, $"'{Identifier.Shorten(e.Participant.Id.Value)}' is already registered.");
        }

        if (_participants.Count >= Limits.MaxParticipants)
        {
            throw Reject(c, RejectionKind.Conflict, $"The event already has the most participants allowed ({Limits.MaxParticipants}).");
        }

        _participants.Add(e.Participant.Id, e.Participant);
        _participantOrder.Add(e.Participant.Id);
    }

    private void ApplyPosted(IssuePosted e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.PostIssue;
        RequireId(c, e.Issue.Value, "issue");
        if (e.Convener.Value.Length == 0)
        {
            throw Reject(c, RejectionKind.InvalidInput, "Name the convener: the facilitator posts an issue for a participant.");
        }

        RequireSelfOrFacilitator(c, actor, e.Convener);
        RequireRegistered(c, e.Convener);
        RequireText(c, e.Title, "issue title", Limits.MaxPromptLength);
        if (_issues.ContainsKey(e.Issue))
        {
            throw Reject(c, RejectionKind.Conflict, $"An issue with id '{Identifier.Shorten(e.Issue.Value)}' is already on the wall.");
        }

        if (_issues.Count >= OpenSpaceDefaults.MaxIssues)
        {
            throw Reject(c, RejectionKind.Conflict, $"The wall already holds the most issues allowed ({OpenSpaceDefaults.MaxIssues}).");
        }

        if (e.Cell is { } cell)
        {
            RequireFreeCell(c, cell, e.Convener, null, null);
        }

        AddIssue(new IssueState(e.Issue, e.Title, e.Convener, e.Cell));
    }

    private void ApplyInterest(InterestExpressed e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.ExpressInterest;
        RequireSelfOrFacilitator(c, actor, e.Participant);
        RequireRegistered(c, e.Participant);
        var issue = RequireActive(c, e.Issue);
        if (issue.Interested.Contains(e.Participant))
        {
            throw Reject(c, RejectionKind.Conflict, $"'{e.Participant}' has already signed up for '{issue.Id}'.");
        }

        issue.Interested.Add(e.Participant);
    }

    private void ApplyMerged(IssuesMerged e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.MergeIssues;
        var first = RequireActive(c, e.First);
        var second = RequireActive(c, e.Second);
        if (first == second)
        {
            throw Reject(c, RejectionKind.InvalidInput, "A session cannot be merged with itself.");
        }

        if (!IsFacilitator(actor) && !actor.Is(first.Convener) && !actor.Is(second.Convener))
        {
            throw Reject(c, RejectionKind.NotPermitted, $"Only the facilitator or a convener of '{first.Id}' or '{second.Id}' may merge them, not {actor}.");
        }

        RequireNotFrozen(c, first);
        RequireNotFrozen(c, second);
        RequireId(c, e.Merged.Value, "merged issue");
        if (_issues.ContainsKey(e.Merged))
        {
            throw Reject(c, RejectionKind.Conflict, $"An issue with id '{Identifier.Shorten(e.Merged.Value)}' already exists; choose a new id for the merged session.");
        }

        RequireText(c, e.Title, "issue title", Limits.MaxPromptLength);
        if (e.Convener != first.Convener && e.Convener != second.Convener)
        {
            throw Reject(c, RejectionKind.InvalidInput, $"The merged session's convener must be '{first.Convener}' or '{second.Convener}'.");
        }

        var cell = first.Cell ?? second.Cell;
        if (cell is { } target)
        {
            RequireFreeCell(c, target, e.Convener, first.Id, second.Id);
        }

        Unplace(first);
        Unplace(second);
        first.MergedInto = e.Merged;
        second.MergedInto = e.Merged;
        var merged = new IssueState(e.Merged, e.Title, e.Convener, cell) { MergedFrom = [first.Id, second.Id] };
        merged.Interested.UnionWith(first.Interested);
        merged.Interested.UnionWith(second.Interested);
        AddIssue(merged);
    }

    private void ApplyMoved(IssueMoved e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.MoveIssue;
        var issue = RequireActive(c, e.Issue);
        if (!IsFacilitator(actor) && !actor.Is(issue.Convener))
        {
            throw Reject(c, RejectionKind.NotPermitted, $"Only the facilitator or the convener of '{issue.Id}' may move it, not {actor}.");
        }

        RequireNotFrozen(c, issue);
        if (e.From != issue.Cell)
        {
            throw Reject(c, RejectionKind.InvalidInput, $"'{issue.Id}' is at {Describe(issue.Cell)}, not {Describe(e.From)}.");
        }

        RequireFreeCell(c, e.To, issue.Convener, issue.Id, null);
        Unplace(issue);
        Place(issue, e.To);
    }

    private void ApplySpaceAdded(SpaceAdded e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.AddSpace;
        RequireFacilitator(c, actor);
        var problem = e.Space is null ? "Give the space to add." : OpenSpaceDesignValidator.SpaceProblem(e.Space);
        if (problem is not null)
        {
            throw Reject(c, RejectionKind.InvalidInput, problem);
        }

        if (_spaces.Any(s => s.Id == e.Space!.Id))
        {
            throw Reject(c, RejectionKind.Conflict, $"A space with id '{e.Space!.Id}' is already on the wall.");
        }

        if (_spaces.Count >= Limits.MaxGroups)
        {
            throw Reject(c, RejectionKind.Conflict, $"The wall already has the most spaces allowed ({Limits.MaxGroups}).");
        }

        _spaces.Add(e.Space!);
    }

    private void ApplySlotAdded(SlotAdded e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.AddSlot;
        RequireFacilitator(c, actor);
        var problem = e.Slot is null ? "Give the slot to add." : OpenSpaceDesignValidator.SlotProblem(e.Slot);
        if (problem is not null)
        {
            throw Reject(c, RejectionKind.InvalidInput, problem);
        }

        if (e.Slot!.Start < _slots[^1].End)
        {
            throw Reject(c, RejectionKind.InvalidInput, string.Create(CultureInfo.InvariantCulture, $"A new slot must start after the last one ends ({_slots[^1].End:u})."));
        }

        if (_slots.Count >= Limits.MaxRounds)
        {
            throw Reject(c, RejectionKind.Conflict, $"The wall already has the most slots allowed ({Limits.MaxRounds}).");
        }

        _slots.Add(e.Slot);
    }

    private void ApplyAdopted(AgendaAdopted e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.AdoptAgenda;
        RequireFacilitator(c, actor);
        if (e.Placements.IsDefault || e.Placements.Any(p => p is null))
        {
            throw Reject(c, RejectionKind.InvalidInput, "The agenda has no placements.");
        }

        var active = _issueOrder.Where(id => _issues[id].IsActive).ToHashSet();
        var seen = new HashSet<ContributionId>();
        var cells = new HashSet<AgendaCell>();
        var convenerSlots = new HashSet<(ParticipantId, int)>();
        foreach (var placement in e.Placements)
        {
            if (!active.Contains(placement.Issue) || !seen.Add(placement.Issue))
            {
                throw Reject(c, RejectionKind.InvalidInput, $"The agenda places '{placement.Issue}', which is not an active issue or is placed twice.");
            }

            var issue = _issues[placement.Issue];
            if (IsFrozen(issue) && placement.Cell != issue.Cell)
            {
                throw Reject(c, RejectionKind.Conflict, $"'{issue.Id}' is in a slot that has started; it cannot move.");
            }

            if (placement.Cell is { } cell)
            {
                RequireCellExists(c, cell);
                if (!IsFrozen(issue) && cell.Slot <= _startedSlots)
                {
                    throw Reject(c, RejectionKind.Conflict, $"Slot {cell.Slot} has started; no session can move into it.");
                }

                if (!cells.Add(cell))
                {
                    throw Reject(c, RejectionKind.InvalidInput, $"The agenda puts two sessions into {cell}.");
                }

                if (!convenerSlots.Add((issue.Convener, cell.Slot)))
                {
                    throw Reject(c, RejectionKind.Conflict, $"The agenda puts two sessions of convener '{issue.Convener}' into slot {cell.Slot}; add a slot or merge sessions, then propose again.");
                }
            }
        }

        if (seen.Count != active.Count)
        {
            throw Reject(c, RejectionKind.InvalidInput, "The agenda leaves out an active issue; propose the agenda again.");
        }

        foreach (var placement in e.Placements)
        {
            Unplace(_issues[placement.Issue]);
        }

        foreach (var placement in e.Placements)
        {
            if (placement.Cell is { } cell)
            {
                Place(_issues[placement.Issue], cell);
            }
        }

        Publish();
    }

    private void ApplyScribe(ScribeAppointed e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.AppointScribe;
        var issue = RequireActive(c, e.Issue);
        if (!IsFacilitator(actor) && !actor.Is(issue.Convener))
        {
            throw Reject(c, RejectionKind.NotPermitted, $"Only the convener of '{issue.Id}' or the facilitator may appoint its scribe, not {actor}.");
        }

        RequireRegistered(c, e.Scribe);
        issue.Scribe = e.Scribe;
    }

    private void ApplyJoined(SessionJoined e, Actor actor, DateTimeOffset now)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.JoinSession;
        var issue = RequireRunning(c, e.Issue, e.Slot, e.Participant, actor);
        if (_presence.TryGetValue(e.Participant, out var at) && at == issue.Id)
        {
            throw Reject(c, RejectionKind.Conflict, $"'{e.Participant}' is already in '{issue.Id}'.");
        }

        if (_presence.TryGetValue(e.Participant, out var previous))
        {
            _moves.Add(new AttendanceMove(e.Slot, previous, e.Participant, false, now));
        }

        _presence[e.Participant] = issue.Id;
        _moves.Add(new AttendanceMove(e.Slot, issue.Id, e.Participant, true, now));
    }

    private void ApplyLeft(SessionLeft e, Actor actor, DateTimeOffset now)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.LeaveSession;
        var issue = RequireRunning(c, e.Issue, e.Slot, e.Participant, actor);
        if (!_presence.TryGetValue(e.Participant, out var at) || at != issue.Id)
        {
            throw Reject(c, RejectionKind.Conflict, $"'{e.Participant}' is not recorded in '{issue.Id}'.");
        }

        _presence.Remove(e.Participant);
        _moves.Add(new AttendanceMove(e.Slot, issue.Id, e.Participant, false, now));
    }

    private void ApplyReport(ReportSubmitted e, Actor actor, DateTimeOffset now)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.SubmitReport;
        var report = e.Report ?? throw Reject(c, RejectionKind.InvalidInput, "Give the report.");
        var issue = RequireActive(c, report.Issue);
        if (!IsFacilitator(actor) && !actor.Is(issue.Convener) && (issue.Scribe is not { } scribe || !actor.Is(scribe)))
        {
            throw Reject(c, RejectionKind.NotPermitted, $"Only the convener or scribe of '{issue.Id}' or the facilitator may report on it, not {actor}.");
        }

        if (!IsFrozen(issue))
        {
            throw Reject(c, RejectionKind.Conflict, $"'{issue.Id}' has not run yet: its slot has not started.");
        }

        RequireText(c, report.WhatTookPlace, "report", Limits.MaxTextLength);
        RequireList(c, report.Recommendations, "recommendation");
        RequireList(c, report.NextSteps, "next step");
        if (report.Participants.IsDefault || report.Participants.Length > Limits.MaxParticipants)
        {
            throw Reject(c, RejectionKind.InvalidInput, "List the report's participants (an empty list means everyone recorded as present).");
        }

        foreach (var p in report.Participants)
        {
            RequireRegistered(c, p);
        }

        var revision = _reports.TryGetValue(issue.Id, out var earlier) ? earlier.Revision + 1 : 1;
        _reports[issue.Id] = new ReportEntry(report, now, actor, revision);
    }

    private void ApplyNews(NewsShared e, Actor actor, DateTimeOffset now)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.ShareNews;
        if (!IsFacilitator(actor) && (_design.NewsroomCoordinator is not { } coordinator || !actor.Is(coordinator)))
        {
            throw Reject(c, RejectionKind.NotPermitted, $"Only the newsroom coordinator or the facilitator may share news, not {actor}.");
        }

        RequireText(c, e.Text, "news", Limits.MaxTextLength);
        _news.Add(new NewsItem(e.Text, now, actor));
    }

    private void ApplyDot(DotCast e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.CastDot;
        RequireSelfOrFacilitator(c, actor, e.Participant);
        RequireRegistered(c, e.Participant);
        var issue = RequireActive(c, e.Issue);
        var used = _dotsUsed.GetValueOrDefault(e.Participant);
        if (used >= _design.DotsPerParticipant)
        {
            throw Reject(c, RejectionKind.Conflict, $"'{e.Participant}' has used all {_design.DotsPerParticipant} dots.");
        }

        _dotsUsed[e.Participant] = used + 1;
        issue.Dots++;
    }

    private void ApplyClustered(IssuesClustered e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.ClusterIssues;
        RequireFacilitator(c, actor);
        RequireId(c, e.Cluster.Value, "cluster");
        RequireText(c, e.Name, "cluster name", Limits.MaxNameLength);
        if (_clusters.Any(x => x.Id == e.Cluster))
        {
            throw Reject(c, RejectionKind.Conflict, $"A cluster with id '{e.Cluster}' already exists.");
        }

        if (e.Issues.IsDefaultOrEmpty || e.Issues.Distinct().Count() != e.Issues.Length)
        {
            throw Reject(c, RejectionKind.InvalidInput, "A cluster needs one or more different issues.");
        }

        foreach (var id in e.Issues)
        {
            RequireActive(c, id);
            if (_clusters.Any(x => x.Issues.Contains(id)))
            {
                throw Reject(c, RejectionKind.Conflict, $"'{id}' is already in a cluster.");
            }
        }

        _clusters.Add(new ClusterState(e.Cluster, e.Name, e.Issues));
    }

    private void ApplyInitiator(InitiatorAppointed e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.AppointInitiator;
        RequireFacilitator(c, actor);
        var cluster = _clusters.Find(x => x.Id == e.Cluster) ?? throw Reject(c, RejectionKind.InvalidInput, $"There is no cluster '{e.Cluster}'.");
        RequireRegistered(c, e.Initiator);
        cluster.Initiator = e.Initiator;
    }

    private void ApplyAction(ActionRecorded e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.RecordAction;
        if (!IsFacilitator(actor))
        {
            RequireRegistered(c, actor.Participant ?? default);
        }

        var a = e.Action ?? throw Reject(c, RejectionKind.InvalidInput, "Give the action item.");
        RequireId(c, a.Id.Value, "action item");
        if (_actions.Any(x => x.Id == a.Id))
        {
            throw Reject(c, RejectionKind.Conflict, $"An action item with id '{a.Id}' already exists.");
        }

        RequireText(c, a.Title, "action title", Limits.MaxPromptLength);
        RequireText(c, a.NextStep, "next step", Limits.MaxPromptLength);
        RequireRegistered(c, a.Owner);
        if (a.Participants.IsDefault || a.Participants.Length > Limits.MaxParticipants)
        {
            throw Reject(c, RejectionKind.InvalidInput, "List the action item's participants (the list may be empty).");
        }

        foreach (var p in a.Participants)
        {
            RequireRegistered(c, p);
        }

        if (a.Cluster is { } from && !_clusters.Any(x => x.Id == from) && !_issues.ContainsKey(from))
        {
            throw Reject(c, RejectionKind.InvalidInput, $"There is no cluster or issue '{from}'.");
        }

        if (_actions.Count >= OpenSpaceDefaults.MaxIssues)
        {
            throw Reject(c, RejectionKind.Conflict, $"The event already has the most action items allowed ({OpenSpaceDefaults.MaxIssues}).");
        }

        _actions.Add(a);
    }

    private void ApplySpoke(SpokeInClosingCircle e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.Speak;
        RequireSelfOrFacilitator(c, actor, e.Participant);
        RequireRegistered(c, e.Participant);
        if (_closingWords.Any(w => w.Participant == e.Participant))
        {
            throw Reject(c, RejectionKind.Conflict, $"'{e.Participant}' has already spoken; in the closing circle each person speaks once.");
        }

        if (e.Words is not null)
        {
            RequireText(c, e.Words, "closing words", Limits.MaxTextLength);
        }

        _closingWords.Add((e.Participant, e.Words));
    }

    // Open Space has no timers, so no command comes from the system actor; a host may not borrow it to act as the facilitator.
    private static bool IsFacilitator(Actor actor) => actor.Role == ActorRole.Facilitator;

    private static string Describe(AgendaCell? cell) => cell?.ToString() ?? "no cell";

    private void RequireFacilitator(OpenSpaceCommand c, Actor actor)
    {
        if (!IsFacilitator(actor))
        {
            throw Reject(c, RejectionKind.NotPermitted, $"Only the facilitator may {c}, not {actor}.");
        }
    }

    private void RequireSelfOrFacilitator(OpenSpaceCommand c, Actor actor, ParticipantId participant)
    {
        if (!IsFacilitator(actor) && !actor.Is(participant))
        {
            throw Reject(c, RejectionKind.NotPermitted, $"{actor} cannot act for '{participant}'.");
        }
    }

    private void RequireRegistered(OpenSpaceCommand c, ParticipantId participant)
    {
        if (participant.Value.Length == 0 || !_participants.ContainsKey(participant))
        {
            throw Reject(c, RejectionKind.InvalidInput, $"'{Identifier.Shorten(participant.Value)}' is not registered; register them first.");
        }
    }

    private void RequireId(OpenSpaceCommand c, string value, string kind)
    {
        if (Identifier.FindProblem(value.Length == 0 ? null : value, kind) is { } problem)
        {
            throw Reject(c, RejectionKind.InvalidInput, problem);
        }
    }

    private void RequireText(OpenSpaceCommand c, string? text, string what, int max)
    {
        if (Identifier.FindTextProblem(text, what, max) is { } problem)
        {
            throw Reject(c, RejectionKind.InvalidInput, problem);
        }
    }

    private void RequireList(OpenSpaceCommand c, ImmutableArray<string> items, string what)
    {
        if (items.IsDefault || items.Length > OpenSpaceDefaults.MaxListItems)
        {
            throw Reject(c, RejectionKind.InvalidInput, $"Give at most {OpenSpaceDefaults.MaxListItems} items of {what} (the list may be empty).");
        }

        foreach (var item in items)
        {
            RequireText(c, item, what, Limits.MaxTextLength);
        }
    }

    private IssueState RequireActive(OpenSpaceCommand c, ContributionId id)
    {
        if (!_issues.TryGetValue(id, out var issue))
        {
            throw Reject(c, RejectionKind.InvalidInput, $"There is no issue '{Identifier.Shorten(id.Value)}'.");
        }

        if (issue.MergedInto is { } into)
        {
            throw Reject(c, RejectionKind.Conflict, $"'{id}' was merged into '{into}'; use that session.");
        }

        return issue;
    }

    private bool IsFrozen(IssueState issue) => issue.Cell is { } cell && cell.Slot <= _startedSlots;

    private void RequireNotFrozen(OpenSpaceCommand c, IssueState issue)
    {
        if (IsFrozen(issue))
        {
            throw Reject(c, RejectionKind.Conflict, $"'{issue.Id}' is in slot {issue.Cell!.Value.Slot}, which has started; it stays where it is.");
        }
    }

    private void RequireCellExists(OpenSpaceCommand c, AgendaCell cell)
    {
        if (cell.Slot < 1 || cell.Slot > _slots.Count || !_spaces.Any(s => s.Id == cell.Space))
        {
            throw Reject(c, RejectionKind.InvalidInput, $"There is no cell {cell} on the wall.");
        }
    }

    private void RequireFreeCell(OpenSpaceCommand c, AgendaCell cell, ParticipantId convener, ContributionId? ignore1, ContributionId? ignore2)
    {
        RequireCellExists(c, cell);
        if (cell.Slot <= _startedSlots)
        {
            throw Reject(c, RejectionKind.Conflict, $"Slot {cell.Slot} has started; choose a later slot.");
        }

        if (_wall.TryGetValue(cell, out var occupant) && occupant != ignore1 && occupant != ignore2)
        {
            throw Reject(c, RejectionKind.Conflict, $"{cell} is taken by '{occupant}'; choose a free cell or merge the sessions.");
        }

        foreach (var (other, id) in _wall)
        {
            if (other.Slot == cell.Slot && id != ignore1 && id != ignore2 && _issues[id].Convener == convener)
            {
                throw Reject(c, RejectionKind.Conflict, $"'{convener}' already convenes '{id}' in slot {cell.Slot}; a convener cannot be in two places.");
            }
        }
    }

    private IssueState RequireRunning(OpenSpaceCommand c, ContributionId id, int slot, ParticipantId participant, Actor actor)
    {
        RequireSelfOrFacilitator(c, actor, participant);
        RequireRegistered(c, participant);
        var issue = RequireActive(c, id);
        if (slot != _startedSlots || issue.Cell?.Slot != slot)
        {
            throw Reject(c, RejectionKind.Conflict, $"'{issue.Id}' is not running in slot {_startedSlots} (it is at {Describe(issue.Cell)}).");
        }

        return issue;
    }

    private void AddIssue(IssueState issue)
    {
        _issues.Add(issue.Id, issue);
        _issueOrder.Add(issue.Id);
        if (issue.Cell is { } cell)
        {
            _wall[cell] = issue.Id;
        }
    }

    private void Unplace(IssueState issue)
    {
        if (issue.Cell is { } cell)
        {
            _wall.Remove(cell);
            issue.Cell = null;
        }
    }

    private void Place(IssueState issue, AgendaCell cell)
    {
        issue.Cell = cell;
        _wall[cell] = issue.Id;
    }

    private void Publish() => _published = _wall.ToDictionary(kv => kv.Value, kv => kv.Key);
}
