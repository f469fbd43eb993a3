using System.Collections.Immutable;
using Stateless;

namespace Facilitation.Methods.Brainstorm;

/// <summary>
/// One brainstorm, from setup through generation rounds, clarifying, clustering and voting to a decision.
/// Every command names its actor, is checked against the phase and the actor's rights before anything changes,
/// and raises one typed event; subscribe with <see cref="Subscribe"/> or <see cref="ObservableSessionExtensions.OnEvent{TEvent}"/>.
/// </summary>
/// <remarks>
/// Thread-safe: commands are applied one at a time; a refused command throws <see cref="CommandRejectedException"/> and
/// leaves the session unchanged. Commands may carry a client-chosen id: a retry with the same id is applied once.
/// Judgement is deferred: there is no way to vote or rank while ideas are being generated.
/// Dispose the session to stop its round timer.
/// </remarks>
public sealed partial class BrainstormSession : IObservable<BrainstormEvent>, IDisposable
{
    private static readonly BrainstormDesignValidator Validator = new();

    private readonly BrainstormDesign _design;
    private readonly ImmutableArray<ParticipantId> _people;
    private readonly Dictionary<ParticipantId, int> _position;
    private readonly Dictionary<string, string> _categories;
    private readonly VotingMethod _voting;
    private readonly SessionKernel<BrainstormEvent> _kernel;
    private readonly StateMachine<BrainstormPhase, BrainstormCommand> _machine;
    private BrainstormState _state;
    private ITimer? _timer;
    private long _timerGeneration;
    private bool _disposed;

    private BrainstormSession(BrainstormDesign design, TimeProvider clock, BrainstormState state, long version, IEnumerable<string> commandIds, Action<Exception>? onSubscriberError)
    {
        _design = design;
        _people = [.. design.Participants.Select(p => p.Id)];
        _position = _people.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        _categories = design.Categories.ToDictionary(c => c, c => c, StringComparer.OrdinalIgnoreCase);
        _voting = design.EffectiveVoting;
        _state = state;
        _kernel = new SessionKernel<BrainstormEvent>(clock, onSubscriberError, version);
        _kernel.Restore(version, commandIds, []);
        _machine = BuildMachine();
    }

    /// <summary>Gets the design the session runs (validated and frozen).</summary>
    public BrainstormDesign Design => _design;

    /// <summary>Gets the clock every reading goes through.</summary>
    public TimeProvider Clock => _kernel.Clock;

    /// <summary>Gets the session version: the number of accepted commands.</summary>
    public long Version => _kernel.Version;

    /// <summary>Gets the current phase.</summary>
    public BrainstormPhase Phase => Read(() => _state.Phase);

    /// <summary>Gets the voting method in effect (the design's, or its default).</summary>
    public VotingMethod VotingMethod => _voting;

    /// <summary>Gets the commands the session accepts now, from anyone allowed to send them.</summary>
    public IReadOnlyList<BrainstormCommand> PermittedCommands => Read(() => PhaseMachine.Permitted(_machine));

    /// <summary>Gets the running round, or null between rounds.</summary>
    public RoundStatus? CurrentRound => Read(() => _state.Current is { } c ? Status(c) : null);

    /// <summary>Gets how many generation rounds have started.</summary>
    public int RoundsStarted => Read(() => _state.RoundsStarted);

    /// <summary>Gets every idea, in the order recorded; none is ever removed.</summary>
    public ImmutableArray<Idea> Ideas => Read(() => _state.Ideas.ToImmutableArray());

    /// <summary>Gets the affinity clusters, in the order added.</summary>
    public ImmutableArray<Cluster> Clusters => Read(() => _state.Clusters.ToImmutableArray());

    /// <summary>Gets the ideas on the ballot (every idea not marked as a duplicate), once voting has begun.</summary>
    public ImmutableArray<ContributionId> Ballot => Read(() => _state.Ballot);

    /// <summary>Gets each person's dot budget once dot voting has begun, else 0.</summary>
    public int DotsPerPerson => Read(() => _voting == VotingMethod.Dots ? _state.Budget : 0);

    /// <summary>Gets the recorded dot ballots, by voter (for audit and recounts; not for participants).</summary>
    public ImmutableSortedDictionary<ParticipantId, ImmutableSortedDictionary<ContributionId, int>> DotBallots => Read(() => _state.Dots.ToImmutableSortedDictionary());

    /// <summary>Gets the recorded ranked ballots, by voter (for audit and recounts; not for participants).</summary>
    public ImmutableSortedDictionary<ParticipantId, ImmutableArray<ContributionId>> RankedBallots => Read(() => _state.Rankings.ToImmutableSortedDictionary());

    /// <summary>Gets the ranking fixed when voting ended, or null before.</summary>
    public BrainstormResult? Result => Read(() => _state.Result);

    /// <summary>Gets the group's decision, or null before one is recorded.</summary>
    public BrainstormDecision? Decision => Read(() => _state.Decision);

    /// <summary>Gets the events raised since the session was created or restored, in version order.</summary>
    public ImmutableArray<BrainstormEvent> Events => _kernel.Events;

    /// <summary>Creates a session in the <see cref="BrainstormPhase.Setup"/> phase.</summary>
    /// <param name="design">The design; it is validated as a whole.</param>
    /// <param name="clock">The clock for timers and timestamps; the system clock when null.</param>
    /// <param name="onSubscriberError">Called when an event handler throws; the session is never affected.</param>
    /// <returns>The session.</returns>
    /// <exception cref="InvalidDesignException">The design cannot run; <see cref="InvalidDesignException.Errors"/> lists every problem.</exception>
    public static BrainstormSession Create(BrainstormDesign design, TimeProvider? clock = null, Action<Exception>? onSubscriberError = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ThrowIfInvalid(design);
        return new BrainstormSession(design, clock ?? TimeProvider.System, new BrainstormState(), 0, [], onSubscriberError);
    }

    /// <summary>Lists every problem with a design without creating a session; warnings are prefixed "Warning:".</summary>
    /// <param name="design">The design.</param>
    /// <returns>One sentence per problem; empty when the design can run without remarks.</returns>
    public static IReadOnlyList<string> Check(BrainstormDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return [.. Validator.Validate(design).Errors.Select(e => e.Severity == FluentValidation.Severity.Error ? e.ErrorMessage : "Warning: " + e.ErrorMessage)];
    }

    /// <summary>Gets how many dots a person has left to place (dot voting).</summary>
    /// <param name="participant">The voter.</param>
    /// <returns>The dots left; 0 outside dot voting.</returns>
    public int DotsLeft(ParticipantId participant) => Read(() =>
        _voting != VotingMethod.Dots || _state.Phase != BrainstormPhase.Voting ? 0
        : _state.Budget - (_state.Dots.TryGetValue(participant, out var b) ? b.Values.Sum() : 0));

    /// <summary>Counts the recorded ballots now (during or after voting); the same ballots always give the same ranking.</summary>
    /// <returns>The ranking.</returns>
    public BrainstormResult CountVotes() => Read(CountNow);

    /// <summary>Gets the ideas in no cluster.</summary>
    /// <returns>The unclustered ideas, in the order recorded.</returns>
    public ImmutableArray<Idea> UnclusteredIdeas() => Read(() =>
    {
        var placed = _state.Clusters.SelectMany(c => c.Ideas).ToHashSet();
        return _state.Ideas.Where(i => !placed.Contains(i.Id)).ToImmutableArray();
    });

    /// <summary>Draws the phases and commands as a Mermaid state diagram.</summary>
    /// <returns>The Mermaid text.</returns>
    public string ToMermaid() => Read(() => PhaseMachine.ToMermaid(_machine));

    /// <inheritdoc />
    public IDisposable Subscribe(IObserver<BrainstormEvent> observer) => _kernel.Subscribe(observer);

    /// <summary>Stops the round timer. The session stays readable and usable, but rounds no longer end by themselves.</summary>
    public void Dispose()
    {
        lock (_kernel.Gate)
        {
            _disposed = true;
            StopTimer();
        }
    }

    internal BrainstormHarvest.Snapshot TakeSnapshot() => Read(() => new BrainstormHarvest.Snapshot(
        _design,
        _state.Phase,
        _state.RoundsStarted,
        [.. _state.Ideas],
        [.. _state.Clusters],
        _state.Result ?? (_state.Phase == BrainstormPhase.Voting ? CountNow() : null),
        _state.Result is not null,
        _state.Decision));

    private static void ThrowIfInvalid(BrainstormDesign design)
    {
        var errors = Validator.Validate(design).Errors.Where(e => e.Severity == FluentValidation.Severity.Error).Select(e => e.ErrorMessage).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidDesignException("brainstorm design", errors);
        }
    }

    /// <summary>Runs a command through the kernel, remembering which command a client id belonged to, so a reused id never returns another command's result.</summary>
    private T Run<T>(BrainstormCommand command, string? commandId, Actor stamp, Func<DateTimeOffset, List<BrainstormEvent>, T> apply)
    {
        var outcome = _kernel.Execute<Outcome?>(commandId, stamp, (now, events) => new Outcome(command, apply(now, events)));
        if (outcome is { } o && o.Command == command)
        {
            return (T)o.Value!;
        }

        var reason = outcome is { } other
            ? $"the command id '{Identifier.Shorten(commandId!)}' was already used for {other.Command}; give a new command a new id."
            : $"the command id '{Identifier.Shorten(commandId!)}' was applied before the session was saved; it is not applied again.";
        throw Read(() => Refuse(command, RejectionKind.Conflict, reason));
    }

    private T Read<T>(Func<T> read)
    {
        lock (_kernel.Gate)
        {
            return read();
        }
    }

    private BrainstormResult CountNow() =>
        Tally.Count(_voting, _state.Ballot, _state.Dots.Values, _state.Rankings.Values.Select(r => (IReadOnlyList<ContributionId>)r), _design.RankedChoices);

    private RoundStatus Status(CurrentRound c) => new(c.Round, c.Plan.Technique, c.Prompt, c.Plan.Anonymous, c.Timebox)
    {
        TurnOf = c.Plan.Technique is GenerationTechnique.RoundRobin or GenerationTechnique.NominalGroup ? _people[c.Turn] : (ParticipantId?)null,
        Pass = c.Plan.Technique == GenerationTechnique.Brainwriting ? c.Pass : null,
        Step = c.Plan.Technique == GenerationTechnique.OneTwoFourAll ? c.Step : null,
        Teams = c.Teams.IsEmpty ? null : new Seating(c.Round, c.Teams.Select((t, i) => new KeyValuePair<GroupId, IEnumerable<ParticipantId>>(c.TeamId(i), t))),
    };

    private StateMachine<BrainstormPhase, BrainstormCommand> BuildMachine()
    {
        var m = new StateMachine<BrainstormPhase, BrainstormCommand>(() => _state.Phase, p => _state.Phase = p);
        const string RoundLeft = "a planned round remains";
        m.Configure(BrainstormPhase.Setup)
            .PermitIf(BrainstormCommand.StartRound, BrainstormPhase.Generating, HasRoundLeft, RoundLeft);
        m.Configure(BrainstormPhase.Generating)
            .InternalTransitionIf(BrainstormCommand.AddIdea, Always, () => { }, "a participant, on their turn or sheet")
            .InternalTransitionIf(BrainstormCommand.PassTurn, _ => TakesTurns() && _state.Current!.Plan.AllowPassing, () => { }, "the round takes turns and allows passing")
            .InternalTransitionIf(BrainstormCommand.PassSheets, _ => CanPassSheets(), () => { }, "brainwriting, with a sheet still to meet someone")
            .InternalTransitionIf(BrainstormCommand.NextStep, _ => CanTakeNextStep(), () => { }, "1-2-4-All, before its All step")
            .InternalTransitionIf(BrainstormCommand.ExtendRound, Always, () => { }, "by the facilitator")
            .Permit(BrainstormCommand.EndRound, BrainstormPhase.BetweenRounds);
        m.Configure(BrainstormPhase.BetweenRounds)
            .PermitIf(BrainstormCommand.StartRound, BrainstormPhase.Generating, HasRoundLeft, RoundLeft)
            .Permit(BrainstormCommand.BeginClarifying, BrainstormPhase.Clarifying);
        m.Configure(BrainstormPhase.Clarifying)
            .InternalTransitionIf(BrainstormCommand.ClarifyIdea, Always, () => { }, "meaning only, no critique")
            .Permit(BrainstormCommand.BeginClustering, BrainstormPhase.Clustering);
        m.Configure(BrainstormPhase.Clustering)
            .InternalTransitionIf(BrainstormCommand.AddCluster, Always, () => { }, "heading now or later")
            .InternalTransitionIf(BrainstormCommand.NameCluster, Always, () => { }, "a heading may come late")
            .InternalTransitionIf(BrainstormCommand.PlaceIdea, Always, () => { }, "an idea may sit in several clusters")
            .InternalTransitionIf(BrainstormCommand.MergeClusters, Always, () => { }, "no idea is lost")
            .InternalTransitionIf(BrainstormCommand.MarkDuplicate, Always, () => { }, "marked, never deleted")
            .PermitIf(BrainstormCommand.BeginVoting, BrainstormPhase.Voting, () => _state.Ideas.Exists(i => i.DuplicateOf is null), "at least one idea is not a duplicate");
        m.Configure(BrainstormPhase.Voting)
            .InternalTransitionIf(BrainstormCommand.CastDots, _ => _voting == VotingMethod.Dots, () => { }, "the session votes with dots")
            .InternalTransitionIf(BrainstormCommand.CastRanking, _ => _voting == VotingMethod.Ranked, () => { }, "the session votes by ranking")
            .Permit(BrainstormCommand.EndVoting, BrainstormPhase.Deciding);
        m.Configure(BrainstormPhase.Deciding)
            .InternalTransitionIf(BrainstormCommand.Decide, Always, () => { }, "ideas from the ballot")
            .Permit(BrainstormCommand.Close, BrainstormPhase.Closed);
        return m;
    }

    /// <summary>A guard that always holds: it labels a command whose rules are checked with the command's payload.</summary>
    private static bool Always(object[] arguments) => true;

    private bool HasRoundLeft() => _state.RoundsStarted < _design.Rounds.Length;

    private bool TakesTurns() => _state.Current?.Plan.Technique is GenerationTechnique.RoundRobin or GenerationTechnique.NominalGroup;

    private bool CanPassSheets() =>
        _state.Current is { Plan.Technique: GenerationTechnique.Brainwriting } c && c.Pass + 1 < c.Teams.Max(t => t.Length);

    private bool CanTakeNextStep() =>
        _state.Current is { Plan.Technique: GenerationTechnique.OneTwoFourAll, Step: < OneTwoFourAllStep.All };

    /// <summary>Refuses a command the machine does not accept now, saying why in the facilitator's words.</summary>
    private void EnsurePermitted(BrainstormCommand command)
    {
        if (_machine.CanFire(command))
        {
            return;
        }

        var phase = _state.Phase;
        var reason = (command, phase) switch
        {
            (BrainstormCommand.StartRound, BrainstormPhase.Setup or BrainstormPhase.BetweenRounds) => $"all {_design.Rounds.Length} planned rounds have started; begin clarifying.",
            (BrainstormCommand.PassTurn, BrainstormPhase.Generating) => TakesTurns() ? "this round does not allow passing." : "this round does not take turns.",
            (BrainstormCommand.PassSheets, BrainstormPhase.Generating) => _state.Current!.Plan.Technique == GenerationTechnique.Brainwriting
                ? "every sheet has met every member of its team; end the round." : "only brainwriting rounds pass sheets.",
            (BrainstormCommand.NextStep, BrainstormPhase.Generating) => _state.Current!.Plan.Technique == GenerationTechnique.OneTwoFourAll
                ? "the round is already at its All step; end the round." : "only 1-2-4-All rounds have steps.",
            (BrainstormCommand.BeginVoting, BrainstormPhase.Clustering) => "there is no idea to vote on (every idea is marked as a duplicate).",
            (BrainstormCommand.CastDots, BrainstormPhase.Voting) => "this session votes by ranking; use CastRanking.",
            (BrainstormCommand.CastRanking, BrainstormPhase.Voting) => "this session votes with dots; use CastDots.",
            (BrainstormCommand.CastDots or BrainstormCommand.CastRanking, BrainstormPhase.Generating or BrainstormPhase.BetweenRounds or BrainstormPhase.Clarifying)
                => "judgement is deferred: votes are cast only in the voting phase.",
            _ => $"{command} is not possible while the session is in {phase}.",
        };
        throw PhaseMachine.Reject(_machine, command, RejectionKind.WrongPhase, reason);
    }

    private CommandRejectedException Refuse(BrainstormCommand command, RejectionKind kind, string reason) =>
        PhaseMachine.Reject(_machine, command, kind, reason);

    private void RequireFacilitator(BrainstormCommand command, Actor actor)
    {
        // The system actor is the session's own timers; a host may not borrow it to act as the facilitator.
        if (actor.Role != ActorRole.Facilitator)
        {
            throw Refuse(command, RejectionKind.NotPermitted, $"only the facilitator may send {command}; {actor} may not.");
        }
    }

    private ParticipantId RequireKnownParticipant(BrainstormCommand command, Actor actor)
    {
        var id = actor.Participant!.Value;
        if (!_position.ContainsKey(id))
        {
            throw Refuse(command, RejectionKind.NotPermitted, $"'{Identifier.Shorten(id.Value)}' is not a participant of this brainstorm.");
        }

        return id;
    }

    private string CheckText(BrainstormCommand command, string? text, string what, int max) =>
        Identifier.FindTextProblem(text, what, max) is { } problem ? throw Refuse(command, RejectionKind.InvalidInput, problem) : text!;

    private Idea RequireIdea(BrainstormCommand command, ContributionId id) =>
        _state.FindIdea(id) ?? throw Refuse(command, RejectionKind.InvalidInput, $"there is no idea '{Identifier.Shorten(id.Value)}'.");

    private int RequireCluster(BrainstormCommand command, string? id)
    {
        var index = _state.FindCluster(id);
        return index >= 0 ? index : throw Refuse(command, RejectionKind.InvalidInput, $"there is no cluster '{Identifier.Shorten(id ?? "(none)")}'.");
    }

    private sealed record Outcome(BrainstormCommand Command, object? Value);

    private void StopTimer()
    {
        _timerGeneration++;
        _timer?.Dispose();
        _timer = null;
    }

    /// <summary>Arms the timer for the running round's timebox; called under the gate after a command is validated.</summary>
    private void ArmTimer()
    {
        StopTimer();
        if (_disposed || !_design.EndRoundsWhenTimeIsUp || _state.Current is not { } current)
        {
            return;
        }

        var generation = _timerGeneration;
        // Never zero: some clocks run a due timer inside CreateTimer, which would end the round in the middle of this command.
        var due = current.Timebox.Remaining(Clock);
        if (due <= TimeSpan.Zero)
        {
            due = TimeSpan.FromTicks(1);
        }

        _timer = Clock.CreateTimer(_ => OnTimeUp(generation), state: null, due, Timeout.InfiniteTimeSpan);
    }

    private void OnTimeUp(long generation)
    {
        try
        {
            // One command per timebox that ran out; when the clock jumped past several (a late timer, a restored session),
            // take them one after the other, each with its own version and event.
            var again = true;
            while (again)
            {
                again = _kernel.Execute(null, Actor.System, (now, events) =>
                {
                    if (generation != _timerGeneration || _state.Current is not { } c || now < c.Timebox.EndsAt)
                    {
                        return false;
                    }

                    // The next timebox starts when the last one ended, however late the timer fired, so time-driven runs are reproducible.
                    if (CanPassSheets())
                    {
                        ApplyPassSheets(c.Timebox.EndsAt, events);
                    }
                    else if (CanTakeNextStep())
                    {
                        ApplyNextStep(c.Timebox.EndsAt, events);
                    }
                    else
                    {
                        ApplyEndRound(BrainstormCommand.EndRound, events);
                    }

                    generation = _timerGeneration;
                    return _state.Current is { } next && now >= next.Timebox.EndsAt;
                });
            }
        }
        catch (CommandRejectedException)
        {
            // The facilitator moved on first; nothing to do.
        }
    }
}
