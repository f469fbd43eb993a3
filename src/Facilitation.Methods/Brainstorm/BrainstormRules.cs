using System.Collections.Immutable;
using System.Text.Json;
using Facilitation.Methods.Sessions;
using static Facilitation.Methods.Sessions.SendConditions;

namespace Facilitation.Methods.Brainstorm;

/// <summary>
/// The brainstorm's rule book on the session engine: <see cref="Decide"/> checks a proposed event against the state (phase, actor,
/// payload, limits) and completes it; <see cref="Evolve"/> applies it. Each rule is written here once; restore replays the log through both.
/// </summary>
internal sealed class BrainstormRules : PhasedRules<BrainstormState, BrainstormEvent, BrainstormPhase, BrainstormCommand>
{
    private const string Timer = "the round's timer, when its time is up; " + CoFacilitator;

    /// <summary>Who may send each command; the permission table in the docs is written from it and the phase machine.</summary>
    public static readonly PermissionTable<BrainstormCommand> Permissions = new(
    [
        .. PermissionTable<BrainstormCommand>.FacilitatorsOnly(
            BrainstormCommand.StartRound, BrainstormCommand.ExtendRound, BrainstormCommand.BeginClarifying, BrainstormCommand.ClarifyIdea,
            BrainstormCommand.BeginClustering, BrainstormCommand.AddCluster, BrainstormCommand.NameCluster, BrainstormCommand.PlaceIdea,
            BrainstormCommand.MergeClusters, BrainstormCommand.MarkDuplicate, BrainstormCommand.BeginVoting, BrainstormCommand.EndVoting,
            BrainstormCommand.Decide, BrainstormCommand.Close, BrainstormCommand.PauseRound, BrainstormCommand.ResumeRound, BrainstormCommand.Join),
        (BrainstormCommand.AddIdea, Senders.Facilitators | Senders.Participant | Senders.Anonymous, "a participant as themselves, on their turn when the round takes turns; the facilitator writes for the turn holder (not in brainwriting); an anonymous round's idea is recorded as anonymous"),
        (BrainstormCommand.PassTurn, Senders.Facilitators | Senders.Participant, "a participant only when it is their turn"),
        (BrainstormCommand.PassSheets, Senders.Facilitators | Senders.System, Timer),
        (BrainstormCommand.NextStep, Senders.Facilitators | Senders.System, Timer),
        (BrainstormCommand.EndRound, Senders.Facilitators | Senders.System, Timer),
        (BrainstormCommand.CastDots, Senders.Facilitators | Senders.Participant, "a participant only as themselves; the facilitator records a present person's ballot"),
        (BrainstormCommand.CastRanking, Senders.Facilitators | Senders.Participant, "a participant only as themselves; the facilitator records a present person's ballot"),
        (BrainstormCommand.Leave, Senders.Facilitators | Senders.Participant, Self),
    ]);

    private readonly BrainstormDesign _design;
    private readonly HashSet<ParticipantId> _coFacilitators;
    private readonly Dictionary<string, string> _categories;
    private readonly VotingMethod _voting;
    // The phases in which people come and go (all but Closed), as one superphase: BrainstormPhase does not declare it, and no command leads
    // to it, so no brainstorm is ever in it (the diagram draws it as DoorsOpen around its phases).
    private const BrainstormPhase DoorsOpen = (BrainstormPhase)100;

    public BrainstormRules(BrainstormDesign design)
        : base(Permissions, Command)
    {
        _design = design;
        _coFacilitators = design.CoFacilitators.IsDefault ? [] : [.. design.CoFacilitators];
        _categories = design.Categories.ToDictionary(c => c, c => c, StringComparer.OrdinalIgnoreCase);
        _voting = design.EffectiveVoting;
        Phases = new(s => s.Phase, Configure);
    }

    public override string Method => "brainstorm";

    public override JsonSerializerOptions Json => BrainstormSessionJsonContext.Default.Options;

    public VotingMethod Voting => _voting;

    public override string? WhyRefused(BrainstormState state, string command) =>
        Enum.TryParse<BrainstormCommand>(command, ignoreCase: false, out var c) && c.ToString() == command && Deferred(state, c) is { } reason ? reason : base.WhyRefused(state, command);

    public override bool IsAnonymous(BrainstormEvent accepted) => accepted is IdeaAdded { Anonymous: true };

    public override SessionAlarm<BrainstormEvent>? NextAlarm(BrainstormState state)
    {
        if (!_design.EndRoundsWhenTimeIsUp || state.Current is not { Timebox.IsPaused: false } c)
        {
            return null;
        }

        BrainstormEvent next = CanPassSheets(state) ? new SheetsPassed(c.Round, c.Pass + 1)
            : CanTakeNextStep(state) ? new StepStarted(c.Round, c.Step + 1, [])
            : new RoundEnded(c.Round, 0);
        return new(c.Timebox.EndsAt, next);
    }

    public override BrainstormEvent Decide(BrainstormState state, Actor actor, BrainstormEvent proposed, DateTimeOffset now)
    {
        var command = Command(proposed);
        if (Deferred(state, command) is { } deferred)
        {
            throw Reject(state, command, RejectionKind.WrongPhase, deferred);
        }

        var target = Phases.Ensure(state, command);
        switch (proposed)
        {
            case IdeaAdded a:
                return DecideIdea(state, actor, a.Idea, now);
            case TurnPassed:
                return DecidePassTurn(state, actor);
            case DotsCast d:
                return DecideDots(state, actor, d);
            case RankingCast r:
                return DecideRanking(state, actor, r);
            case ParticipantJoined j:
                return DecideJoin(state, actor, j);
            case ParticipantLeft l:
                return DecideLeave(state, actor, l);
            case SheetsPassed or StepStarted or RoundEnded when actor.Role == ActorRole.System:
                if (state.Current!.Timebox.IsPaused || state.Current.Timebox.RemainingAt(now) > TimeSpan.Zero)
                {
                    throw Reject(state, command, RejectionKind.NotPermitted, T("TimerOnlyWhenUp"));
                }

                break;
            default:
                RequireFacilitator(state, command, actor);
                break;
        }

        return proposed switch
        {
            RoundStarted => new RoundStarted(new Round(state.RoundsStarted + 1), _design.Rounds[state.RoundsStarted].Duration),
            SheetsPassed => new SheetsPassed(state.Current!.Round, state.Current.Pass + 1),
            StepStarted => DecideStep(state),
            RoundExtended x => DecideExtend(state, x.Change),
            RoundPaused => new RoundPaused(state.Current!.Round),
            RoundResumed => new RoundResumed(state.Current!.Round),
            RoundEnded => new RoundEnded(state.Current!.Round, state.Ideas.Count(i => i.Round == state.Current.Round)),
            PhaseBegan => new PhaseBegan(state.Phase, target),
            IdeaClarified c => DecideClarify(state, c),
            ClusterAdded k => DecideCluster(state, k.Cluster.Heading),
            ClusterNamed n => new ClusterNamed(state.Clusters[RequireCluster(state, command, n.Cluster)].Id, CheckText(state, command, n.Heading, "heading", Limits.MaxNameLength)),
            IdeaPlaced p => DecidePlace(state, p),
            ClustersMerged m => DecideMerge(state, m.Into, m.From),
            DuplicateMarked d => DecideDuplicate(state, d.Idea, d.Original),
            VotingBegan => DecideVoting(state),
            VotingEnded => new VotingEnded(Count(state)),
            DecisionRecorded d => DecideDecision(state, d.Decision),
            _ => throw new InvalidOperationException($"{proposed.GetType().Name} is not a brainstorm command."),
        };
    }

    public override BrainstormState Evolve(BrainstormState state, BrainstormEvent accepted)
    {
        var current = state.Current;
        switch (accepted)
        {
            case RoundStarted s:
                var plan = _design.Rounds[s.Round.Number - 1];
                current = new CurrentRound(s.Round, plan, plan.Prompt ?? _design.Prompt, new Timebox(s.OccurredAt, s.Duration));
                if (plan.Technique == GenerationTechnique.Brainwriting)
                {
                    var teams = PartnerPlanning.FormTeams([.. state.Present], SheetRotation.FormTeams(state.Present, plan.TeamSize), _design.MetBefore, unchecked((_design.Seed * 31) + s.Round.Number));
                    current = current with { Teams = teams, Sheets = [.. teams.Select(t => t.Select((member, i) => new Sheet(i + 1, member, [])).ToImmutableArray())] };
                }

                state.Phase = BrainstormPhase.Generating;
                state.RoundsStarted++;
                state.Current = current;
                break;
            case IdeaAdded a:
                state.AddIdea(a.Idea);
                if (TakesTurns(state))
                {
                    state.Current = current! with { Turn = (current.Turn + 1) % state.Present.Count };
                }

                break;
            case TurnPassed:
                state.Current = current! with { Turn = (current.Turn + 1) % state.Present.Count };
                break;
            case SheetsPassed p:
                state.Current = current! with
                {
                    Pass = p.Pass,
                    Timebox = NextTimebox(current, accepted),
                    Sheets = [.. current.Sheets.Select((sheets, t) => sheets.Select(sheet => sheet.PassOn(current.Teams[t])).ToImmutableArray())],
                };
                break;
            case ParticipantJoined j:
                state.Roster[j.Participant.Id] = j.Participant;
                state.Present.Add(j.Participant.Id);
                state.Here.Add(j.Participant.Id);
                state.Current = current is null ? null : Arrive(current, j.Participant.Id);
                break;
            case ParticipantLeft l:
                var gone = state.Present.IndexOf(l.Participant);
                state.Present.RemoveAt(gone);
                state.Here.Remove(l.Participant);
                state.Current = current is null ? null : Depart(current, l.Participant, gone, state.Present.Count);
                break;
            case StepStarted s:
                current = s.Step switch
                {
                    OneTwoFourAllStep.Pairs => current!.WithPairs(s.Groups),
                    OneTwoFourAllStep.Fours => current!.WithFours(s.Groups),
                    _ => current! with { Teams = [] },
                };
                state.Current = current with { Step = s.Step, Timebox = NextTimebox(current, accepted) };
                break;
            case RoundExtended x:
                state.Current = current! with { Timebox = current.Timebox.Extend(x.Change) };
                break;
            case RoundPaused:
                state.Current = current! with { Timebox = current.Timebox.Pause(accepted.OccurredAt) };
                break;
            case RoundResumed:
                state.Current = current! with { Timebox = current.Timebox.Resume(accepted.OccurredAt) };
                break;
            case RoundEnded:
                if (current!.Plan.Technique == GenerationTechnique.OneTwoFourAll)
                {
                    AddIfAny(state.PairRounds, [.. current.Pairs.Where(g => !g.IsEmpty)]);
                    AddIfAny(state.FourRounds, [.. current.Fours.Where(g => !g.IsEmpty)]);
                }

                state.Current = null;
                state.Phase = BrainstormPhase.BetweenRounds;
                break;
            case PhaseBegan p:
                state.Phase = p.To;
                break;
            case IdeaClarified c:
                var clarified = state.FindIdea(c.Idea)!;
                state.ReplaceIdea(clarified.Clarified(c.Clarification));
                break;
            case ClusterAdded k:
                state.Clusters.Add(k.Cluster);
                state.NextCluster++;
                break;
            case ClusterNamed n:
                var named = state.FindCluster(n.Cluster);
                state.Clusters[named] = new Cluster(state.Clusters[named].Id, n.Heading, state.Clusters[named].Ideas);
                break;
            case IdeaPlaced p:
                var into = state.FindCluster(p.Cluster);
                state.Clusters[into] = new Cluster(state.Clusters[into].Id, state.Clusters[into].Heading, state.Clusters[into].Ideas.Add(p.Idea));
                break;
            case ClustersMerged m:
                var target = state.FindCluster(m.Into);
                var merged = state.Clusters[state.FindCluster(m.From)];
                state.Clusters[target] = new Cluster(state.Clusters[target].Id, state.Clusters[target].Heading ?? merged.Heading, m.Ideas);
                state.Clusters.Remove(merged);
                break;
            case DuplicateMarked d:
                state.ReplaceIdea(state.FindIdea(d.Idea)!.MarkedDuplicateOf(d.Original));
                break;
            case VotingBegan v:
                state.Phase = BrainstormPhase.Voting;
                state.Ballot = v.Ballot;
                state.Budget = v.DotsPerPerson;
                break;
            case DotsCast d:
                state.Dots[d.Voter] = d.Dots;
                break;
            case RankingCast r:
                state.Rankings[r.Voter] = r.Ranking;
                break;
            case VotingEnded e:
                state.Phase = BrainstormPhase.Deciding;
                state.Result = e.Result;
                break;
            case DecisionRecorded d:
                state.Decision = d.Decision;
                break;
        }

        return state;
    }

    /// <summary>Counts the recorded ballots; the same ballots always give the same ranking.</summary>
    public BrainstormResult Count(BrainstormState state) =>
        Tally.Count(_voting, state.Ballot, state.Dots.Values, state.Rankings.Values.Select(r => (IReadOnlyList<ContributionId>)r), _design.RankedChoices);

    /// <summary>Gets the running round as a facilitator's screen shows it.</summary>
    public static RoundStatus Status(BrainstormState state, CurrentRound c) => new(c.Round, c.Plan.Technique, c.Prompt, c.Plan.Anonymous, c.Timebox)
    {
        TurnOf = c.Plan.Technique is GenerationTechnique.RoundRobin or GenerationTechnique.NominalGroup ? state.Present[c.Turn] : (ParticipantId?)null,
        Pass = c.Plan.Technique == GenerationTechnique.Brainwriting ? c.Pass : null,
        Step = c.Plan.Technique == GenerationTechnique.OneTwoFourAll ? c.Step : null,
        Teams = c.Teams.IsEmpty ? null : new Seating(c.Round, c.Teams.Select((t, i) => new KeyValuePair<GroupId, IEnumerable<ParticipantId>>(c.TeamId(i), t))),
    };

    /// <summary>Gets the running round as it stood right after an event of the log (for a retried command whose round has ended since), or null.</summary>
    public RoundStatus? StatusAt(IEnumerable<BrainstormEvent> log, long version)
    {
        var state = new BrainstormState(_design.Participants);
        foreach (var e in log.TakeWhile(e => e.Version <= version))
        {
            state = Evolve(state, e);
        }

        return state.Current is { } c ? Status(state, c) : null;
    }

    private static BrainstormCommand Command(BrainstormEvent e) => e switch
    {
        RoundStarted => BrainstormCommand.StartRound,
        IdeaAdded => BrainstormCommand.AddIdea,
        TurnPassed => BrainstormCommand.PassTurn,
        SheetsPassed => BrainstormCommand.PassSheets,
        StepStarted => BrainstormCommand.NextStep,
        RoundExtended => BrainstormCommand.ExtendRound,
        RoundPaused => BrainstormCommand.PauseRound,
        RoundResumed => BrainstormCommand.ResumeRound,
        RoundEnded => BrainstormCommand.EndRound,
        PhaseBegan { To: BrainstormPhase.Clarifying } => BrainstormCommand.BeginClarifying,
        PhaseBegan { To: BrainstormPhase.Clustering } => BrainstormCommand.BeginClustering,
        PhaseBegan => BrainstormCommand.Close,
        IdeaClarified => BrainstormCommand.ClarifyIdea,
        ClusterAdded => BrainstormCommand.AddCluster,
        ClusterNamed => BrainstormCommand.NameCluster,
        IdeaPlaced => BrainstormCommand.PlaceIdea,
        ClustersMerged => BrainstormCommand.MergeClusters,
        DuplicateMarked => BrainstormCommand.MarkDuplicate,
        VotingBegan => BrainstormCommand.BeginVoting,
        DotsCast => BrainstormCommand.CastDots,
        RankingCast => BrainstormCommand.CastRanking,
        VotingEnded => BrainstormCommand.EndVoting,
        DecisionRecorded => BrainstormCommand.Decide,
        ParticipantJoined => BrainstormCommand.Join,
        ParticipantLeft => BrainstormCommand.Leave,
        _ => throw new InvalidOperationException($"{e.GetType().Name} is not a brainstorm command."),
    };

    // Judging ideas while they are generated stifles them: say so, rather than only naming the phase.
    private static string? Deferred(BrainstormState state, BrainstormCommand command) =>
        state.Phase == BrainstormPhase.Generating && command is BrainstormCommand.MarkDuplicate or BrainstormCommand.BeginVoting or BrainstormCommand.CastDots or BrainstormCommand.CastRanking
            ? T("Deferred", command)
            : null;

    private static void AddIfAny(List<ImmutableArray<ImmutableArray<ParticipantId>>> rounds, ImmutableArray<ImmutableArray<ParticipantId>> groups)
    {
        if (!groups.IsEmpty)
        {
            rounds.Add(groups);
        }
    }

    // The timer starts the next timebox when the last one ended, however late it fired, so time-driven runs are reproducible.
    private static Timebox NextTimebox(CurrentRound current, BrainstormEvent e) =>
        new(e.Actor.Role == ActorRole.System ? current.Timebox.EndsAt : e.OccurredAt, current.Plan.Duration);

    private static bool TakesTurns(BrainstormState state) => state.Current?.Plan.Technique is GenerationTechnique.RoundRobin or GenerationTechnique.NominalGroup;

    // Sheets pass while one of them is still to meet a member of its team; with nobody joining or leaving that is
    // as many passes as the largest team has members, and a smaller team rests in the last pass.
    private static bool CanPassSheets(BrainstormState state) =>
        state.Current is { Plan.Technique: GenerationTechnique.Brainwriting } c && c.Sheets.Where((sheets, t) => sheets.Any(s => s.StillToMeet(c.Teams[t]))).Any();

    // An arrival takes turns after everyone here (they are last in Present), and joins the smallest team of the moment.
    private static CurrentRound Arrive(CurrentRound current, ParticipantId person)
    {
        if (current.Teams.IsEmpty)
        {
            return current;
        }

        var t = Smallest(current.Teams);
        var teams = current.Teams.SetItem(t, current.Teams[t].Add(person));
        switch (current.Plan.Technique)
        {
            case GenerationTechnique.Brainwriting:
                // A sheet parked by someone who left goes on with the newcomer (if they never held it); otherwise they start a fresh one.
                var sheets = current.Sheets[t];
                var parked = sheets.FirstOrDefault(s => s.Holder is null && !s.HeldBefore.Contains(person));
                sheets = parked is null ? sheets.Add(new Sheet(sheets.Length + 1, person, [])) : sheets.Replace(parked, parked with { Holder = person });
                return current with { Teams = teams, Sheets = current.Sheets.SetItem(t, sheets) };
            case GenerationTechnique.OneTwoFourAll when current.Step == OneTwoFourAllStep.Pairs:
                return current.WithPairs(teams);
            default:
                return current.WithFours(teams);
        }
    }

    // A leaver leaves their team (an emptied team stays, so team ids never shift); their sheet is parked; the turn stays with the
    // person it was with, or passes to the next one when it was the leaver's.
    private static CurrentRound Depart(CurrentRound current, ParticipantId person, int position, int stillHere)
    {
        var turn = position < current.Turn ? current.Turn - 1 : current.Turn;
        current = current with { Turn = turn >= stillHere ? 0 : turn };
        if (current.TeamOf(person) is not { } t)
        {
            return current;
        }

        var teams = current.Teams.SetItem(t, current.Teams[t].Remove(person));
        switch (current.Plan.Technique)
        {
            case GenerationTechnique.Brainwriting:
                var sheets = current.Sheets[t];
                var held = sheets.First(s => s.Holder == person);
                return current with { Teams = teams, Sheets = current.Sheets.SetItem(t, sheets.Replace(held, held.Park())) };
            case GenerationTechnique.OneTwoFourAll when current.Step == OneTwoFourAllStep.Pairs:
                return current.WithPairs(teams);
            default:
                return current.WithFours(teams);
        }
    }

    private static int Smallest(ImmutableArray<ImmutableArray<ParticipantId>> teams)
    {
        var smallest = 0;
        for (var t = 1; t < teams.Length; t++)
        {
            smallest = teams[t].Length < teams[smallest].Length ? t : smallest;
        }

        return smallest;
    }

    private static bool CanTakeNextStep(BrainstormState state) =>
        state.Current is { Plan.Technique: GenerationTechnique.OneTwoFourAll, Step: < OneTwoFourAllStep.All };

    private void Configure(PhaseSetup<BrainstormPhase, BrainstormCommand> m, Func<BrainstormState> state)
    {
        // People come and go in every phase but the last: configured once, on a superphase no brainstorm is ever in. Someone on the roster
        // who is away may always come back; a newcomer needs room on it.
        m.Superphase(DoorsOpen, nameof(DoorsOpen))
            .InternalTransitionIf(BrainstormCommand.Join, _ => state().Roster.Count < Limits.MaxParticipants || state().Present.Count < state().Roster.Count, _ => { }, "room on the roster (Limits.MaxParticipants people), or someone on it away")
            .InternalTransitionIf(BrainstormCommand.Leave, _ => state().Present.Count > 1, _ => { }, "more than one person here");

        // The design plans at least one round, so the first one can always start.
        m.Configure(BrainstormPhase.Setup).SubstateOf(DoorsOpen)
            .Permit(BrainstormCommand.StartRound, BrainstormPhase.Generating);
        m.Configure(BrainstormPhase.Generating).SubstateOf(DoorsOpen)
            .InternalTransition(BrainstormCommand.AddIdea, _ => { })
            .InternalTransitionIf(BrainstormCommand.PassTurn, _ => TakesTurns(state()) && state().Current!.Plan.AllowPassing, _ => { }, "a round that takes turns and allows passing")
            .InternalTransitionIf(BrainstormCommand.PassSheets, _ => CanPassSheets(state()), _ => { }, "a brainwriting round with a sheet still to meet someone")
            .InternalTransitionIf(BrainstormCommand.NextStep, _ => CanTakeNextStep(state()), _ => { }, "a 1-2-4-All round before its All step")
            .InternalTransition(BrainstormCommand.ExtendRound, _ => { })
            .InternalTransitionIf(BrainstormCommand.PauseRound, _ => state().Current is { Timebox.IsPaused: false }, _ => { }, "a running timebox")
            .InternalTransitionIf(BrainstormCommand.ResumeRound, _ => state().Current is { Timebox.IsPaused: true }, _ => { }, "a paused timebox")
            .Permit(BrainstormCommand.EndRound, BrainstormPhase.BetweenRounds);
        m.Configure(BrainstormPhase.BetweenRounds).SubstateOf(DoorsOpen)
            .PermitIf(BrainstormCommand.StartRound, BrainstormPhase.Generating, () => state().RoundsStarted < _design.Rounds.Length, "a planned round not yet started")
            .Permit(BrainstormCommand.BeginClarifying, BrainstormPhase.Clarifying);
        m.Configure(BrainstormPhase.Clarifying).SubstateOf(DoorsOpen)
            .InternalTransition(BrainstormCommand.ClarifyIdea, _ => { })
            .Permit(BrainstormCommand.BeginClustering, BrainstormPhase.Clustering);
        m.Configure(BrainstormPhase.Clustering).SubstateOf(DoorsOpen)
            .InternalTransition(BrainstormCommand.AddCluster, _ => { })
            .InternalTransition(BrainstormCommand.NameCluster, _ => { })
            .InternalTransition(BrainstormCommand.PlaceIdea, _ => { })
            .InternalTransition(BrainstormCommand.MergeClusters, _ => { })
            .InternalTransition(BrainstormCommand.MarkDuplicate, _ => { })
            .PermitIf(BrainstormCommand.BeginVoting, BrainstormPhase.Voting, () => state().Ideas.Exists(i => i.DuplicateOf is null), "at least one idea that is not a duplicate");
        m.Configure(BrainstormPhase.Voting).SubstateOf(DoorsOpen)
            .InternalTransitionIf(BrainstormCommand.CastDots, _ => _voting == VotingMethod.Dots, _ => { }, "dot voting")
            .InternalTransitionIf(BrainstormCommand.CastRanking, _ => _voting == VotingMethod.Ranked, _ => { }, "ranked voting")
            .Permit(BrainstormCommand.EndVoting, BrainstormPhase.Deciding);
        m.Configure(BrainstormPhase.Deciding).SubstateOf(DoorsOpen)
            .InternalTransition(BrainstormCommand.Decide, _ => { })
            .Permit(BrainstormCommand.Close, BrainstormPhase.Closed);
        m.Configure(BrainstormPhase.Closed);
    }

    private void RequireFacilitator(BrainstormState state, BrainstormCommand command, Actor actor)
    {
        if (RoleOf(actor) != ActorRole.Facilitator)
        {
            throw Reject(state, command, RejectionKind.NotPermitted, T("FacilitatorOnly", command, actor));
        }
    }

    // A co-facilitator the design names acts as the facilitator; one it does not name has no rights at all.
    private ActorRole RoleOf(Actor actor) =>
        actor.Role == ActorRole.CoFacilitator && _coFacilitators.Contains(actor.Participant!.Value) ? ActorRole.Facilitator : actor.Role;

    private ParticipantId RequireKnownParticipant(BrainstormState state, BrainstormCommand command, Actor actor)
    {
        var id = actor.Participant!.Value;
        return state.Here.Contains(id) ? id : throw Reject(state, command, RejectionKind.NotPermitted, NotHere(state, id));
    }

    private static string NotHere(BrainstormState state, ParticipantId id) => state.Roster.ContainsKey(id)
        ? T("HasLeft", Identifier.Shorten(id.Value))
        : T("NotParticipant", Identifier.Shorten(id.Value ?? T("None")));

    private ParticipantJoined DecideJoin(BrainstormState state, Actor actor, ParticipantJoined j)
    {
        const BrainstormCommand command = BrainstormCommand.Join;
        RequireFacilitator(state, command, actor);
        var person = j.Participant ?? throw Reject(state, command, RejectionKind.InvalidInput, T("JoinWho"));
        var id = Identifier.Shorten(person.Id.Value);
        if (state.Here.Contains(person.Id))
        {
            throw Reject(state, command, RejectionKind.Conflict, T("AlreadyHere", id));
        }

        if (state.Roster.TryGetValue(person.Id, out var known) && known != person)
        {
            throw Reject(state, command, RejectionKind.InvalidInput, T("JoinedEarlierAs", id, known.DisplayName));
        }

        return known is null && state.Roster.Count >= Limits.MaxParticipants
            ? throw Reject(state, command, RejectionKind.Conflict, T("TooManyPeople", Limits.MaxParticipants))
            : new ParticipantJoined(person);
    }

    private ParticipantLeft DecideLeave(BrainstormState state, Actor actor, ParticipantLeft l)
    {
        const BrainstormCommand command = BrainstormCommand.Leave;
        var person = l.Participant;
        if (actor.Role == ActorRole.Participant)
        {
            if (actor.Participant != person)
            {
                throw Reject(state, command, RejectionKind.NotPermitted, T("LeaveNotSelf", Identifier.Shorten(person.Value ?? T("None")), actor));
            }
        }
        else
        {
            RequireFacilitator(state, command, actor);
        }

        // The phase machine's guard has already refused the last person here: a brainstorm always has someone to take a turn.
        return person.Value is null || !state.Here.Contains(person)
            ? throw Reject(state, command, person.Value is not null && state.Roster.ContainsKey(person) ? RejectionKind.Conflict : RejectionKind.InvalidInput, NotHere(state, person))
            : new ParticipantLeft(person);
    }

    // Refusals are written in the caller's UI culture, which the engine sets to SessionOptions.Culture while a command runs.
    private static string T(string key, params object?[] args) => TextCatalog.Say("Refusal.Brainstorm." + key, args);

    private string CheckText(BrainstormState state, BrainstormCommand command, string? text, string what, int max) =>
        Identifier.FindTextProblem(text, what, max) is { } problem ? throw Reject(state, command, RejectionKind.InvalidInput, problem) : text!;

    private Idea RequireIdea(BrainstormState state, BrainstormCommand command, ContributionId id) =>
        state.FindIdea(id) ?? throw Reject(state, command, RejectionKind.InvalidInput, T("NoIdea", Identifier.Shorten(id.Value ?? T("None"))));

    private int RequireCluster(BrainstormState state, BrainstormCommand command, string? id)
    {
        var index = state.FindCluster(id);
        return index >= 0 ? index : throw Reject(state, command, RejectionKind.InvalidInput, T("NoCluster", Identifier.Shorten(id ?? T("None"))));
    }

    /// <summary>Finds the two things a command names (the clusters to merge, an idea and its original): each must exist, and they must not be one.</summary>
    private (TFound First, TFound Second) RequireTwo<TId, TFound>(
        BrainstormState state, BrainstormCommand command, Func<BrainstormState, BrainstormCommand, TId, TFound> require, TId first, TId second, string sameKey)
    {
        var one = require(state, command, first);
        var other = require(state, command, second);
        return EqualityComparer<TFound>.Default.Equals(one, other) ? throw Reject(state, command, RejectionKind.InvalidInput, T(sameKey)) : (one, other);
    }

    private IdeaAdded DecideIdea(BrainstormState state, Actor actor, Idea proposed, DateTimeOffset now)
    {
        const BrainstormCommand command = BrainstormCommand.AddIdea;
        var current = state.Current!;
        var technique = current.Plan.Technique;
        var anonymous = current.Plan.Anonymous;
        var turnHolder = TakesTurns(state) ? state.Present[current.Turn] : (ParticipantId?)null;
        ParticipantId? author = null;
        switch (RoleOf(actor))
        {
            case ActorRole.Participant:
                author = RequireKnownParticipant(state, command, actor);
                if (turnHolder is { } holder && author != holder)
                {
                    throw Reject(state, command, RejectionKind.Conflict, T("NotYourTurn", holder, author));
                }

                break;

            // Replaying an anonymous idea: its writer was checked when it was written and is, by design, not known now.
            case ActorRole.Anonymous when anonymous:
                break;
            case ActorRole.Facilitator when technique == GenerationTechnique.Brainwriting:
                throw Reject(state, command, RejectionKind.NotPermitted, T("BrainwritingOwnSheet"));
            case ActorRole.Facilitator:
                author = turnHolder;
                break;
            default:
                throw Reject(state, command, RejectionKind.NotPermitted, T("IdeasFromPeople"));
        }

        GroupId? team = null;
        int? sheet = null;
        if (technique == GenerationTechnique.Brainwriting && author is { } writer)
        {
            var t = current.TeamOf(writer)!.Value;
            var held = current.Sheets[t].First(s => s.Holder == writer);
            if (held.HeldBefore.Contains(writer))
            {
                throw Reject(state, command, RejectionKind.Conflict, T("SheetsMetEveryone"));
            }

            team = current.TeamId(t);
            sheet = held.Number;
            if (!anonymous)
            {
                var written = 0;
                for (var i = state.Ideas.Count - 1; i >= 0 && state.Ideas[i].Round == current.Round; i--)
                {
                    var other = state.Ideas[i];
                    written += other.Team == team && other.Sheet == sheet && other.Pass == current.Pass ? 1 : 0;
                }

                if (written >= current.Plan.IdeasPerSheet)
                {
                    throw Reject(state, command, RejectionKind.Conflict, T("SheetFull", sheet, written));
                }
            }
        }
        else if (technique == GenerationTechnique.OneTwoFourAll && author is { } member && current.TeamOf(member) is { } t)
        {
            team = current.TeamId(t);
        }

        var text = CheckText(state, command, proposed.Text, "idea", Limits.MaxTextLength);
        string? category = null;
        if (proposed.Category is not null)
        {
            CheckText(state, command, proposed.Category, "category", Limits.MaxNameLength);
            if (_categories.Count == 0)
            {
                category = proposed.Category;
            }
            else if (!_categories.TryGetValue(proposed.Category, out category))
            {
                throw Reject(state, command, RejectionKind.InvalidInput, T("UnknownCategory", Identifier.Shorten(proposed.Category), string.Join(", ", _design.Categories)));
            }
        }

        if (proposed.BuildsOn is { } basis)
        {
            var earlier = RequireIdea(state, command, basis);
            if (technique == GenerationTechnique.Brainwriting && !anonymous && (earlier.Round != current.Round || earlier.Team != team || earlier.Sheet != sheet))
            {
                throw Reject(state, command, RejectionKind.InvalidInput, T("BuildOnSameSheet", basis));
            }
        }

        if (state.Ideas.Count >= BrainstormDefaults.MaxIdeas)
        {
            throw Reject(state, command, RejectionKind.Conflict, T("TooManyIdeas", BrainstormDefaults.MaxIdeas));
        }

        // An anonymous idea keeps nothing that narrows its writer: no author, team, sheet, pass or step.
        var idea = new Idea(new ContributionId($"idea-{state.Ideas.Count + 1}"), text, current.Round, now)
        {
            Author = anonymous ? null : author,
            Category = category,
            BuildsOn = proposed.BuildsOn,
            Team = anonymous ? null : team,
            Sheet = anonymous ? null : sheet,
            Pass = anonymous || technique != GenerationTechnique.Brainwriting ? null : current.Pass,
            Step = anonymous || technique != GenerationTechnique.OneTwoFourAll ? null : current.Step,
        };
        return new IdeaAdded(idea, anonymous);
    }

    private TurnPassed DecidePassTurn(BrainstormState state, Actor actor)
    {
        const BrainstormCommand command = BrainstormCommand.PassTurn;
        var current = state.Current!;
        var holder = state.Present[current.Turn];
        if (actor.Role == ActorRole.Participant)
        {
            if (RequireKnownParticipant(state, command, actor) != holder)
            {
                throw Reject(state, command, RejectionKind.NotPermitted, T("PassNotYours", holder));
            }
        }
        else
        {
            RequireFacilitator(state, command, actor);
        }

        return new TurnPassed(holder, state.Present[(current.Turn + 1) % state.Present.Count]);
    }

    private StepStarted DecideStep(BrainstormState state)
    {
        var current = state.Current!;
        var step = current.Step + 1;
        var seed = unchecked((_design.Seed * 31) + current.Round.Number);
        ImmutableArray<ParticipantId> people = [.. state.Present];
        var groups = step switch
        {
            OneTwoFourAllStep.Pairs => PartnerPlanning.FormPairs(people, state.PairRounds, _design.MetBefore, seed),
            OneTwoFourAllStep.Fours => PartnerPlanning.FormFours(people, [.. current.Pairs.Where(p => !p.IsEmpty)], state.FourRounds, _design.MetBefore, seed),
            _ => [],
        };
        return new StepStarted(current.Round, step, groups);
    }

    private RoundExtended DecideExtend(BrainstormState state, TimeSpan change)
    {
        var current = state.Current!;
        if (change > Timebox.MaxDuration || change < -Timebox.MaxDuration || current.Timebox.Duration + change > Timebox.MaxDuration)
        {
            throw Reject(state, BrainstormCommand.ExtendRound, RejectionKind.InvalidInput, T("ExtendRange"));
        }

        return new RoundExtended(current.Round, change);
    }

    private IdeaClarified DecideClarify(BrainstormState state, IdeaClarified c)
    {
        const BrainstormCommand command = BrainstormCommand.ClarifyIdea;
        var found = RequireIdea(state, command, c.Idea);
        CheckText(state, command, c.Clarification, "clarification", Limits.MaxTextLength);
        if (found.Clarifications.Length >= BrainstormDefaults.MaxClarificationsPerIdea)
        {
            throw Reject(state, command, RejectionKind.Conflict, T("TooManyClarifications", BrainstormDefaults.MaxClarificationsPerIdea));
        }

        return c;
    }

    private ClusterAdded DecideCluster(BrainstormState state, string? heading)
    {
        const BrainstormCommand command = BrainstormCommand.AddCluster;
        if (heading is not null)
        {
            CheckText(state, command, heading, "heading", Limits.MaxNameLength);
        }

        if (state.Clusters.Count >= BrainstormDefaults.MaxClusters)
        {
            throw Reject(state, command, RejectionKind.Conflict, T("TooManyClusters", BrainstormDefaults.MaxClusters));
        }

        return new ClusterAdded(new Cluster($"cluster-{state.NextCluster}", heading, []));
    }

    private IdeaPlaced DecidePlace(BrainstormState state, IdeaPlaced p)
    {
        const BrainstormCommand command = BrainstormCommand.PlaceIdea;
        RequireIdea(state, command, p.Idea);
        var index = RequireCluster(state, command, p.Cluster);
        return state.Clusters[index].Ideas.Contains(p.Idea) ? throw Reject(state, command, RejectionKind.Conflict, T("AlreadyInCluster", p.Idea, p.Cluster)) : p;
    }

    private ClustersMerged DecideMerge(BrainstormState state, string into, string from)
    {
        const BrainstormCommand command = BrainstormCommand.MergeClusters;
        var (target, source) = RequireTwo(state, command, RequireCluster, into, from, "MergeSelf");
        var kept = state.Clusters[target];
        return new ClustersMerged(kept.Id, state.Clusters[source].Id, [.. kept.Ideas, .. state.Clusters[source].Ideas.Where(i => !kept.Ideas.Contains(i))]);
    }

    private DuplicateMarked DecideDuplicate(BrainstormState state, ContributionId idea, ContributionId original)
    {
        const BrainstormCommand command = BrainstormCommand.MarkDuplicate;
        var (copy, first) = RequireTwo(state, command, RequireIdea, idea, original, "DuplicateSelf");
        if (copy.DuplicateOf is { } already)
        {
            throw Reject(state, command, RejectionKind.Conflict, T("AlreadyDuplicate", idea, already));
        }

        if (first.DuplicateOf is { } root)
        {
            throw Reject(state, command, RejectionKind.InvalidInput, T("OriginalIsDuplicate", original, idea, root));
        }

        return state.Ideas.Exists(i => i.DuplicateOf == idea)
            ? throw Reject(state, command, RejectionKind.InvalidInput, T("HasDuplicates", idea, original))
            : new DuplicateMarked(idea, original);
    }

    private VotingBegan DecideVoting(BrainstormState state)
    {
        ImmutableArray<ContributionId> ballot = [.. state.Ideas.Where(i => i.DuplicateOf is null).Select(i => i.Id)];
        var budget = _voting == VotingMethod.Dots
            ? _design.DotsPerPerson ?? Tally.DefaultBudget(ballot.Length, _design.MaxDotsPerPerson)
            : Math.Min(_design.RankedChoices, ballot.Length);
        return new VotingBegan(_voting, ballot, budget);
    }

    private void RequireVoter(BrainstormState state, BrainstormCommand command, Actor actor, ParticipantId voter)
    {
        if (actor.Role == ActorRole.Participant)
        {
            if (RequireKnownParticipant(state, command, actor) != voter)
            {
                throw Reject(state, command, RejectionKind.NotPermitted, T("VoteAs", actor, Identifier.Shorten(voter.Value ?? T("None"))));
            }
        }
        else if (RoleOf(actor) != ActorRole.Facilitator)
        {
            throw Reject(state, command, RejectionKind.NotPermitted, T("VotesFromPeople"));
        }

        if (voter.Value is null || !state.Here.Contains(voter))
        {
            throw Reject(state, command, RejectionKind.InvalidInput, NotHere(state, voter));
        }
    }

    private DotsCast DecideDots(BrainstormState state, Actor actor, DotsCast proposed)
    {
        const BrainstormCommand command = BrainstormCommand.CastDots;
        RequireVoter(state, command, actor, proposed.Voter);
        var onBallot = state.Ballot.ToHashSet();
        var builder = ImmutableSortedDictionary.CreateBuilder<ContributionId, int>();
        var total = 0L;
        foreach (var (idea, count) in proposed.Dots)
        {
            if (!onBallot.Contains(idea))
            {
                throw Reject(state, command, RejectionKind.InvalidInput, T("NotOnBallot", Identifier.Shorten(idea.Value ?? T("None"))));
            }

            if (count < 0)
            {
                throw Reject(state, command, RejectionKind.InvalidInput, T("NegativeDots", count, idea));
            }

            if (_design.MaxDotsPerIdea is { } cap && count > cap)
            {
                throw Reject(state, command, RejectionKind.Conflict, T("DotsCap", cap, idea, count));
            }

            total += count;
            if (count > 0)
            {
                builder[idea] = count;
            }
        }

        return total > state.Budget
            ? throw Reject(state, command, RejectionKind.Conflict, T("OverBudget", proposed.Voter, state.Budget, total))
            : new DotsCast(proposed.Voter, builder.ToImmutable());
    }

    private RankingCast DecideRanking(BrainstormState state, Actor actor, RankingCast proposed)
    {
        const BrainstormCommand command = BrainstormCommand.CastRanking;
        RequireVoter(state, command, actor, proposed.Voter);
        var ranking = proposed.Ranking;
        if (ranking.IsDefaultOrEmpty || ranking.Length > state.Budget)
        {
            throw Reject(state, command, RejectionKind.InvalidInput, T("RankingSize", state.Budget));
        }

        var onBallot = state.Ballot.ToHashSet();
        if (ranking.FirstOrDefault(i => !onBallot.Contains(i)) is { Value.Length: > 0 } stranger)
        {
            throw Reject(state, command, RejectionKind.InvalidInput, T("NotOnBallot", Identifier.Shorten(stranger.Value)));
        }

        return ranking.Any(i => string.IsNullOrEmpty(i.Value)) || ranking.Distinct().Count() != ranking.Length
            ? throw Reject(state, command, RejectionKind.InvalidInput, T("RankingOnce"))
            : proposed;
    }

    private DecisionRecorded DecideDecision(BrainstormState state, BrainstormDecision proposed)
    {
        const BrainstormCommand command = BrainstormCommand.Decide;
        var list = proposed.Chosen.IsDefault ? [] : proposed.Chosen;
        var onBallot = state.Ballot.ToHashSet();
        if (list.Length == 0 || list.Any(i => !onBallot.Contains(i)) || list.Distinct().Count() != list.Length)
        {
            throw Reject(state, command, RejectionKind.InvalidInput, T("DecisionIdeas"));
        }

        if (proposed.Note is not null)
        {
            CheckText(state, command, proposed.Note, "decision note", Limits.MaxTextLength);
        }

        return new DecisionRecorded(new BrainstormDecision(list, proposed.Note));
    }
}
