using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.OpenSpace;

/// <summary>
/// The Open Space rule book: each command, proposed as the event it would raise, is checked against the state and completed, or
/// refused. The one place every Open Space rule lives; restore replays saved events through it.
/// </summary>
internal sealed class OpenSpaceRules : ISessionRules<OpenSpaceState, OpenSpaceEvent>
{
    private readonly PhaseBook<OpenSpaceState, OpenSpacePhase, OpenSpaceCommand> _phases = new(s => s.Phase, OpenSpaceMachine.Configure, OpenSpaceCommand.SlotTimeWarning, OpenSpaceCommand.SlotTimeUp);
    private OpenSpaceState _s = null!;

    public string Method => "openSpace";

    public JsonSerializerOptions Json => OpenSpaceJsonContext.Default.Options;

    string ISessionRules<OpenSpaceState, OpenSpaceEvent>.CommandOf(OpenSpaceEvent proposed) => CommandOf(proposed).ToString();

    public string PhaseOf(OpenSpaceState state) => state.Phase.ToString();

    public ImmutableArray<string> PermittedCommands(OpenSpaceState state) => _phases.Permitted(state);

    public string? WhyRefused(OpenSpaceState state, string command) => _phases.WhyRefused(state, command);

    public OpenSpaceState Evolve(OpenSpaceState state, OpenSpaceEvent accepted) => state.Evolve(accepted);

    // Open Space has no anonymous contributions.
    public bool IsAnonymous(OpenSpaceEvent accepted) => false;

    // The running slot is a timebox: a warning before its end, then its time-up; the slot itself ends when the facilitator moves on.
    public SessionAlarm<OpenSpaceEvent>? NextAlarm(OpenSpaceState state)
    {
        if (state is not { Phase: OpenSpacePhase.SessionsRunning, SlotTime: { IsPaused: false } time, SlotTimeUpGiven: false })
        {
            return null;
        }

        return state.SlotWarningGiven
            ? new(time.EndsAt, new SlotTimeUp(0))
            : new(time.EndsAt - OpenSpaceDefaults.SlotWarningBeforeEnd, new SlotTimeWarningGiven(0, TimeSpan.Zero));
    }

    /// <summary>Draws the phase machine.</summary>
    public string ToMermaid() => _phases.ToMermaid();

    /// <summary>Gets the commands permitted in a state, typed.</summary>
    public ImmutableArray<OpenSpaceCommand> Permitted(OpenSpaceState state) => [.. _phases.Permitted(state).Select(Enum.Parse<OpenSpaceCommand>)];

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
        SlotPaused => OpenSpaceCommand.PauseSlot,
        SlotResumed => OpenSpaceCommand.ResumeSlot,
        SlotTimeChanged => OpenSpaceCommand.ChangeSlotTime,
        SlotTimeWarningGiven => OpenSpaceCommand.SlotTimeWarning,
        SlotTimeUp => OpenSpaceCommand.SlotTimeUp,
        _ => throw new ArgumentException($"Unknown event type {e.GetType().Name}.", nameof(e)),
    };

    /// <inheritdoc />
    public OpenSpaceEvent Decide(OpenSpaceState state, Actor actor, OpenSpaceEvent proposed, DateTimeOffset now)
    {
        _s = state;
        var command = CommandOf(proposed);
        var to = _phases.Ensure(state, command);
        if (actor.Role == ActorRole.Anonymous)
        {
            throw Reject(command, RejectionKind.NotPermitted, "Open Space takes no anonymous contributions: every issue has a convener, and everyone acts under their own name.");
        }

        if ((actor.Role == ActorRole.System) != command is OpenSpaceCommand.SlotTimeWarning or OpenSpaceCommand.SlotTimeUp)
        {
            throw Reject(command, RejectionKind.NotPermitted, actor.Role == ActorRole.System
                ? "the system actor is the slot timer: it sends only the slot's time warning and time-up; send facilitator commands as Actor.Facilitator."
                : $"only the slot timer sends {command}, when it is due.");
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
                    throw Reject(command, RejectionKind.InvalidInput, "the change must not be zero, at most seven days either way, and a slot lasts at most seven days.");
                }

                return new SlotTimeChanged(slot, c.Change);
            case SlotTimeWarningGiven when now < state.SlotTime!.EndsAt - OpenSpaceDefaults.SlotWarningBeforeEnd:
            case SlotTimeUp when state.SlotTime!.RemainingAt(now) > TimeSpan.Zero:
                throw Reject(command, RejectionKind.NotPermitted, $"the slot timer sends {command} only when it is due.");
            case SlotTimeWarningGiven:
                return new SlotTimeWarningGiven(slot, state.SlotTime!.RemainingAt(now));
            case SlotTimeUp:
                return new SlotTimeUp(slot);
            case OpenSpacePhaseChanged p:
                RequireFacilitator(command, actor);
                return p with { Command = command, From = state.Phase, To = to };
            case SlotStarted s:
                RequireFacilitator(command, actor);
                return s with { Slot = state.StartedSlots + 1, From = state.Phase };
            case ParticipantRegistered r: CheckRegistered(r, actor); break;
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

    private CommandRejectedException Reject(OpenSpaceCommand command, RejectionKind kind, string reason) => _phases.Reject(_s, command, kind, reason);

    private void CheckRegistered(ParticipantRegistered e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.RegisterParticipant;
        RequireFacilitator(c, actor);
        if (e.Participant is null || e.Participant.Id.Value.Length == 0)
        {
            throw Reject(c, RejectionKind.InvalidInput, "Give the participant to register.");
        }

        if (_s.Participants.ContainsKey(e.Participant.Id))
        {
            throw Reject(c, RejectionKind.Conflict, $"'{Identifier.Shorten(e.Participant.Id.Value)}' is already registered.");
        }

        RequireRoom(c, _s.Participants.Count, Limits.MaxParticipants, "The event already has the most participants allowed ({0}).");
    }

    private void CheckPosted(IssuePosted e, Actor actor)
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
        if (_s.Issues.ContainsKey(e.Issue))
        {
            throw Reject(c, RejectionKind.Conflict, $"An issue with id '{Identifier.Shorten(e.Issue.Value)}' is already on the wall.");
        }

        RequireRoom(c, _s.Issues.Count, OpenSpaceDefaults.MaxIssues, "The wall already holds the most issues allowed ({0}).");

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
            throw Reject(c, RejectionKind.Conflict, $"'{e.Participant}' has already signed up for '{issue.Id}'.");
        }
    }

    private void CheckMerged(IssuesMerged e, Actor actor)
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
        if (_s.Issues.ContainsKey(e.Merged))
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
    }

    private IssueMoved CheckMoved(IssueMoved e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.MoveIssue;
        var issue = RequireActive(c, e.Issue);
        if (!IsFacilitator(actor) && !actor.Is(issue.Convener))
        {
            throw Reject(c, RejectionKind.NotPermitted, $"Only the facilitator or the convener of '{issue.Id}' may move it, not {actor}.");
        }

        RequireNotFrozen(c, issue);
        RequireFreeCell(c, e.To, issue.Convener, issue.Id, null);
        return e with { From = issue.Cell };
    }

    private void CheckSpaceAdded(SpaceAdded e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.AddSpace;
        RequireFacilitator(c, actor);
        var problem = e.Space is null ? "Give the space to add." : OpenSpaceDesignValidator.SpaceProblem(e.Space);
        if (problem is not null)
        {
            throw Reject(c, RejectionKind.InvalidInput, problem);
        }

        if (_s.Spaces.Any(s => s.Id == e.Space!.Id))
        {
            throw Reject(c, RejectionKind.Conflict, $"A space with id '{e.Space!.Id}' is already on the wall.");
        }

        RequireRoom(c, _s.Spaces.Count, Limits.MaxGroups, "The wall already has the most spaces allowed ({0}).");
    }

    private void CheckSlotAdded(SlotAdded e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.AddSlot;
        RequireFacilitator(c, actor);
        var problem = e.Slot is null ? "Give the slot to add." : OpenSpaceDesignValidator.SlotProblem(e.Slot);
        if (problem is not null)
        {
            throw Reject(c, RejectionKind.InvalidInput, problem);
        }

        if (e.Slot!.Start < _s.Slots[^1].End)
        {
            throw Reject(c, RejectionKind.InvalidInput, string.Create(CultureInfo.InvariantCulture, $"A new slot must start after the last one ends ({_s.Slots[^1].End:u})."));
        }

        RequireRoom(c, _s.Slots.Count, Limits.MaxRounds, "The wall already has the most slots allowed ({0}).");
    }

    private void CheckAdopted(AgendaAdopted e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.AdoptAgenda;
        RequireFacilitator(c, actor);
        if (e.Placements.IsDefault || e.Placements.Any(p => p is null))
        {
            throw Reject(c, RejectionKind.InvalidInput, "The agenda has no placements.");
        }

        var active = _s.IssueOrder.Where(id => _s.Issues[id].IsActive).ToHashSet();
        var seen = new HashSet<ContributionId>();
        var cells = new HashSet<AgendaCell>();
        var convenerSlots = new HashSet<(ParticipantId, int)>();
        foreach (var placement in e.Placements)
        {
            if (!active.Contains(placement.Issue) || !seen.Add(placement.Issue))
            {
                throw Reject(c, RejectionKind.InvalidInput, $"The agenda places '{placement.Issue}', which is not an active issue or is placed twice.");
            }

            var issue = _s.Issues[placement.Issue];
            if (_s.IsFrozen(issue) && placement.Cell != issue.Cell)
            {
                throw Reject(c, RejectionKind.Conflict, $"'{issue.Id}' is in a slot that has started; it cannot move.");
            }

            if (placement.Cell is { } cell)
            {
                RequireCellExists(c, cell);
                if (!_s.IsFrozen(issue) && cell.Slot <= _s.StartedSlots)
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
    }

    private void CheckScribe(ScribeAppointed e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.AppointScribe;
        var issue = RequireActive(c, e.Issue);
        if (!IsFacilitator(actor) && !actor.Is(issue.Convener))
        {
            throw Reject(c, RejectionKind.NotPermitted, $"Only the convener of '{issue.Id}' or the facilitator may appoint its scribe, not {actor}.");
        }

        RequireRegistered(c, e.Scribe);
    }

    private SessionJoined CheckJoined(SessionJoined e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.JoinSession;
        var issue = RequireRunning(c, e.Issue, e.Participant, actor);
        if (_s.Presence.TryGetValue(e.Participant, out var at) && at == issue.Id)
        {
            throw Reject(c, RejectionKind.Conflict, $"'{e.Participant}' is already in '{issue.Id}'.");
        }

        return e with { Slot = _s.StartedSlots };
    }

    private SessionLeft CheckLeft(SessionLeft e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.LeaveSession;
        var issue = RequireRunning(c, e.Issue, e.Participant, actor);
        if (!_s.Presence.TryGetValue(e.Participant, out var at) || at != issue.Id)
        {
            throw Reject(c, RejectionKind.Conflict, $"'{e.Participant}' is not recorded in '{issue.Id}'.");
        }

        return e with { Slot = _s.StartedSlots };
    }

    private void CheckReport(ReportSubmitted e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.SubmitReport;
        var report = e.Report ?? throw Reject(c, RejectionKind.InvalidInput, "Give the report.");
        var issue = RequireActive(c, report.Issue);
        if (!IsFacilitator(actor) && !actor.Is(issue.Convener) && (issue.Scribe is not { } scribe || !actor.Is(scribe)))
        {
            throw Reject(c, RejectionKind.NotPermitted, $"Only the convener or scribe of '{issue.Id}' or the facilitator may report on it, not {actor}.");
        }

        if (!_s.IsFrozen(issue))
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

        if (_s.Reports.TryGetValue(issue.Id, out var earlier) && earlier.Revision >= Limits.MaxReportRevisions)
        {
            throw Reject(c, RejectionKind.Conflict, $"'{issue.Id}' already has {Limits.MaxReportRevisions} revisions of its report, the most allowed (Limits.MaxReportRevisions).");
        }
    }

    private void CheckNews(NewsShared e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.ShareNews;
        if (!IsFacilitator(actor) && (_s.Design.NewsroomCoordinator is not { } coordinator || !actor.Is(coordinator)))
        {
            throw Reject(c, RejectionKind.NotPermitted, $"Only the newsroom coordinator or the facilitator may share news, not {actor}.");
        }

        RequireText(c, e.Text, "news", Limits.MaxTextLength);
        RequireRoom(c, _s.News.Count, Limits.MaxNewsItems, "The news room already holds {0} items, the most allowed (Limits.MaxNewsItems).");
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
            throw Reject(c, RejectionKind.Conflict, $"'{e.Participant}' has used all {_s.Design.DotsPerParticipant} dots.");
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
            throw Reject(c, RejectionKind.Conflict, $"A cluster with id '{e.Cluster}' already exists.");
        }

        if (e.Issues.IsDefaultOrEmpty || e.Issues.Distinct().Count() != e.Issues.Length)
        {
            throw Reject(c, RejectionKind.InvalidInput, "A cluster needs one or more different issues.");
        }

        foreach (var id in e.Issues)
        {
            RequireActive(c, id);
            if (_s.Clusters.Any(x => x.Issues.Contains(id)))
            {
                throw Reject(c, RejectionKind.Conflict, $"'{id}' is already in a cluster.");
            }
        }
    }

    private void CheckInitiator(InitiatorAppointed e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.AppointInitiator;
        RequireFacilitator(c, actor);
        _ = _s.Clusters.Find(x => x.Id == e.Cluster) ?? throw Reject(c, RejectionKind.InvalidInput, $"There is no cluster '{e.Cluster}'.");
        RequireRegistered(c, e.Initiator);
    }

    private void CheckAction(ActionRecorded e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.RecordAction;
        if (!IsFacilitator(actor))
        {
            RequireRegistered(c, actor.Participant ?? default);
        }

        var a = e.Action ?? throw Reject(c, RejectionKind.InvalidInput, "Give the action item.");
        RequireId(c, a.Id.Value, "action item");
        if (_s.Actions.Any(x => x.Id == a.Id))
        {
            throw Reject(c, RejectionKind.Conflict, $"An action item with id '{a.Id}' already exists.");
        }

        RequireText(c, a.Title, "action title", Limits.MaxPromptLength);
        RequireText(c, a.NextStep, "next step", Limits.MaxPromptLength);
        RequireRegistered(c, a.Owner);
        if (!IsFacilitator(actor) && !actor.Is(a.Owner))
        {
            throw Reject(c, RejectionKind.NotPermitted, $"{actor} cannot record an action item owned by '{a.Owner}'; participants record their own, the facilitator records anyone's.");
        }

        if (a.Participants.IsDefault || a.Participants.Length > Limits.MaxParticipants)
        {
            throw Reject(c, RejectionKind.InvalidInput, "List the action item's participants (the list may be empty).");
        }

        foreach (var p in a.Participants)
        {
            RequireRegistered(c, p);
        }

        if (a.Cluster is { } from && !_s.Clusters.Any(x => x.Id == from) && !_s.Issues.ContainsKey(from))
        {
            throw Reject(c, RejectionKind.InvalidInput, $"There is no cluster or issue '{from}'.");
        }

        RequireRoom(c, _s.Actions.Count, OpenSpaceDefaults.MaxIssues, "The event already has the most action items allowed ({0}).");
    }

    private void CheckSpoke(SpokeInClosingCircle e, Actor actor)
    {
        const OpenSpaceCommand c = OpenSpaceCommand.Speak;
        RequireSelfOrFacilitator(c, actor, e.Participant);
        RequireRegistered(c, e.Participant);
        if (_s.ClosingWords.Any(w => w.Participant == e.Participant))
        {
            throw Reject(c, RejectionKind.Conflict, $"'{e.Participant}' has already spoken; in the closing circle each person speaks once.");
        }

        if (e.Words is not null)
        {
            RequireText(c, e.Words, "closing words", Limits.MaxTextLength);
        }
    }

    // The lead facilitator, or a co-facilitator the design names (the system actor is the slot timer, never the facilitator).
    private bool IsFacilitator(Actor actor) =>
        actor.Role == ActorRole.Facilitator
        || (actor.Role == ActorRole.CoFacilitator && !_s.Design.CoFacilitators.IsDefault && _s.Design.CoFacilitators.Contains(actor.Participant!.Value));

    private static string Describe(AgendaCell? cell) => cell?.ToString() ?? "no cell";

    private void RequireFacilitator(OpenSpaceCommand c, Actor actor)
    {
        if (!IsFacilitator(actor))
        {
            throw Reject(c, RejectionKind.NotPermitted, $"Only the facilitator or a co-facilitator named in the design may {c}, not {actor}.");
        }
    }

    // Everything that grows has a limit: a command that would pass it is refused, so every session can be saved.
    private void RequireRoom(OpenSpaceCommand c, int count, int limit, [StringSyntax(StringSyntaxAttribute.CompositeFormat)] string full)
    {
        if (count >= limit)
        {
            throw Reject(c, RejectionKind.Conflict, string.Format(CultureInfo.InvariantCulture, full, limit));
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
        if (participant.Value.Length == 0 || !_s.Participants.ContainsKey(participant))
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

    private OpenSpaceState.IssueState RequireActive(OpenSpaceCommand c, ContributionId id)
    {
        if (!_s.Issues.TryGetValue(id, out var issue))
        {
            throw Reject(c, RejectionKind.InvalidInput, $"There is no issue '{Identifier.Shorten(id.Value)}'.");
        }

        if (issue.MergedInto is { } into)
        {
            throw Reject(c, RejectionKind.Conflict, $"'{id}' was merged into '{into}'; use that session.");
        }

        return issue;
    }

    private void RequireNotFrozen(OpenSpaceCommand c, OpenSpaceState.IssueState issue)
    {
        if (_s.IsFrozen(issue))
        {
            throw Reject(c, RejectionKind.Conflict, $"'{issue.Id}' is in slot {issue.Cell!.Value.Slot}, which has started; it stays where it is.");
        }
    }

    private void RequireCellExists(OpenSpaceCommand c, AgendaCell cell)
    {
        if (cell.Slot < 1 || cell.Slot > _s.Slots.Count || !_s.Spaces.Any(s => s.Id == cell.Space))
        {
            throw Reject(c, RejectionKind.InvalidInput, $"There is no cell {cell} on the wall.");
        }
    }

    private void RequireFreeCell(OpenSpaceCommand c, AgendaCell cell, ParticipantId convener, ContributionId? ignore1, ContributionId? ignore2)
    {
        RequireCellExists(c, cell);
        if (cell.Slot <= _s.StartedSlots)
        {
            throw Reject(c, RejectionKind.Conflict, $"Slot {cell.Slot} has started; choose a later slot.");
        }

        if (_s.Wall.TryGetValue(cell, out var occupant) && occupant != ignore1 && occupant != ignore2)
        {
            throw Reject(c, RejectionKind.Conflict, $"{cell} is taken by '{occupant}'; choose a free cell or merge the sessions.");
        }

        foreach (var (other, id) in _s.Wall)
        {
            if (other.Slot == cell.Slot && id != ignore1 && id != ignore2 && _s.Issues[id].Convener == convener)
            {
                throw Reject(c, RejectionKind.Conflict, $"'{convener}' already convenes '{id}' in slot {cell.Slot}; a convener cannot be in two places.");
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
            throw Reject(c, RejectionKind.Conflict, $"'{participant}' has moved {Limits.MaxAttendanceMovesPerSlot} times in this slot, the most recorded (Limits.MaxAttendanceMovesPerSlot).");
        }

        if (issue.Cell?.Slot != _s.StartedSlots)
        {
            throw Reject(c, RejectionKind.Conflict, $"'{issue.Id}' is not running in slot {_s.StartedSlots} (it is at {Describe(issue.Cell)}).");
        }

        return issue;
    }
}
