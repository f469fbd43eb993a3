using System.Collections.Immutable;
using Facilitation.Methods.Harvesting;
using Facilitation.Methods.Rotation;
using Stateless;

namespace Facilitation.Methods.WorldCafe;

/// <summary>
/// One World Café, run from a host app: a phase machine (design → check-in → welcome → rounds of seating, host briefing,
/// conversation and round close, optional plenaries → town-hall harvest → closed), seating planned by the rotation planner,
/// timed rounds, the tablecloth notes and the harvest.
/// </summary>
/// <remarks>
/// <para>Thread-safe: every command is applied atomically behind one gate; events reach subscribers afterwards, in version order.</para>
/// <para>Every command names its <see cref="Actor"/> and may carry <see cref="CommandOptions"/> (an idempotency id and an expected version).
/// A refused command throws <see cref="CommandRejectedException"/> and leaves the session exactly as it was.</para>
/// <para>Dispose the session to stop its round timers.</para>
/// </remarks>
public sealed partial class WorldCafeSession : IObservable<WorldCafeEvent>, IDisposable
{
    private static readonly object Done = new();

    private readonly SessionKernel<WorldCafeEvent> _kernel;
    private readonly StateMachine<WorldCafePhase, WorldCafeCommand> _machine;
    private readonly IRotationPlanner _planner;
    private readonly WorldCafeState _s;
    private readonly ImmutableArray<Prompt> _tableQuestions;

    /// <summary>Initializes a new café from a design, in the <see cref="WorldCafePhase.Design"/> phase.</summary>
    /// <param name="design">The design; it is validated and copied.</param>
    /// <param name="timeProvider">The clock for timestamps and round timers; defaults to <see cref="TimeProvider.System"/>.</param>
    /// <param name="planner">The rotation planner; defaults to a <see cref="RotationPlanner"/> on the system clock (its search budget is real computing time, which a fake clock would never end).</param>
    /// <exception cref="InvalidDesignException">The design cannot run; every problem is listed.</exception>
    public WorldCafeSession(WorldCafeDesign design, TimeProvider? timeProvider = null, IRotationPlanner? planner = null)
        : this(design, WorldCafeDesignValidator.EnsureValid(design), timeProvider, planner, NewState(design))
    {
    }

    private WorldCafeSession(WorldCafeDesign design, IReadOnlyList<string> warnings, TimeProvider? timeProvider, IRotationPlanner? planner, WorldCafeState state)
    {
        Design = design;
        DesignWarnings = [.. warnings];
        var clock = timeProvider ?? TimeProvider.System;
        _kernel = new SessionKernel<WorldCafeEvent>(clock);
        _planner = planner ?? new RotationPlanner();
        _s = state;
        _tableQuestions = design.QuestionMode == QuestionMode.PerTable
            ? [.. design.Tables.Select((t, i) => t.Prompt ?? design.Questions[i])]
            : [];
        _machine = BuildMachine();
    }

    /// <summary>Gets the design the café runs (a validated copy).</summary>
    public WorldCafeDesign Design { get; }

    /// <summary>Gets the design's warnings: what facilitators advise against, though the café can run.</summary>
    public ImmutableArray<string> DesignWarnings { get; }

    /// <summary>Gets the current phase.</summary>
    public WorldCafePhase Phase => Read(() => _s.Phase);

    /// <summary>Gets the version: the number of accepted commands and timer signals so far.</summary>
    public long Version => Read(() => _kernel.Version);

    /// <summary>Gets the current round, or null before round 1.</summary>
    public Round? CurrentRound => Read(() => _s.Round == 0 ? (Round?)null : new Round(_s.Round));

    /// <summary>Gets the commands legal now.</summary>
    public IReadOnlyList<WorldCafeCommand> PermittedCommands => Read(() => PhaseMachine.Permitted(_machine));

    /// <summary>Gets the seating of every round: held rounds as they were, later rounds as planned. Empty before the welcome.</summary>
    public ImmutableArray<Seating> Seatings => Read(() => _s.Seatings.ToImmutableArray());

    /// <summary>Gets the current round's seating, or null before round 1.</summary>
    public Seating? CurrentSeating => Read(() => _s.Round == 0 || _s.Seatings.Count == 0 ? null : _s.Seatings[_s.Round - 1]);

    /// <summary>Gets everyone who has been on the roster (including those who left), in arrival order.</summary>
    public ImmutableArray<Participant> Participants => Read(() => _s.Roster.ToImmutableArray());

    /// <summary>Gets who is here now, in arrival order.</summary>
    public ImmutableArray<ParticipantId> Present => Read(() => _s.Roster.Where(p => _s.Present.Contains(p.Id)).Select(p => p.Id).ToImmutableArray());

    /// <summary>Gets every contribution (notes, briefings, harvest items) in the order recorded.</summary>
    public ImmutableArray<Contribution> Contributions => Read(() => _s.Contributions.ToImmutableArray());

    /// <summary>Gets the running round's timebox, or null outside a conversation.</summary>
    public Timebox? RoundTime => Read(() => _s.RoundTime);

    /// <summary>Gets the time left in the running round, or null outside a conversation.</summary>
    public TimeSpan? RemainingTime => Read(() => _s.RoundTime?.Remaining(_kernel.Clock));

    /// <summary>Gets the fairness report of the latest plan, or null before the welcome.</summary>
    public FairnessReport? Fairness => Read(() => _s.Report);

    /// <summary>Gets the question a table works on in a round.</summary>
    /// <param name="table">The table.</param>
    /// <param name="round">The round.</param>
    /// <returns>The question.</returns>
    /// <exception cref="ArgumentException">The table is not one of the café's tables, or the round is beyond the design.</exception>
    public Prompt QuestionFor(GroupId table, Round round)
    {
        var index = Design.Tables.IndexOf(Design.Tables.FirstOrDefault(t => t.Id == table)!);
        if (index < 0)
        {
            throw new ArgumentException($"'{table}' is not one of the café's tables.", nameof(table));
        }

        if (round.Number > Design.Rounds)
        {
            throw new ArgumentException($"The café has only {Design.Rounds} rounds.", nameof(round));
        }

        return QuestionAt(index, round.Number);
    }

    /// <summary>Gets the host of a table in a round: the one who stays and briefs newcomers; null when the table has none.</summary>
    /// <param name="table">The table.</param>
    /// <param name="round">The round.</param>
    /// <returns>The host, or null.</returns>
    public ParticipantId? HostOf(GroupId table, Round round) => Read(() => HostAt(table, round.Number));

    /// <summary>Gets a person's route: their table in each round (null where they are absent). Print it on their badge.</summary>
    /// <param name="participant">The person.</param>
    /// <returns>One entry per round; empty before the welcome.</returns>
    public ImmutableArray<GroupId?> RouteOf(ParticipantId participant) => Read(() => _s.Seatings.Select(s => s.GroupOf(participant)).ToImmutableArray());

    /// <summary>Gets the notes written at a table in a round (what its host briefs newcomers from).</summary>
    /// <param name="table">The table.</param>
    /// <param name="round">The round.</param>
    /// <returns>The notes, in the order written.</returns>
    public ImmutableArray<Contribution> NotesFor(GroupId table, Round round) =>
        Read(() => _s.Contributions.Where(c => c.Kind == ContributionKind.Note && c.Group == table && c.Round == round).ToImmutableArray());

    /// <summary>Collects the harvest: contributions ordered by question × table × round, then the town-hall items, with the seating for route cards and rosters.</summary>
    /// <returns>The harvest.</returns>
    public Harvest ToHarvest() => Read(() =>
    {
        var questions = Design.QuestionMode == QuestionMode.PerTable ? _tableQuestions : Design.Questions;
        return Harvest.Collect(Design.Title, _s.Contributions, questions, Design.Tables, _s.Roster, _s.Seatings);
    });

    /// <summary>Draws the café's phase machine as a Mermaid state diagram (the one in docs/world-cafe.md).</summary>
    /// <returns>The diagram text.</returns>
    public string ToMermaid() => Read(() => PhaseMachine.ToMermaid(_machine));

    /// <inheritdoc />
    public IDisposable Subscribe(IObserver<WorldCafeEvent> observer) => _kernel.Subscribe(observer);

    /// <summary>Stops the round timers. The session can still be read and saved.</summary>
    public void Dispose()
    {
        lock (_kernel.Gate)
        {
            _disposed = true;
            DisarmTimers();
        }
    }

    private static WorldCafeState NewState(WorldCafeDesign design)
    {
        var state = new WorldCafeState();
        state.Roster.AddRange(design.Participants);
        state.Present.UnionWith(design.Participants.Select(p => p.Id));
        if (design.HostSelection == HostSelection.PreAssigned)
        {
            foreach (var t in design.Tables.Where(t => t.Host is not null))
            {
                state.Hosts[t.Id] = t.Host!.Value;
            }
        }

        return state;
    }

    private T Read<T>(Func<T> read)
    {
        lock (_kernel.Gate)
        {
            return read();
        }
    }

    private Prompt QuestionAt(int tableIndex, int round) => Design.QuestionMode switch
    {
        QuestionMode.PerTable => _tableQuestions[tableIndex],
        QuestionMode.PerRound => Design.Questions[round - 1],
        _ => Design.Questions[Math.Min((round - 1) / 2, Design.Questions.Length - 1)],
    };

    private Prompt QuestionAt(GroupId table, int round) => QuestionAt(Design.Tables.Select(t => t.Id).ToList().IndexOf(table), round);

    private ParticipantId? HostAt(GroupId table, int round)
    {
        if (_s.RoundHosts.TryGetValue(round, out var hosts))
        {
            return hosts.TryGetValue(table, out var h) ? h : (ParticipantId?)null;
        }

        if (round <= _s.Held || Design.HostSelection is HostSelection.None or HostSelection.RechosenEachRound
            || (Design.HostSelection == HostSelection.VolunteerAfterFirstRound && round == 1))
        {
            return null;
        }

        return _s.Hosts.TryGetValue(table, out var host) && _s.Present.Contains(host) ? host : (ParticipantId?)null;
    }
}
