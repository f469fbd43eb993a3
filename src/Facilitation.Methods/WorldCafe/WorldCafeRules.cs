using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Facilitation.Methods.Sessions;
using static Facilitation.Methods.Sessions.SendConditions;
using C = Facilitation.Methods.WorldCafe.WorldCafeCommand;
using P = Facilitation.Methods.WorldCafe.WorldCafePhase;

namespace Facilitation.Methods.WorldCafe;

/// <summary>
/// The café's rule book: which command is legal in which phase (the phase machine), who may send it, what it records (decide),
/// and how each event changes the café (evolve). Restore replays the saved events through the same rules.
/// </summary>
/// <remarks>Seating plans are made outside the engine's gate (<see cref="WorldCafePlanning"/>) and arrive in the proposed event;
/// the rules check them against the state as it is when the event is recorded.</remarks>
internal sealed class WorldCafeRules : PhasedRules<WorldCafeState, WorldCafeEvent, P, C>
{
    /// <summary>Who may send each command; the permission table in the docs is written from it and the phase machine.</summary>
    public static readonly PermissionTable<C> Permissions = new(
    [
        .. PermissionTable<C>.FacilitatorsOnly(
            C.OpenCheckIn, C.Join, C.Welcome, C.StartRound, C.BeginBriefing, C.StartConversation, C.ChangeRoundTime, C.CloseRound, C.StartPlenary,
            C.BeginHarvest, C.Close, C.PauseRound, C.ResumeRound),
        (C.Leave, Senders.Facilitators | Senders.Participant, Self),
        (C.AddBriefing, Senders.Facilitators | Senders.Participant, "a table co-facilitator only at their tables; a participant only as this round's host of the table"),
        (C.AddNote, Senders.Facilitators | Senders.Participant | Senders.Anonymous, "a participant only at the table where they sit this round; the facilitators at any table and a table co-facilitator at their tables, without an author; an anonymous note is sent by its seated writer and recorded as anonymous"),
        (C.TimeWarning, Senders.System, "the round timer, when the warning is due"),
        (C.TimeUp, Senders.System, "the round timer, when time is up"),
        (C.ChooseHost, Senders.Facilitators, CoFacilitator + ", a table co-facilitator only at their tables"),
        (C.AddHarvestItem, Senders.Facilitator | Senders.Participant, "a participant only as themselves, while here"),
    ]);

    // The phases in which people come and go (CheckIn to Plenary), as one superphase: WorldCafePhase does not declare it, and no command
    // leads to it, so no café is ever in it (the diagram draws it as DoorsOpen around its phases).
    private const P DoorsOpen = (P)100;

    private readonly ImmutableArray<Prompt> _tableQuestions;

    public WorldCafeRules(WorldCafeDesign design)
        : base(Permissions, Command)
    {
        Design = design;
        _tableQuestions = design.QuestionMode == QuestionMode.PerTable
            ? [.. design.Tables.Select((t, i) => t.Prompt ?? design.Questions[i])]
            : [];
        Phases = new(s => s.Phase, Configure, C.TimeWarning, C.TimeUp);
    }

    public WorldCafeDesign Design { get; }

    public override string Method => WorldCafeJson.Method;

    public override JsonSerializerOptions Json => WorldCafeJsonContext.Default.Options;

    public override bool IsAnonymous(WorldCafeEvent accepted) => accepted is NoteAdded { Anonymous: true };

    /// <summary>Bounds the contributions' records, which a café raises by the thousand, so the engine writes them only when read:
    /// <c>{"note":…,"anonymous":false}</c>, <c>{"briefing":…}</c>, <c>{"item":…}</c>.</summary>
    public override int MaxDataLength(WorldCafeEvent accepted) => accepted switch
    {
        NoteAdded n => RecordSize.Of(n.Note) + (2 * RecordSize.Property) + 7,
        BriefingAdded b => RecordSize.Of(b.Briefing) + RecordSize.Property + 2,
        HarvestItemAdded i => RecordSize.Of(i.Item) + RecordSize.Property + 2,
        _ => -1,
    };

    /// <summary>The part of a proposed event that identifies the command for retries: a plan is the session's work, not the caller's payload.</summary>
    public override WorldCafeEvent Payload(WorldCafeEvent proposed) => proposed switch
    {
        CafePhaseChanged { Plan: not null } p => p.With(changed => changed.Plan = null),
        ParticipantJoined { Plan: not null } j => j.With(changed => changed.Plan = null),
        ParticipantLeft { Plan: not null } l => l.With(changed => changed.Plan = null),
        HostChosen { Plan: not null } h => h.With(changed => changed.Plan = null),
        _ => proposed,
    };

    public override SessionAlarm<WorldCafeEvent>? NextAlarm(WorldCafeState state)
    {
        if (state is not { Phase: P.Conversation, RoundTime: { IsPaused: false } time, TimeUpGiven: false })
        {
            return null;
        }

        return !state.WarningGiven && Design.WarningBeforeEnd > TimeSpan.Zero
            ? new(time.EndsAt - Design.WarningBeforeEnd, Alarms.Warning)
            : new(time.EndsAt, Design.AutoAdvance ? Alarms.TimeUpAndClose : Alarms.TimeUp);
    }

    /// <summary>The events the timer proposes, shared: the rules never change a proposed event, and the engine asks for the next alarm after every command.</summary>
    private static class Alarms
    {
        public static readonly TimeWarningGiven Warning = new();
        public static readonly CafePhaseChanged TimeUpAndClose = new(C.TimeUp, default, default);
        public static readonly RoundTimeUp TimeUp = new();
    }

    /// <summary>Checks everything about a proposed event except its seating plan, which the session makes afterwards outside the gate.</summary>
    public void CheckBeforePlanning(WorldCafeState state, Actor actor, WorldCafeEvent proposed, DateTimeOffset now) => DecideAny(state, actor, proposed, now, checkPlan: false);

    public override WorldCafeEvent Decide(WorldCafeState state, Actor actor, WorldCafeEvent proposed, DateTimeOffset now) => DecideAny(state, actor, proposed, now, checkPlan: true);

    public override WorldCafeState Evolve(WorldCafeState state, WorldCafeEvent accepted)
    {
        state.Version = accepted.Version;
        switch (accepted)
        {
            case CafePhaseChanged p:
                EvolvePhase(state, p);
                break;
            case ParticipantJoined j:
                if (state.Find(j.Participant.Id) is null)
                {
                    state.Roster.Add(j.Participant);
                }

                state.Present.Add(j.Participant.Id);
                Seat(state, j.Plan);
                break;
            case ParticipantLeft l:
                EvolveLeave(state, l);
                break;
            case HostChosen h when Design.HostSelection == HostSelection.VolunteerAfterFirstRound:
                state.Hosts[h.Table] = h.Host;
                Seat(state, h.Plan);
                break;
            case HostChosen h:
                var chosen = state.RoundHosts.TryGetValue(state.Round, out var now) ? now : (state.RoundHosts[state.Round] = []);
                chosen[h.Table] = h.Host;
                break;
            case NoteAdded n:
                state.Contributions.Add(n.Note);
                break;
            case BriefingAdded b:
                state.Contributions.Add(b.Briefing);
                break;
            case HarvestItemAdded i:
                state.Contributions.Add(i.Item);
                break;
            case RoundTimeChanged c:
                state.RoundTime = state.RoundTime!.Extend(c.Change);
                var remaining = state.RoundTime.RemainingAt(c.OccurredAt);
                state.WarningGiven = (state.WarningGiven && remaining <= Design.WarningBeforeEnd) || remaining == TimeSpan.Zero;
                state.TimeUpGiven &= remaining == TimeSpan.Zero;
                break;
            case RoundPaused:
                state.RoundTime = state.RoundTime!.Pause(accepted.OccurredAt);
                break;
            case RoundResumed:
                state.RoundTime = state.RoundTime!.Resume(accepted.OccurredAt);
                break;
            case TimeWarningGiven:
                state.WarningGiven = true;
                break;
            case RoundTimeUp:
                state.WarningGiven = true;
                state.TimeUpGiven = true;
                break;
        }

        return state;
    }

    /// <summary>Tells whether a change of people or hosts re-plans the seating now: after the welcome, while a round is not yet held.</summary>
    public bool NeedsPlan(WorldCafeState state) => state.Seatings.Count > 0 && state.Held < Design.Rounds;

    /// <summary>The volunteers chosen automatically when round 2 starts: for each table still without one, the first person who sat there in round 1 and is here.</summary>
    public Dictionary<GroupId, ParticipantId> AutoVolunteers(WorldCafeState state)
    {
        var chosen = new Dictionary<GroupId, ParticipantId>();
        if (Design.HostSelection != HostSelection.VolunteerAfterFirstRound || state.Round != 1 || state.Seatings.Count == 0)
        {
            return chosen;
        }

        var taken = state.Hosts.Values.ToHashSet();
        foreach (var table in Design.Tables.Where(t => !state.Hosts.ContainsKey(t.Id)))
        {
            var volunteer = state.Seatings[0].MembersOf(table.Id).FirstOrDefault(p => state.Present.Contains(p) && !taken.Contains(p));
            if (!string.IsNullOrEmpty(volunteer.Value))
            {
                chosen[table.Id] = volunteer;
                taken.Add(volunteer);
            }
        }

        return chosen;
    }

    /// <summary>The café's tables as the planner's groups: capacity, the host who stays (when here) and the table's own question.</summary>
    public ImmutableArray<Group> GroupsFor(IReadOnlyDictionary<GroupId, ParticipantId> hosts, IReadOnlySet<ParticipantId> present) =>
        [.. Design.Tables.Select((t, i) => new Group(
            t.Id,
            t.Capacity,
            hosts.TryGetValue(t.Id, out var h) && present.Contains(h) ? h : (ParticipantId?)null,
            Design.QuestionMode == QuestionMode.PerTable ? _tableQuestions[i] : (Prompt?)null,
            t.Name))];

    public ImmutableArray<Prompt> HarvestQuestions => Design.QuestionMode == QuestionMode.PerTable ? _tableQuestions : Design.Questions;

    public Prompt QuestionAt(int tableIndex, int round) => Design.QuestionMode switch
    {
        QuestionMode.PerTable => _tableQuestions[tableIndex],
        QuestionMode.PerRound => Design.Questions[round - 1],
        _ => Design.Questions[Math.Min((round - 1) / 2, Design.Questions.Length - 1)],
    };

    public int TableIndex(GroupId table)
    {
        for (var i = 0; i < Design.Tables.Length; i++)
        {
            if (Design.Tables[i].Id == table)
            {
                return i;
            }
        }

        return -1;
    }

    public ParticipantId? HostAt(WorldCafeState state, GroupId table, int round)
    {
        if (state.RoundHosts.TryGetValue(round, out var hosts))
        {
            return hosts.TryGetValue(table, out var h) ? h : (ParticipantId?)null;
        }

        if (round <= state.Held || Design.HostSelection is HostSelection.None or HostSelection.RechosenEachRound
            || (Design.HostSelection == HostSelection.VolunteerAfterFirstRound && round == 1))
        {
            return null;
        }

        return state.Hosts.TryGetValue(table, out var host) && state.Present.Contains(host) ? host : (ParticipantId?)null;
    }

    // A lambda that captures a parameter costs every call of its method a closure, so the deciders pass values to static lambdas instead.

    // Refusals are written in the caller's UI culture, which the engine sets to SessionOptions.Culture while a command runs.
    private static string Say(string key, params object?[] args) => TextCatalog.Say("Refusal.Cafe." + key, args);

    private static string Short(ParticipantId id) => Identifier.Shorten(id.Value);

    private static C Command(WorldCafeEvent e) => e switch
    {
        CafePhaseChanged p => p.Trigger,
        ParticipantJoined => C.Join,
        ParticipantLeft => C.Leave,
        HostChosen => C.ChooseHost,
        BriefingAdded => C.AddBriefing,
        NoteAdded => C.AddNote,
        RoundTimeChanged => C.ChangeRoundTime,
        RoundPaused => C.PauseRound,
        RoundResumed => C.ResumeRound,
        TimeWarningGiven => C.TimeWarning,
        RoundTimeUp => C.TimeUp,
        HarvestItemAdded => C.AddHarvestItem,
        _ => throw new ArgumentException($"{e.GetType().Name} is not a World Café event.", nameof(e)),
    };

    private static HashSet<ParticipantId> HostedBefore(WorldCafeState state, int round) =>
        [.. state.RoundHosts.Where(r => r.Key < round).SelectMany(r => r.Value.Values)];

    private void Configure(PhaseSetup<P, C> m, Func<WorldCafeState> state)
    {
        bool RoundsRemain() => state().Round < Design.Rounds;
        bool CanBrief() => state().Round > 1 && Design.HostSelection != HostSelection.None;
        bool Runs() => state().RoundTime is { IsPaused: false };
        bool Room() => state().Contributions.Count < WorldCafeConstants.MaxContributions;

        // Volunteer hosts step forward once, between rounds 1 and 2 (at round 1's close, or at the plenary after it).
        bool Volunteers() => Design.HostSelection == HostSelection.VolunteerAfterFirstRound && state().Round == 1;
        const string volunteers = "volunteer hosts, between rounds 1 and 2";
        static void Stay()
        {
        }

        // People come and go from check-in to the last plenary: configured once, on a superphase no café is ever in.
        m.Superphase(DoorsOpen, nameof(DoorsOpen))
            .InternalTransitionIf(C.Join, _ => state().Present.Count < Limits.MaxParticipants, _ => Stay(), "fewer than Limits.MaxParticipants here")
            .InternalTransitionIf(C.Leave, _ => state().Present.Count > 0, _ => Stay(), "someone is here");
        m.Configure(P.Design).Permit(C.OpenCheckIn, P.CheckIn);
        m.Configure(P.CheckIn).SubstateOf(DoorsOpen).Permit(C.Welcome, P.Welcome);
        m.Configure(P.Welcome).SubstateOf(DoorsOpen).Permit(C.StartRound, P.Seating);
        m.Configure(P.Seating).SubstateOf(DoorsOpen)
            .PermitIf(C.BeginBriefing, P.HostBriefing, CanBrief, "round 2 or later, with table hosts")
            .Permit(C.StartConversation, P.Conversation)
            .InternalTransitionIf(C.ChooseHost, _ => Design.HostSelection == HostSelection.RechosenEachRound, _ => Stay(), "hosts are re-chosen each round");
        m.Configure(P.HostBriefing).SubstateOf(DoorsOpen)
            .Permit(C.StartConversation, P.Conversation)
            .InternalTransitionIf(C.AddBriefing, _ => Room(), _ => Stay(), "the café holds fewer than its most contributions");
        m.Configure(P.Conversation).SubstateOf(DoorsOpen)
            .Permit(C.CloseRound, P.RoundClose)
            .PermitIf(C.TimeUp, P.RoundClose, () => Design.AutoAdvance && Runs() && !state().TimeUpGiven, "auto-advance, the round timer runs, time is not up yet")
            .InternalTransitionIf(C.TimeUp, _ => !Design.AutoAdvance && Runs() && !state().TimeUpGiven, _ => Stay(), "no auto-advance, the round timer runs, time is not up yet")
            .InternalTransitionIf(C.TimeWarning, _ => Runs() && !state().WarningGiven, _ => Stay(), "the round timer runs, no warning given yet")
            .InternalTransitionIf(C.PauseRound, _ => Runs(), _ => Stay(), "the round timer runs")
            .InternalTransitionIf(C.ResumeRound, _ => state().RoundTime is { IsPaused: true }, _ => Stay(), "the round timer is paused")
            .InternalTransitionIf(C.AddNote, _ => Room(), _ => Stay(), "the café holds fewer than its most contributions")
            .InternalTransitionIf(C.ChangeRoundTime, _ => state().RoundTime is not null, _ => Stay(), "the round has a timer");
        m.Configure(P.RoundClose).SubstateOf(DoorsOpen)
            .PermitIf(C.StartRound, P.Seating, RoundsRemain, "another round remains")
            .PermitIf(C.StartPlenary, P.Plenary, () => Design.PlenaryBetweenRounds && RoundsRemain(), "plenary between rounds, another round remains")
            .PermitIf(C.BeginHarvest, P.Harvest, () => !RoundsRemain(), "every round held")
            .InternalTransitionIf(C.ChooseHost, _ => Volunteers(), _ => Stay(), volunteers);
        m.Configure(P.Plenary).SubstateOf(DoorsOpen)
            .PermitIf(C.StartRound, P.Seating, RoundsRemain, "another round remains")
            .InternalTransitionIf(C.ChooseHost, _ => Volunteers(), _ => Stay(), volunteers);
        m.Configure(P.Harvest)
            .Permit(C.Close, P.Closed)
            .InternalTransitionIf(C.AddHarvestItem, _ => Room(), _ => Stay(), "the café holds fewer than its most contributions");
        m.Configure(P.Closed);
    }

    private WorldCafeEvent DecideAny(WorldCafeState state, Actor actor, WorldCafeEvent proposed, DateTimeOffset now, bool checkPlan)
    {
        var command = Command(proposed);
        if (command is C.AddNote or C.AddBriefing or C.AddHarvestItem && state.Contributions.Count >= WorldCafeConstants.MaxContributions)
        {
            throw Reject(state, command, RejectionKind.Conflict, Say("TooManyContributions", WorldCafeConstants.MaxContributions));
        }

        var to = Phases.Ensure(state, command);
        var round = state.Round == 0 ? (Round?)null : new Round(state.Round);
        switch (proposed)
        {
            case CafePhaseChanged p:
                return DecidePhase(state, actor, p, to, now, checkPlan);
            case ParticipantJoined j:
                return DecideJoin(state, actor, j, checkPlan);
            case ParticipantLeft l:
                return DecideLeave(state, actor, l, checkPlan);
            case HostChosen h:
                return DecideHost(state, actor, h, checkPlan);
            case BriefingAdded b:
                var table = CheckTable(state, command, b.Briefing.Group);
                if (!(HostAt(state, table, state.Round) is { } host && actor.Is(host)) && !LooksAfter(state, command, actor, table))
                {
                    throw Reject(state, command, RejectionKind.NotPermitted, Say("BriefNotHost", table, actor));
                }

                return b.With(Complete(state, b.Briefing, actor.Participant, now), static (changed, briefing) => changed.Briefing = briefing);
            case NoteAdded { Version: 0 } n:
                // The session's own proposal (WorldCafeSession.AddNote makes one per call and shares it with nobody): completed in place,
                // note and event, which the engine stamps and keeps (Execute with owned). A saved note (replayed, so it has its version) gets
                // a new event instead, so the replay's check compares two events.
                DecideNote(state, actor, n, now, inPlace: true);
                return n;
            case NoteAdded n:
                // A new event rather than a copy of the proposal: the engine stamps every field of the envelope.
                return new NoteAdded(DecideNote(state, actor, n, now, inPlace: false), n.Anonymous);
            case HarvestItemAdded i:
                return i.With(DecideHarvestItem(state, actor, i.Item, now), static (changed, item) => changed.Item = item);
            case RoundTimeChanged c:
                RequireFacilitator(state, command, actor);
                if (c.Change == TimeSpan.Zero || c.Change > Timebox.MaxDuration || c.Change < -Timebox.MaxDuration)
                {
                    throw Reject(state, command, RejectionKind.InvalidInput, Say("ExtendRange"));
                }

                if (state.RoundTime!.Duration + c.Change > Timebox.MaxDuration)
                {
                    throw Reject(state, command, RejectionKind.InvalidInput, Say("RoundTooLong"));
                }

                return c.With(round, static (changed, round) => changed.Round = round);
            case RoundPaused r:
                RequireFacilitator(state, command, actor);
                return r.With(round, static (changed, round) => changed.Round = round);
            case RoundResumed r:
                RequireFacilitator(state, command, actor);
                return r.With(round, static (changed, round) => changed.Round = round);
            case TimeWarningGiven w:
                RequireTimer(state, command, actor, now >= state.RoundTime!.EndsAt - Design.WarningBeforeEnd);
                return w.With((round, state.RoundTime.RemainingAt(now)), static (changed, at) => (changed.Round, changed.Remaining) = at);
            case RoundTimeUp u:
                RequireTimer(state, command, actor, state.RoundTime!.RemainingAt(now) == TimeSpan.Zero);
                return u.With(round, static (changed, round) => changed.Round = round);
            default:
                throw Reject(state, command, RejectionKind.InvalidInput, Say("NotACommandEvent", proposed.GetType().Name));
        }
    }

    private CafePhaseChanged DecidePhase(WorldCafeState state, Actor actor, CafePhaseChanged p, P to, DateTimeOffset now, bool checkPlan)
    {
        var command = p.Trigger;
        if (command == C.TimeUp)
        {
            RequireTimer(state, command, actor, state.RoundTime!.RemainingAt(now) == TimeSpan.Zero);
        }
        else
        {
            RequireFacilitator(state, command, actor);
        }

        var decided = p.With(changed => { changed.From = state.Phase; changed.To = to; changed.Round = state.Round == 0 ? null : new Round(state.Round); changed.Plan = null; });
        switch (command)
        {
            case C.Welcome:
                if (state.Present.Count == 0)
                {
                    throw Reject(state, command, RejectionKind.Conflict, Say("NobodyHere"));
                }

                return checkPlan ? decided.With(changed => changed.Plan = CheckPlan(state, command, p.Plan, state.Present, state.Hosts)) : decided;
            case C.StartRound:
                decided = decided.With(changed => changed.Round = new Round(state.Round + 1));
                var volunteers = AutoVolunteers(state);
                if (volunteers.Count == 0 || !checkPlan)
                {
                    return volunteers.Count == 0 ? RequireNoPlan(state, command, p.Plan, decided) : decided;
                }

                var hosts = new Dictionary<GroupId, ParticipantId>(state.Hosts);
                foreach (var (table, host) in volunteers)
                {
                    hosts[table] = host;
                }

                return decided.With(changed => changed.Plan = CheckPlan(state, command, p.Plan, state.Present, hosts));
            default:
                return RequireNoPlan(state, command, p.Plan, decided);
        }
    }

    private T RequireNoPlan<T>(WorldCafeState state, C command, SeatingPlan? plan, T decided) =>
        plan is null ? decided : throw Reject(state, command, RejectionKind.InvalidInput, Say("NoReplan", command));

    private ParticipantJoined DecideJoin(WorldCafeState state, Actor actor, ParticipantJoined j, bool checkPlan)
    {
        RequireFacilitator(state, C.Join, actor);
        var participant = j.Participant;
        var id = participant.Id;
        if (state.Present.Contains(id))
        {
            throw Reject(state, C.Join, RejectionKind.Conflict, Say("AlreadyHere", Short(id)));
        }

        var known = state.Find(id);
        if (known is not null && known != participant)
        {
            throw Reject(state, C.Join, RejectionKind.InvalidInput, Say("JoinedEarlierAs", Short(id), known));
        }

        if (known is null && state.Roster.Count >= Limits.MaxParticipants)
        {
            throw Reject(state, C.Join, RejectionKind.Conflict, Say("TooManyPeople", Limits.MaxParticipants));
        }

        var seats = Design.Tables.Sum(t => t.Capacity);
        if (state.Present.Count + 1 > seats)
        {
            throw Reject(state, C.Join, RejectionKind.Conflict, Say("SeatsTaken", seats, Short(id)));
        }

        if (!checkPlan)
        {
            return j;
        }

        if (!NeedsPlan(state))
        {
            return RequireNoPlan(state, C.Join, j.Plan, j.With(changed => changed.FirstRound = state.Seatings.Count == 0 ? Round.First : null));
        }

        var plan = CheckPlan(state, C.Join, j.Plan, new HashSet<ParticipantId>(state.Present) { id }, state.Hosts);
        var seat = plan.Seatings.FirstOrDefault(s => s.IsSeated(id));
        return j.With(changed => { changed.FirstRound = seat?.Round; changed.Plan = plan; });
    }

    private ParticipantLeft DecideLeave(WorldCafeState state, Actor actor, ParticipantLeft l, bool checkPlan)
    {
        var participant = l.Participant;
        if (!IsFacilitator(actor) && !actor.Is(participant))
        {
            throw Reject(state, C.Leave, RejectionKind.NotPermitted, Say("LeaveNotSelf", Short(participant), actor));
        }

        if (!state.Present.Contains(participant))
        {
            throw Reject(state, C.Leave, state.Find(participant) is null ? RejectionKind.InvalidInput : RejectionKind.Conflict, Say("NotHere", Short(participant)));
        }

        var last = state.Seatings.Take(state.Held).LastOrDefault(s => s.IsSeated(participant))?.Round;
        if (!checkPlan)
        {
            return l;
        }

        if (!NeedsPlan(state))
        {
            return RequireNoPlan(state, C.Leave, l.Plan, l.With(changed => changed.LastRound = last));
        }

        var present = new HashSet<ParticipantId>(state.Present);
        present.Remove(participant);
        var hosts = state.Hosts.Where(h => h.Value != participant).ToDictionary();
        return l.With(changed => { changed.LastRound = last; changed.Plan = CheckPlan(state, C.Leave, l.Plan, present, hosts); });
    }

    private HostChosen DecideHost(WorldCafeState state, Actor actor, HostChosen h, bool checkPlan)
    {
        var (table, host) = (h.Table, h.Host);
        if (!IsTableCoFacilitator(actor))
        {
            RequireFacilitator(state, C.ChooseHost, actor);
        }

        CheckTable(state, C.ChooseHost, table);
        RequireTheirTable(state, C.ChooseHost, actor, table);
        if (!state.Present.Contains(host))
        {
            throw Reject(state, C.ChooseHost, RejectionKind.InvalidInput, Say("HostNotHere", Short(host)));
        }

        if (Design.HostSelection == HostSelection.VolunteerAfterFirstRound)
        {
            if (state.Seatings[0].GroupOf(host) != table)
            {
                throw Reject(state, C.ChooseHost, RejectionKind.InvalidInput, Say("VolunteerNotSeated", Short(host), table));
            }

            if (state.Hosts.FirstOrDefault(x => x.Value == host && x.Key != table) is { Key.Value.Length: > 0 } other)
            {
                throw Reject(state, C.ChooseHost, RejectionKind.Conflict, Say("AlreadyHosts", Short(host), other.Key));
            }

            var decided = h.With(changed => changed.FromRound = new Round(2));
            if (!checkPlan)
            {
                return decided;
            }

            var hosts = new Dictionary<GroupId, ParticipantId>(state.Hosts) { [table] = host };
            return decided.With(changed => changed.Plan = CheckPlan(state, C.ChooseHost, h.Plan, state.Present, hosts));
        }

        var round = state.Round;
        var seating = state.Seatings[round - 1];
        if (seating.GroupOf(host) != table)
        {
            throw Reject(state, C.ChooseHost, RejectionKind.InvalidInput, Say("HostNotSeated", Short(host), table, round));
        }

        var chosen = state.RoundHosts.TryGetValue(round, out var now) ? now : [];
        if (chosen.FirstOrDefault(x => x.Value == host && x.Key != table) is { Key.Value.Length: > 0 } elsewhere)
        {
            throw Reject(state, C.ChooseHost, RejectionKind.Conflict, Say("AlreadyHostsThisRound", Short(host), elsewhere.Key));
        }

        var before = HostedBefore(state, round);
        if (before.Contains(host) && seating.MembersOf(table).Any(p => !before.Contains(p)))
        {
            throw Reject(state, C.ChooseHost, RejectionKind.Conflict, Say("HostedBefore", Short(host), table));
        }

        return RequireNoPlan(state, C.ChooseHost, h.Plan, h.With(changed => changed.FromRound = new Round(round)));
    }

    private Contribution DecideNote(WorldCafeState state, Actor actor, NoteAdded n, DateTimeOffset now, bool inPlace)
    {
        var table = CheckTable(state, C.AddNote, n.Note.Group);
        if (actor.Role is not (ActorRole.Facilitator or ActorRole.CoFacilitator or ActorRole.Participant or ActorRole.Anonymous) || (actor.Role == ActorRole.Anonymous && !n.Anonymous))
        {
            throw Reject(state, C.AddNote, RejectionKind.NotPermitted, Say("NotesByPeople", actor));
        }

        if (actor.Role == ActorRole.CoFacilitator)
        {
            // A scribe's note, like the lead facilitator's: the table's, without an author.
            if (!LooksAfter(state, C.AddNote, actor, table))
            {
                throw Reject(state, C.AddNote, RejectionKind.NotPermitted, Say("NotesByPeople", actor));
            }

            return Complete(state, n.Note, null, now, inPlace);
        }

        if (actor.Participant is { } writer)
        {
            var seat = state.Present.Contains(writer) ? state.Seatings[state.Round - 1].GroupOf(writer) : null;
            if (seat != table)
            {
                throw Reject(state, C.AddNote, RejectionKind.NotPermitted, seat is null
                    ? Say("NoSeat", Short(writer), table)
                    : Say("WrongTable", Short(writer), seat, table));
            }
        }

        return Complete(state, n.Note, n.Anonymous ? null : actor.Participant, now, inPlace);
    }

    private Contribution DecideHarvestItem(WorldCafeState state, Actor actor, Contribution item, DateTimeOffset now)
    {
        const C command = C.AddHarvestItem;
        if (actor.Role is not (ActorRole.Facilitator or ActorRole.Participant) || (actor.Participant is { } p && !state.Present.Contains(p)))
        {
            throw Reject(state, command, RejectionKind.NotPermitted, Say("HarvestByPeople", actor));
        }

        if (item.Kind is not (ContributionKind.Insight or ContributionKind.Theme or ContributionKind.Question or ContributionKind.ActionItem))
        {
            throw Reject(state, command, RejectionKind.InvalidInput, Say("HarvestKind", item.Kind));
        }

        if (item.Kind == ContributionKind.ActionItem && (item.Owner is null || item.NextStep is null))
        {
            throw Reject(state, command, RejectionKind.InvalidInput, Say("ActionNeedsOwner"));
        }

        var problem = (item.Owner is null ? null : Identifier.FindTextProblem(item.Owner, "owner", Limits.MaxNameLength))
            ?? (item.NextStep is null ? null : Identifier.FindTextProblem(item.NextStep, "next step", Limits.MaxTextLength));
        if (problem is not null)
        {
            throw Reject(state, command, RejectionKind.InvalidInput, problem);
        }

        return Complete(state, item, actor.Participant, now);
    }

    /// <summary>Completes a proposed contribution with what only the session knows: its id, time, author, round and question.</summary>
    // The proposal's text passed Contribution's checks when it was made (by the session, or read from a document): not checked again.
    // In place: the proposal itself is completed (a note the session proposed for this one command); otherwise a new contribution.
    private Contribution Complete(WorldCafeState state, Contribution proposed, ParticipantId? author, DateTimeOffset now, bool inPlace = false)
    {
        var table = proposed.Group;
        var id = ContributionId.Numbered(state.Contributions.Count + 1);
        Round? round = table is null ? null : new Round(state.Round);
        var prompt = table is { } t ? QuestionAt(TableIndex(t), state.Round) : null;
        return inPlace ? proposed.RecordInPlace(id, now, author, round, prompt) : proposed.Record(id, now, author, table, round, prompt);
    }

    /// <summary>Checks a plan made outside the gate against the state now and the people and hosts the command leaves; returns it with the people who moved.</summary>
    private SeatingPlan CheckPlan(WorldCafeState state, C command, SeatingPlan? plan, IReadOnlySet<ParticipantId> present, IReadOnlyDictionary<GroupId, ParticipantId> hosts)
    {
        if (plan is null)
        {
            throw Reject(state, command, RejectionKind.InvalidInput, Say("NeedsReplan", command));
        }

        if (plan.PlannedAt < state.SeatingChangedAt || plan.PlannedAt > state.Version)
        {
            throw Reject(state, command, RejectionKind.Conflict, Say("StalePlan", plan.PlannedAt, state.SeatingChangedAt));
        }

        var held = state.Held;
        var groups = GroupsFor(hosts, present);
        if (plan.FromRound.Number != held + 1 || plan.Seatings.IsDefault || plan.Seatings.Length != Design.Rounds - held)
        {
            throw Reject(state, command, RejectionKind.InvalidInput, Say("PlanRounds", held + 1, Design.Rounds));
        }

        for (var i = 0; i < plan.Seatings.Length; i++)
        {
            var seating = plan.Seatings[i];
            var problems = seating?.Round.Number == held + 1 + i
                ? seating.FindProblems(groups, present)
                : [Say("PlanMissingRound", held + 1 + i)];
            if (problems.Count > 0)
            {
                throw Reject(state, command, RejectionKind.Conflict, Say("InvalidSeating", problems[0]));
            }
        }

        var moved = new SortedSet<ParticipantId>();
        for (var i = 0; i < plan.Seatings.Length && held + i < state.Seatings.Count; i++)
        {
            var before = state.Seatings[held + i];
            foreach (var person in before.Seated.Where(p => plan.Seatings[i].GroupOf(p) is { } now && now != before.GroupOf(p)))
            {
                moved.Add(person);
            }
        }

        return new SeatingPlan(plan.FromRound, plan.Seatings, plan.Report, plan.PlannedAt, [.. moved]);
    }

    private static void Seat(WorldCafeState state, SeatingPlan? plan)
    {
        state.SeatingChangedAt = state.Version;
        if (plan is null)
        {
            return;
        }

        state.Seatings.RemoveRange(state.Held, state.Seatings.Count - state.Held);
        state.Seatings.AddRange(plan.Seatings);
        state.Report = plan.Report ?? state.Report;
    }

    // Its own method: a lambda capturing a case's variable made Evolve allocate its closure for every event, every note included.
    private static void EvolveLeave(WorldCafeState state, ParticipantLeft l)
    {
        state.Present.Remove(l.Participant);
        foreach (var table in state.Hosts.Where(h => h.Value == l.Participant).Select(h => h.Key).ToList())
        {
            state.Hosts.Remove(table);
        }

        Seat(state, l.Plan);
    }

    private void EvolvePhase(WorldCafeState state, CafePhaseChanged p)
    {
        state.Phase = p.To;
        switch (p.Trigger)
        {
            case C.Welcome:
                Seat(state, p.Plan);
                break;
            case C.StartRound:
                foreach (var (table, host) in AutoVolunteers(state))
                {
                    state.Hosts[table] = host;
                }

                state.Round = p.Round!.Value.Number;
                if (p.Plan is not null)
                {
                    Seat(state, p.Plan);
                }

                break;
            case C.BeginBriefing:
                FillRoundHosts(state);
                break;
            case C.StartConversation:
                FillRoundHosts(state);
                if (!state.RoundHosts.ContainsKey(state.Round))
                {
                    var seating = state.Seatings[state.Round - 1];
                    state.RoundHosts[state.Round] = Design.Tables
                        .Select(t => (t.Id, Host: HostAt(state, t.Id, state.Round)))
                        .Where(x => x.Host is { } h && seating.GroupOf(h) == x.Id)
                        .ToDictionary(x => x.Id, x => x.Host!.Value);
                }

                state.Held = state.Round;
                state.RoundTime = new Timebox(p.OccurredAt, Design.RoundDuration);
                state.WarningGiven = false;
                state.TimeUpGiven = false;
                state.SeatingChangedAt = state.Version;
                break;
            case C.CloseRound or C.TimeUp:
                state.RoundTime = null;
                state.WarningGiven = false;
                state.TimeUpGiven = false;
                break;
        }
    }

    private void FillRoundHosts(WorldCafeState state)
    {
        if (Design.HostSelection != HostSelection.RechosenEachRound)
        {
            return;
        }

        var round = state.Round;
        var seating = state.Seatings[round - 1];
        var chosen = state.RoundHosts.TryGetValue(round, out var now) ? now : [];
        var before = HostedBefore(state, round);
        foreach (var table in Design.Tables.Where(t => !chosen.ContainsKey(t.Id)))
        {
            var members = seating.MembersOf(table.Id).Where(p => !chosen.ContainsValue(p)).ToList();
            var pick = members.Where(p => !before.Contains(p)).Concat(members).FirstOrDefault();
            if (!string.IsNullOrEmpty(pick.Value))
            {
                chosen[table.Id] = pick;
            }
        }

        state.RoundHosts[round] = chosen;
    }

    private void RequireFacilitator(WorldCafeState state, C command, Actor actor)
    {
        if (!IsFacilitator(actor))
        {
            throw Reject(state, command, RejectionKind.NotPermitted, Say("FacilitatorOnly", command, actor));
        }
    }

    // The lead facilitator, or a co-facilitator the design names for the whole café (harvest items stay with the facilitator and participants).
    private bool IsFacilitator(Actor actor) => IsFacilitator(actor, Design.CoFacilitators);

    private bool IsTableCoFacilitator(Actor actor) =>
        actor.Role == ActorRole.CoFacilitator && Design.TableCoFacilitators.ContainsKey(actor.Participant!.Value);

    // Whether the actor may act for a table as a facilitator: the facilitators anywhere, a table co-facilitator at their tables. A table
    // co-facilitator at another table is refused here, naming their tables; anyone else gets false and the caller's own refusal.
    private bool LooksAfter(WorldCafeState state, C command, Actor actor, GroupId table)
    {
        RequireTheirTable(state, command, actor, table);
        return IsFacilitator(actor) || IsTableCoFacilitator(actor);
    }

    private void RequireTheirTable(WorldCafeState state, C command, Actor actor, GroupId table)
    {
        if (IsTableCoFacilitator(actor) && !IsFacilitator(actor) && Design.TableCoFacilitators[actor.Participant!.Value] is var theirs && !theirs.Contains(table))
        {
            throw Reject(state, command, RejectionKind.NotPermitted, Say("NotTheirTable", command, actor, table, string.Join(", ", theirs)));
        }
    }

    private void RequireTimer(WorldCafeState state, C command, Actor actor, bool due)
    {
        if (actor.Role != ActorRole.System || !due)
        {
            throw Reject(state, command, RejectionKind.NotPermitted, Say("TimerOnly", command));
        }
    }

    private GroupId CheckTable(WorldCafeState state, C command, GroupId? table)
    {
        if (table is not { } t || TableIndex(t) < 0)
        {
            throw Reject(state, command, RejectionKind.InvalidInput, Say("UnknownTable", Identifier.Shorten(table?.Value ?? string.Empty), string.Join(", ", Design.Tables.Select(x => x.Id))));
        }

        return t;
    }
}
