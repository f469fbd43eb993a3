using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Facilitation.Methods.Sessions;
using static Facilitation.Methods.Sessions.SendConditions;

namespace Facilitation.Methods.OpenSpace;

/// <summary>
/// The Open Space rule book: each command, proposed as the event it would raise, is checked against the state and completed, or
/// refused. The one place every Open Space rule lives; restore replays saved events through it.
/// </summary>
internal sealed class OpenSpaceRules : PhasedRules<OpenSpaceState, OpenSpaceEvent, OpenSpacePhase, OpenSpaceCommand>
{
    /// <summary>Who may send each command; the permission table in the docs is written from it and the phase machine. Nobody sends as
    /// <see cref="Actor.Anonymous"/> in Open Space.</summary>
    public static readonly PermissionTable<OpenSpaceCommand> Permissions = new(
    [
        .. PermissionTable<OpenSpaceCommand>.FacilitatorsOnly(
            OpenSpaceCommand.OpenCircle, OpenSpaceCommand.BeginAgendaSetting, OpenSpaceCommand.OpenMarketplace, OpenSpaceCommand.StartNextSlot,
            OpenSpaceCommand.BeginEveningNews, OpenSpaceCommand.BeginMorningAnnouncements, OpenSpaceCommand.BeginConvergence,
            OpenSpaceCommand.BeginActionPlanning, OpenSpaceCommand.BeginClosingCircle, OpenSpaceCommand.Close, OpenSpaceCommand.RegisterParticipant,
            OpenSpaceCommand.AddSpace, OpenSpaceCommand.AddSlot, OpenSpaceCommand.AdoptAgenda, OpenSpaceCommand.ClusterIssues,
            OpenSpaceCommand.AppointInitiator, OpenSpaceCommand.PauseSlot, OpenSpaceCommand.ResumeSlot, OpenSpaceCommand.ChangeSlotTime),
        (OpenSpaceCommand.PostIssue, Senders.Facilitators | Senders.Participant, "a participant only as the convener themselves"),
        (OpenSpaceCommand.ExpressInterest, Senders.Facilitators | Senders.Participant, Self),
        (OpenSpaceCommand.MergeIssues, Senders.Facilitators | Senders.Participant, "a participant only as the convener of one of the two issues"),
        (OpenSpaceCommand.MoveIssue, Senders.Facilitators | Senders.Participant, "a participant only as the issue's convener"),
        (OpenSpaceCommand.AppointScribe, Senders.Facilitators | Senders.Participant, "a participant only as the issue's convener"),
        (OpenSpaceCommand.JoinSession, Senders.Facilitators | Senders.Participant, Self),
        (OpenSpaceCommand.LeaveSession, Senders.Facilitators | Senders.Participant, Self),
        (OpenSpaceCommand.SubmitReport, Senders.Facilitators | Senders.Participant, "a participant only as the issue's convener or scribe"),
        (OpenSpaceCommand.ShareNews, Senders.Facilitators | Senders.Participant, "a participant only as the design's newsroom coordinator"),
        (OpenSpaceCommand.CastDot, Senders.Facilitators | Senders.Participant, Self),
        (OpenSpaceCommand.RecordAction, Senders.Facilitators | Senders.Participant, "a participant only for an action they own"),
        (OpenSpaceCommand.Speak, Senders.Facilitators | Senders.Participant, Self),
        (OpenSpaceCommand.SlotTimeWarning, Senders.System, "the slot timer, when the warning is due"),
        (OpenSpaceCommand.SlotTimeUp, Senders.System, "the slot timer, when time is up"),
        (OpenSpaceCommand.Depart, Senders.Facilitators | Senders.Participant, Self),
    ]);

    // The events the timer proposes, shared: the rules never change a proposed event, and the engine asks for the next alarm after every command.
    private static readonly SlotTimeUp TimeUpAlarm = new(0);
    private static readonly SlotTimeWarningGiven WarningAlarm = new(0, TimeSpan.Zero);
    private OpenSpaceState _s = null!;

    // Open Space has no anonymous contributions: IsAnonymous keeps PhasedRules' answer, never.
    public OpenSpaceRules()
        : base(Permissions, Command) =>
        Phases = new(s => s.Phase, OpenSpaceMachine.Configure, OpenSpaceCommand.SlotTimeWarning, OpenSpaceCommand.SlotTimeUp);

    public override string Method => "openSpace";

    public override JsonSerializerOptions Json => OpenSpaceJsonContext.Default.Options;

    public override OpenSpaceState Evolve(OpenSpaceState state, OpenSpaceEvent accepted) => state.Evolve(accepted);

    // The running slot is a timebox: a warning before its end, then its time-up; the slot itself ends when the facilitator moves on.
    public override SessionAlarm<OpenSpaceEvent>? NextAlarm(OpenSpaceState state)
    {
        if (state is not { Phase: OpenSpacePhase.SessionsRunning, SlotTime: { IsPaused: false } time, SlotTimeUpGiven: false })
        {
            return null;
        }

        return state.SlotWarningGiven
            ? new(time.EndsAt, TimeUpAlarm)
            : new(time.EndsAt - OpenSpaceDefaults.SlotWarningBeforeEnd, WarningAlarm);
    }

    private static OpenSpaceCommand Command(OpenSpaceEvent e) => e switch
    {
        OpenSpacePhaseChanged p => p.Trigger,
        SlotStarted => OpenSpaceCommand.StartNextSlot,
        ParticipantRegistered => OpenSpaceCommand.RegisterParticipant,
        ParticipantDeparted => OpenSpaceCommand.Depart,
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
        SlotPaused => OpenSpaceCommand.PauseSlot,
        SlotResumed => OpenSpaceCommand.ResumeSlot,
        SlotTimeChanged => OpenSpaceCommand.ChangeSlotTime,
        SlotTimeWarningGiven => OpenSpaceCommand.SlotTimeWarning,
        SlotTimeUp => OpenSpaceCommand.SlotTimeUp,
        _ => throw new ArgumentException($"Unknown event type {e.GetType().Name}.", nameof(e)),
    };

    /// <inheritdoc />
    public override OpenSpaceEvent Decide(OpenSpaceState state, Actor actor, OpenSpaceEvent proposed, DateTimeOffset now)
    {
        _s = state;
        var command = Command(proposed);
        var to = Phases.Ensure(state, command);
        if (actor.Role == ActorRole.Anonymous)
        {
            throw Reject(command, RejectionKind.NotPermitted, T("NoAnonymous"));
        }

        if ((actor.Role == ActorRole.System) != command is OpenSpaceCommand.SlotTimeWarning or OpenSpaceCommand.SlotTimeUp)
        {
            throw Reject(command, RejectionKind.NotPermitted, actor.Role == ActorRole.System ? T("NoSystem") : T("TimerOnly", command));
        }

        var slot = state.StartedSlots;
        switch (proposed)
        {
            case SlotPaused:
                RequireFacilitator(command, actor);
                return new SlotPaused(slot);
            case SlotResumed:
                RequireFacilitator(command, actor);
                return new SlotResumed(slot);
            case SlotTimeChanged c:
                RequireFacilitator(command, actor);
                if (c.Change == TimeSpan.Zero || c.Change > Timebox.MaxDuration || c.Change < -Timebox.MaxDuration || state.SlotTime!.Duration + c.Change > Timebox.MaxDuration)
                {
                    throw Reject(command, RejectionKind.InvalidInput, T("SlotChangeRange"));
                }

                return new SlotTimeChanged(slot, c.Change);
            case SlotTimeWarningGiven when now < state.SlotTime!.EndsAt - OpenSpaceDefaults.SlotWarningBeforeEnd:
            case SlotTimeUp when state.SlotTime!.RemainingAt(now) > TimeSpan.Zero:
                throw Reject(command, RejectionKind.NotPermitted, T("TimerWhenDue", command));
            case SlotTimeWarningGiven:
                return new SlotTimeWarningGiven(slot, state.SlotTime!.RemainingAt(now));
            case SlotTimeUp:
                return new SlotTimeUp(slot);
            case OpenSpacePhaseChanged p:
                RequireFacilitator(command, actor);
                return p.With(changed => { changed.Trigger = command; changed.From = state.Phase; changed.To = to; });
            case SlotStarted s:
                RequireFacilitator(command, actor);
                return s.With(changed => { changed.Slot = state.StartedSlots + 1; changed.From = state.Phase; });
            case ParticipantRegistered r: CheckRegistered(r, actor); break;
            case ParticipantDeparted d: CheckDeparted(d, actor); break;
            case IssuePosted p: CheckPosted(p, actor); break;
            case InterestExpressed i: CheckInterest(i, actor); break;
            case IssuesMerged m: CheckMerged(m, actor); break;
            case IssueMoved m: return CheckMoved(m, actor);
            case SpaceAdded s: CheckSpaceAdded(s, actor); break;
            case SlotAdded s: CheckSlotAdded(s, actor); break;
            case AgendaAdopted a: CheckAdopted(a, actor); break;
            case ScribeAppointed s: CheckScribe(s, actor); break;
            case SessionJoined j: return CheckJoined(j, actor);
            case SessionLeft l: return CheckLeft(l, actor);
            case ReportSubmitted r: CheckReport(r, actor); break;
            case NewsShared n: CheckNews(n, actor); break;
            case DotCast d: CheckDot(d, actor); break;
            case IssuesClustered c: CheckClustered(c, actor); break;
            case InitiatorAppointed i: CheckInitiator(i, actor); break;
            case ActionRecorded a: CheckAction(a, actor); break;
            case SpokeInClosingCircle s: CheckSpoke(s, actor); break;
        }

        return proposed;
    }

    private CommandRejectedException Reject(OpenSpaceCommand command, RejectionKind kind, string reason) => Reject(_s, command, kind, reason);

    private void CheckRegistered(ParticipantRegistered e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.RegisterParticipant;
        RequireFacilitator(c, actor);
        if (e.Participant is null || e.Participant.Id.Value.Length == 0)
        {
            throw Reject(c, RejectionKind.InvalidInput, T("GiveParticipant"));
        }

        if (_s.Participants.ContainsKey(e.Participant.Id))
        {
            // Someone who left may come back: registering them again re-admits them.
            if (!_s.Departed.Contains(e.Participant.Id))
            {
                throw Reject(c, RejectionKind.Conflict, T("AlreadyRegistered", Identifier.Shorten(e.Participant.Id.Value)));
            }

            return;
        }

        RequireRoom(c, _s.Participants.Count, Limits.MaxParticipants, "TooManyParticipants");
    }

    private void CheckDeparted(ParticipantDeparted e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.Depart;
        RequireSelfOrFacilitator(c, actor, e.Participant);
        RequireRegistered(c, e.Participant);
    }

    private void CheckPosted(IssuePosted e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.PostIssue;
        RequireId(c, e.Issue.Value, "issue");
        if (e.Convener.Value.Length == 0)
        {
            throw Reject(c, RejectionKind.InvalidInput, T("NameConvener"));
        }

        RequireSelfOrFacilitator(c, actor, e.Convener);
        RequireRegistered(c, e.Convener);
        RequireText(c, e.Title, "issue title", Limits.MaxPromptLength);
        if (e.Category is not null)
        {
            RequireText(c, e.Category, "category", Limits.MaxNameLength);
        }

        if (_s.Issues.ContainsKey(e.Issue))
        {
            throw Reject(c, RejectionKind.Conflict, T("IssueExists", Identifier.Shorten(e.Issue.Value)));
        }

        RequireRoom(c, _s.Issues.Count, OpenSpaceDefaults.MaxIssues, "TooManyIssues");

        if (e.Cell is { } cell)
        {
            RequireFreeCell(c, cell, e.Convener, null, null);
        }
    }

    private void CheckInterest(InterestExpressed e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.ExpressInterest;
        RequireSelfOrFacilitator(c, actor, e.Participant);
        RequireRegistered(c, e.Participant);
        var issue = RequireActive(c, e.Issue);
        if (issue.Interested.Contains(e.Participant))
        {
            throw Reject(c, RejectionKind.Conflict, T("AlreadySignedUp", e.Participant, issue.Id));
        }
    }

    private void CheckMerged(IssuesMerged e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.MergeIssues;
        var first = RequireActive(c, e.First);
        var second = RequireActive(c, e.Second);
        if (first == second)
        {
            throw Reject(c, RejectionKind.InvalidInput, T("MergeSelf"));
        }

        if (!IsFacilitator(actor) && !actor.Is(first.Convener) && !actor.Is(second.Convener))
        {
            throw Reject(c, RejectionKind.NotPermitted, T("MergeNotConvener", first.Id, second.Id, actor));
        }

        RequireNotFrozen(c, first);
        RequireNotFrozen(c, second);
        RequireId(c, e.Merged.Value, "merged issue");
        if (_s.Issues.ContainsKey(e.Merged))
        {
            throw Reject(c, RejectionKind.Conflict, T("MergedExists", Identifier.Shorten(e.Merged.Value)));
        }

        RequireText(c, e.Title, "issue title", Limits.MaxPromptLength);
        if (e.Convener != first.Convener && e.Convener != second.Convener)
        {
            throw Reject(c, RejectionKind.InvalidInput, T("MergedConvener", first.Convener, second.Convener));
        }

        var cell = first.Cell ?? second.Cell;
        if (cell is { } target)
        {
            RequireFreeCell(c, target, e.Convener, first.Id, second.Id);
        }
    }

    private IssueMoved CheckMoved(IssueMoved e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.MoveIssue;
        var issue = RequireActive(c, e.Issue);
        if (!IsFacilitator(actor) && !actor.Is(issue.Convener))
        {
            throw Reject(c, RejectionKind.NotPermitted, T("MoveNotConvener", issue.Id, actor));
        }

        RequireNotFrozen(c, issue);
        RequireFreeCell(c, e.To, issue.Convener, issue.Id, null);
        return e.With(changed => changed.From = issue.Cell);
    }

    private void CheckSpaceAdded(SpaceAdded e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.AddSpace;
        RequireFacilitator(c, actor);
        RequireNoProblem(c, e.Space is null ? T("GiveSpace") : OpenSpaceDesignValidator.SpaceProblem(e.Space));

        if (_s.Spaces.Any(s => s.Id == e.Space!.Id))
        {
            throw Reject(c, RejectionKind.Conflict, T("SpaceExists", e.Space!.Id));
        }

        RequireRoom(c, _s.Spaces.Count, Limits.MaxGroups, "TooManySpaces");
    }

    private void CheckSlotAdded(SlotAdded e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.AddSlot;
        RequireFacilitator(c, actor);
        RequireNoProblem(c, e.Slot is null ? T("GiveSlot") : OpenSpaceDesignValidator.SlotProblem(e.Slot));

        if (e.Slot!.Start < _s.Slots[^1].End)
        {
            throw Reject(c, RejectionKind.InvalidInput, T("SlotAfterLast", _s.Slots[^1].End));
        }

        RequireRoom(c, _s.Slots.Count, Limits.MaxRounds, "TooManySlots");
    }

    private void CheckAdopted(AgendaAdopted e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.AdoptAgenda;
        RequireFacilitator(c, actor);
        if (e.Placements.IsDefault || e.Placements.Any(p => p is null))
        {
            throw Reject(c, RejectionKind.InvalidInput, T("AgendaEmpty"));
        }

        var active = _s.IssueOrder.Where(id => _s.Issues[id].IsActive).ToHashSet();
        var seen = new HashSet<ContributionId>();
        var cells = new HashSet<AgendaCell>();
        var convenerSlots = new HashSet<(ParticipantId, int)>();
        foreach (var placement in e.Placements)
        {
            if (!active.Contains(placement.Issue) || !seen.Add(placement.Issue))
            {
                throw Reject(c, RejectionKind.InvalidInput, T("AgendaBadIssue", placement.Issue));
            }

            var issue = _s.Issues[placement.Issue];
            if (_s.IsFrozen(issue) && placement.Cell != issue.Cell)
            {
                throw Reject(c, RejectionKind.Conflict, T("CannotMoveStarted", issue.Id));
            }

            if (placement.Cell is { } cell)
            {
                RequireCellExists(c, cell);
                if (!_s.IsFrozen(issue) && cell.Slot <= _s.StartedSlots)
                {
                    throw Reject(c, RejectionKind.Conflict, T("SlotStartedNoMove", cell.Slot));
                }

                if (!cells.Add(cell))
                {
                    throw Reject(c, RejectionKind.InvalidInput, T("AgendaTwoInCell", cell));
                }

                if (!convenerSlots.Add((issue.Convener, cell.Slot)))
                {
                    throw Reject(c, RejectionKind.Conflict, T("AgendaConvenerTwice", issue.Convener, cell.Slot));
                }
            }
        }

        if (seen.Count != active.Count)
        {
            throw Reject(c, RejectionKind.InvalidInput, T("AgendaLeavesOut"));
        }
    }

    private void CheckScribe(ScribeAppointed e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.AppointScribe;
        var issue = RequireActive(c, e.Issue);
        if (!IsFacilitator(actor) && !actor.Is(issue.Convener))
        {
            throw Reject(c, RejectionKind.NotPermitted, T("ScribeNotConvener", issue.Id, actor));
        }

        RequireRegistered(c, e.Scribe);
    }

    private SessionJoined CheckJoined(SessionJoined e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.JoinSession;
        var issue = RequireRunning(c, e.Issue, e.Participant, actor);
        if (_s.Presence.TryGetValue(e.Participant, out var at) && at == issue.Id)
        {
            throw Reject(c, RejectionKind.Conflict, T("AlreadyIn", e.Participant, issue.Id));
        }

        return e.With(changed => changed.Slot = _s.StartedSlots);
    }

    private SessionLeft CheckLeft(SessionLeft e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.LeaveSession;
        var issue = RequireRunning(c, e.Issue, e.Participant, actor);
        if (!_s.Presence.TryGetValue(e.Participant, out var at) || at != issue.Id)
        {
            throw Reject(c, RejectionKind.Conflict, T("NotRecordedIn", e.Participant, issue.Id));
        }

        return e.With(changed => changed.Slot = _s.StartedSlots);
    }

    private void CheckReport(ReportSubmitted e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.SubmitReport;
        var report = e.Report ?? throw Reject(c, RejectionKind.InvalidInput, T("GiveReport"));
        var issue = RequireActive(c, report.Issue);
        if (!IsFacilitator(actor) && !actor.Is(issue.Convener) && (issue.Scribe is not { } scribe || !actor.Is(scribe)))
        {
            throw Reject(c, RejectionKind.NotPermitted, T("ReportNotConvener", issue.Id, actor));
        }

        if (!_s.IsFrozen(issue))
        {
            throw Reject(c, RejectionKind.Conflict, T("NotRunYet", issue.Id));
        }

        RequireText(c, report.WhatTookPlace, "report", Limits.MaxTextLength);
        RequireList(c, report.Recommendations, "recommendation");
        RequireList(c, report.NextSteps, "next step");
        if (report.Participants.IsDefault || report.Participants.Length > Limits.MaxParticipants)
        {
            throw Reject(c, RejectionKind.InvalidInput, T("ReportParticipants"));
        }

        foreach (var p in report.Participants)
        {
            RequireRegistered(c, p);
        }

        if (_s.Reports.TryGetValue(issue.Id, out var earlier) && earlier.Revision >= Limits.MaxReportRevisions)
        {
            throw Reject(c, RejectionKind.Conflict, T("TooManyRevisions", issue.Id, Limits.MaxReportRevisions));
        }
    }

    private void CheckNews(NewsShared e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.ShareNews;
        if (!IsFacilitator(actor) && (_s.Design.NewsroomCoordinator is not { } coordinator || !actor.Is(coordinator)))
        {
            throw Reject(c, RejectionKind.NotPermitted, T("NewsNotCoordinator", actor));
        }

        RequireText(c, e.Text, "news", Limits.MaxTextLength);
        RequireRoom(c, _s.News.Count, Limits.MaxNewsItems, "TooManyNews");
    }

    private void CheckDot(DotCast e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.CastDot;
        RequireSelfOrFacilitator(c, actor, e.Participant);
        RequireRegistered(c, e.Participant);
        var issue = RequireActive(c, e.Issue);
        var used = _s.DotsUsed.GetValueOrDefault(e.Participant);
        if (used >= _s.Design.DotsPerParticipant)
        {
            throw Reject(c, RejectionKind.Conflict, T("DotsUsed", e.Participant, _s.Design.DotsPerParticipant));
        }
    }

    private void CheckClustered(IssuesClustered e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.ClusterIssues;
        RequireFacilitator(c, actor);
        RequireId(c, e.Cluster.Value, "cluster");
        RequireText(c, e.Name, "cluster name", Limits.MaxNameLength);
        if (_s.Clusters.Any(x => x.Id == e.Cluster))
        {
            throw Reject(c, RejectionKind.Conflict, T("ClusterExists", e.Cluster));
        }

        if (e.Issues.IsDefaultOrEmpty || e.Issues.Distinct().Count() != e.Issues.Length)
        {
            throw Reject(c, RejectionKind.InvalidInput, T("ClusterNeedsIssues"));
        }

        foreach (var id in e.Issues)
        {
            RequireActive(c, id);
            if (_s.Clusters.Any(x => x.Issues.Contains(id)))
            {
                throw Reject(c, RejectionKind.Conflict, T("AlreadyClustered", id));
            }
        }
    }

    private void CheckInitiator(InitiatorAppointed e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.AppointInitiator;
        RequireFacilitator(c, actor);
        _ = _s.Clusters.Find(x => x.Id == e.Cluster) ?? throw Reject(c, RejectionKind.InvalidInput, T("NoCluster", e.Cluster));
        RequireRegistered(c, e.Initiator);
    }

    private void CheckAction(ActionRecorded e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.RecordAction;
        if (!IsFacilitator(actor))
        {
            RequireRegistered(c, actor.Participant ?? default);
        }

        var a = e.Action ?? throw Reject(c, RejectionKind.InvalidInput, T("GiveAction"));
        RequireId(c, a.Id.Value, "action item");
        if (_s.Actions.Any(x => x.Id == a.Id))
        {
            throw Reject(c, RejectionKind.Conflict, T("ActionExists", a.Id));
        }

        RequireText(c, a.Title, "action title", Limits.MaxPromptLength);
        RequireText(c, a.NextStep, "next step", Limits.MaxPromptLength);
        RequireRegistered(c, a.Owner);
        if (!IsFacilitator(actor) && !actor.Is(a.Owner))
        {
            throw Reject(c, RejectionKind.NotPermitted, T("ActionOwner", actor, a.Owner));
        }

        if (a.Participants.IsDefault || a.Participants.Length > Limits.MaxParticipants)
        {
            throw Reject(c, RejectionKind.InvalidInput, T("ActionParticipants"));
        }

        foreach (var p in a.Participants)
        {
            RequireRegistered(c, p);
        }

        if (a.Cluster is { } from && !_s.Clusters.Any(x => x.Id == from) && !_s.Issues.ContainsKey(from))
        {
            throw Reject(c, RejectionKind.InvalidInput, T("NoClusterOrIssue", from));
        }

        RequireRoom(c, _s.Actions.Count, OpenSpaceDefaults.MaxIssues, "TooManyActions");
    }

    private void CheckSpoke(SpokeInClosingCircle e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.Speak;
        RequireSelfOrFacilitator(c, actor, e.Participant);
        RequireRegistered(c, e.Participant);
        if (_s.ClosingWords.Any(w => w.Participant == e.Participant))
        {
            throw Reject(c, RejectionKind.Conflict, T("AlreadySpoke", e.Participant));
        }

        if (e.Words is not null)
        {
            RequireText(c, e.Words, "closing words", Limits.MaxTextLength);
        }
    }

    // The lead facilitator, or a co-facilitator the design names (the system actor is the slot timer, never the facilitator).
    private bool IsFacilitator(Actor actor) => IsFacilitator(actor, _s.Design.CoFacilitators);

    private static string Describe(AgendaCell? cell) => cell is { } c ? TextCatalog.Say("AgendaCell", c.Slot, c.Space) : T("NoCell");

    private void RequireFacilitator(OpenSpaceCommand c, Actor actor)
    {
        if (!IsFacilitator(actor))
        {
            throw Reject(c, RejectionKind.NotPermitted, T("FacilitatorOnly", c, actor));
        }
    }

    // Refusals are written in the caller's UI culture, which the engine sets to SessionOptions.Culture while a command runs.
    private static string T(string key, params object?[] args) => TextCatalog.Say("Refusal.OpenSpace." + key, args);

    // Everything that grows has a limit: a command that would pass it is refused, so every session can be saved.
    private void RequireRoom(OpenSpaceCommand c, int count, int limit, string key)
    {
        if (count >= limit)
        {
            throw Reject(c, RejectionKind.Conflict, T(key, limit));
        }
    }

    private void RequireSelfOrFacilitator(OpenSpaceCommand c, Actor actor, ParticipantId participant)
    {
        if (!IsFacilitator(actor) && !actor.Is(participant))
        {
            throw Reject(c, RejectionKind.NotPermitted, T("ActFor", actor, participant));
        }
    }

    private void RequireRegistered(OpenSpaceCommand c, ParticipantId participant)
    {
        if (participant.Value.Length == 0 || !_s.Participants.ContainsKey(participant))
        {
            throw Reject(c, RejectionKind.InvalidInput, T("NotRegistered", Identifier.Shorten(participant.Value)));
        }

        if (_s.Departed.Contains(participant))
        {
            throw Reject(c, RejectionKind.Conflict, T("HasDeparted", Identifier.Shorten(participant.Value)));
        }
    }

    private void RequireId(OpenSpaceCommand c, string value, string kind) =>
        RequireNoProblem(c, Identifier.FindProblem(value.Length == 0 ? null : value, kind));

    private void RequireText(OpenSpaceCommand c, string? text, string what, int max) => RequireNoProblem(c, Identifier.FindTextProblem(text, what, max));

    private void RequireNoProblem(OpenSpaceCommand c, string? problem)
    {
        if (problem is not null)
        {
            throw Reject(c, RejectionKind.InvalidInput, problem);
        }
    }

    private void RequireList(OpenSpaceCommand c, ImmutableArray<string> items, string what)
    {
        if (items.IsDefault || items.Length > OpenSpaceDefaults.MaxListItems)
        {
            throw Reject(c, RejectionKind.InvalidInput, T("ListTooLong", OpenSpaceDefaults.MaxListItems, Identifier.Noun(what)));
        }

        foreach (var item in items)
        {
            RequireText(c, item, what, Limits.MaxTextLength);
        }
    }

    private OpenSpaceState.IssueState RequireActive(OpenSpaceCommand c, ContributionId id)
    {
        if (!_s.Issues.TryGetValue(id, out var issue))
        {
            throw Reject(c, RejectionKind.InvalidInput, T("NoIssue", Identifier.Shorten(id.Value)));
        }

        if (issue.MergedInto is { } into)
        {
            throw Reject(c, RejectionKind.Conflict, T("Merged", id, into));
        }

        return issue;
    }

    private void RequireNotFrozen(OpenSpaceCommand c, OpenSpaceState.IssueState issue)
    {
        if (_s.IsFrozen(issue))
        {
            throw Reject(c, RejectionKind.Conflict, T("IssueStarted", issue.Id, issue.Cell!.Value.Slot));
        }
    }

    private void RequireCellExists(OpenSpaceCommand c, AgendaCell cell)
    {
        if (cell.Slot < 1 || cell.Slot > _s.Slots.Count || !_s.Spaces.Any(s => s.Id == cell.Space))
        {
            throw Reject(c, RejectionKind.InvalidInput, T("NoCellOnWall", cell));
        }
    }

    private void RequireFreeCell(OpenSpaceCommand c, AgendaCell cell, ParticipantId convener, ContributionId? ignore1, ContributionId? ignore2)
    {
        RequireCellExists(c, cell);
        if (cell.Slot <= _s.StartedSlots)
        {
            throw Reject(c, RejectionKind.Conflict, T("SlotStarted", cell.Slot));
        }

        if (_s.Wall.TryGetValue(cell, out var occupant) && occupant != ignore1 && occupant != ignore2)
        {
            throw Reject(c, RejectionKind.Conflict, T("CellTaken", cell, occupant));
        }

        foreach (var (other, id) in _s.Wall)
        {
            if (other.Slot == cell.Slot && id != ignore1 && id != ignore2 && _s.Issues[id].Convener == convener)
            {
                throw Reject(c, RejectionKind.Conflict, T("ConvenerBusy", convener, id, cell.Slot));
            }
        }
    }

    private OpenSpaceState.IssueState RequireRunning(OpenSpaceCommand c, ContributionId id, ParticipantId participant, Actor actor)
    {
        RequireSelfOrFacilitator(c, actor, participant);
        RequireRegistered(c, participant);
        var issue = RequireActive(c, id);
        if (_s.MovesThisSlot.GetValueOrDefault(participant) >= Limits.MaxAttendanceMovesPerSlot)
        {
            throw Reject(c, RejectionKind.Conflict, T("TooManyMoves", participant, Limits.MaxAttendanceMovesPerSlot));
        }

        if (issue.Cell?.Slot != _s.StartedSlots)
        {
            throw Reject(c, RejectionKind.Conflict, T("NotRunning", issue.Id, _s.StartedSlots, Describe(issue.Cell)));
        }

        return issue;
    }
}
