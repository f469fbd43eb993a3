using System.Collections.Immutable;
using System.Globalization;
using FluentValidation.Results;

namespace Facilitation.Methods.Rotation;

/// <summary>
/// Plans fair rotations: a strong construction (cyclic offsets where the instance admits them and nobody met before, else a
/// balanced greedy seating round by round), then tabu search on the pair-meeting matrix until the work budget is spent, the plan is proven optimal,
/// the wall-clock safety cap is reached, or the caller cancels.
/// </summary>
/// <remarks>
/// Thread-safe: the planner holds no state between calls. Reproducible: the plan is a pure function of the problem, its
/// <see cref="RotationProblem.Seed"/> and its <see cref="RotationProblem.Effort"/> (a machine-independent number of search
/// steps), identical on every machine and every run, unless the wall-clock cap <see cref="RotationProblem.TimeLimit"/> ends
/// the search first — then <see cref="FairnessReport.StoppedBy"/> is <see cref="StopReason.Time"/>. On problems of 12 to
/// 2,000 people with at least two rounds to plan, two searches with fixed seeds and different styles run in parallel; the
/// choice between them depends only on their steps, never on which one runs faster.
/// </remarks>
public sealed class RotationPlanner : IRotationPlanner
{
    private static readonly RotationProblemValidator Validator = new();
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="RotationPlanner"/> class.</summary>
    /// <param name="timeProvider">The clock for the safety cap and the reported times; null for the system clock.</param>
    public RotationPlanner(TimeProvider? timeProvider = null) => _time = timeProvider ?? TimeProvider.System;

    /// <summary>Gets a work budget that replaces every problem's <see cref="RotationProblem.Effort"/>.</summary>
    /// <remarks>For hosts that want one budget for every plan (tests, a fast café). The plan stays a pure function of the problem, the seed and this budget.</remarks>
    /// <value>The default value is null: each problem's <see cref="RotationProblem.Effort"/> applies.</value>
    public long? StepLimit { get; init; }

    /// <summary>Gets the number of searches (1 or 2); the result does not depend on how many processors run them.</summary>
    /// <value>The default value is null: 2 on problems of 12 to 2,000 people with at least two rounds to plan that no construction solves, else 1.</value>
    public int? Workers { get; init; }

    /// <summary>Checks a problem fully without planning.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The result, with one message per problem found.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The planner's API is instance-based (IRotationPlanner, DI).")]
    public ValidationResult Validate(RotationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Validator.Validate(problem);
    }

    /// <inheritdoc />
    public RotationPlan Plan(RotationProblem problem, CancellationToken cancellationToken = default)
    {
        var validation = Validate(problem);
        if (!validation.IsValid)
        {
            throw new InvalidDesignException(RotationDefaults.What, validation.Errors.Select(e => e.ErrorMessage));
        }

        var clock = new PlanningClock(_time, problem.TimeLimit, cancellationToken);
        var model = PlanningModel.Compile(problem);
        var goal = new SearchGoal(model);
        var constructed = Construct(model);
        clock.ReserveForFinishing(model, MeasureFinishing(problem, model));
        if (constructed is not null && constructed.Length >= model.R && !model.HasMix && model.Problem.Announced.IsEmpty && Finish(problem, model, goal, constructed, null, clock, StopReason.Bound) is { Report: { RepeatedPairs: 0, TableRevisits: 0, UnbalancedRounds: 0 } } solved)
        {
            return solved; // the construction meets nobody twice and revisits nothing: no search can do better
        }

        var effort = Math.Max(0, StepLimit ?? problem.Effort);
        var workers = Math.Clamp(Workers ?? (model.N is >= 12 and <= 2_000 && model.R - model.HistoryRounds >= 2 && (constructed?.Length ?? 0) < model.R ? 2 : 1), 1, 2);
        var results = new WorkerResult?[workers];
        var reached = new long[] { long.MaxValue };
        void Work(int index) => results[index] = RunWorker(model, goal, constructed, index, workers, effort, clock, reached);
        if (workers == 1)
        {
            Work(0);
        }
        else
        {
            try
            {
                Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, Work);
            }
            catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is InvalidDesignException) is { } invalid)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(invalid).Throw();
            }
        }

        // The first search to reach the bound (by its own step count, then index) wins; else the best rank, then the index.
        var finished = results.Select((r, i) => (Result: r!, Index: i)).ToArray();
        var best = finished.Where(x => x.Result.ReachedAt is not null).OrderBy(x => x.Result.ReachedAt).ThenBy(x => x.Index).FirstOrDefault().Result
            ?? finished.OrderBy(x => x.Result.Rank).ThenBy(x => x.Index).First().Result;
        var stop = best.ReachedAt is not null ? StopReason.Bound
            : finished.Any(x => x.Result.Stop == StopReason.Cancelled) ? StopReason.Cancelled
            : finished.Any(x => x.Result.Stop == StopReason.Time) ? StopReason.Time
            : StopReason.Effort;
        return Finish(problem, model, goal, best.Assignment, best.TimeToBest, clock, stop);
    }

    private static RotationPlan Finish(RotationProblem problem, PlanningModel model, SearchGoal goal, int[][] assignment, TimeSpan? timeToBest, PlanningClock clock, StopReason stop)
    {
        var seatings = model.BuildSeatings(assignment);
        var counted = FairnessReport.Count(problem, seatings);
        var report = counted.WithBound(goal.BoundFor(counted)).With(r => (r.TimeToBest, r.Elapsed, r.StoppedBy) = (timeToBest ?? clock.Elapsed, clock.Elapsed, stop));
        return new RotationPlan(seatings, report);
    }

    /// <summary>
    /// On a large instance, times the finishing work for one round (a quick seating, its seating object, the report's counting)
    /// so that the time cap holds on any machine under any load; null on a small one, where finishing is negligible.
    /// </summary>
    private TimeSpan? MeasureFinishing(RotationProblem problem, PlanningModel model)
    {
        var from = model.HistoryRounds;
        if ((long)model.N * (model.R - from) < 200_000 || problem.TimeLimit == Timeout.InfiniteTimeSpan)
        {
            return null;
        }

        // Twice, and both runs count: the first pays for compiling the code on first use, and the margin covers a machine
        // whose load rises while the search runs (the cap is a promise; a plan a little less polished is the price).
        var random = new Random(problem.Seed);
        var assignment = new int[model.R][];
        var elapsed = TimeSpan.Zero;
        for (var run = 0; run < 2; run++)
        {
            var start = _time.GetTimestamp();
            if (QuickSeating.Fill(model, from, random) is not { } round)
            {
                return null;
            }

            assignment[from] = round;
            _ = FairnessReport.Count(problem, model.BuildSeatings(assignment, from, 1));
            elapsed += _time.GetElapsedTime(start);
        }

        return elapsed;
    }

    private static WorkerResult RunWorker(PlanningModel model, SearchGoal goal, int[][]? constructed, int index, int workers, long effort, PlanningClock clock, long[] reached)
    {
        var search = new RotationSearch(model, unchecked(model.Problem.Seed + (index * 7919)));
        search.SeatHistory();
        for (var r = model.HistoryRounds; r < model.R; r++)
        {
            if (clock.SearchIsOver)
            {
                return QuickRest(model, search, r, clock);
            }

            if (constructed is not null && r < constructed.Length && !model.IsAnnounced(r))
            {
                search.SeatRound(r, constructed[r]);
                search.Rebalance(r);
            }
            else if (!search.SeatGreedily(r))
            {
                throw new InvalidDesignException(RotationDefaults.What, [string.Create(CultureInfo.InvariantCulture, $"Round {r + 1}: no seating was found that keeps every keep-together group together, every keep-apart pair apart{(model.MustShareLanguage ? " and a shared language at every table" : string.Empty)} within the capacities; loosen these rules or add seats.")]);
            }
        }

        var timeToBest = clock.Elapsed;
        long? reachedAt = null;
        var stop = StopReason.Effort;
        bool Stop(long step)
        {
            if (step > effort)
            {
                stop = StopReason.Effort;
                return true;
            }

            if (clock.SearchIsOver)
            {
                stop = clock.Reason;
                return true;
            }

            // Another search reached the bound in fewer steps (or as many, with a lower index): this one cannot win.
            return (step * workers) + index > Volatile.Read(ref reached[0]);
        }

        var (best, rank) = search.Improve(
            SearchStyle.ForWorker(index),
            Stop,
            step =>
            {
                if (!goal.AtBound(search))
                {
                    return false;
                }

                reachedAt = step;
                InterlockedMin(ref reached[0], (step * workers) + index);
                return true;
            },
            _ => timeToBest = clock.Elapsed);
        return new WorkerResult(best, rank, timeToBest, reachedAt, reachedAt is null ? stop : StopReason.Bound);
    }

    /// <summary>The safety cap ran out while seating round <paramref name="from"/>: the rest is seated quickly, without the search.</summary>
    private static WorkerResult QuickRest(PlanningModel model, RotationSearch search, int from, PlanningClock clock)
    {
        var assignment = search.Snapshot();
        var random = new Random(model.Problem.Seed);
        for (var r = from; r < model.R; r++)
        {
            if (QuickSeating.Fill(model, r, random) is { } round)
            {
                assignment[r] = round;
            }
            else if (search.SeatGreedily(r))
            {
                assignment[r] = search.Snapshot()[r];
            }
            else
            {
                throw new InvalidDesignException(RotationDefaults.What, [string.Create(CultureInfo.InvariantCulture, $"Round {r + 1}: no seating was found that keeps every pair rule within the capacities; loosen these rules or add seats.")]);
            }
        }

        return new WorkerResult(assignment, new PlanRank(long.MaxValue, long.MaxValue, long.MaxValue), clock.Elapsed, null, clock.Reason);
    }

    /// <summary>The algebraic construction giving the most rounds, if any applies.</summary>
    private static int[][]? Construct(PlanningModel model)
    {
        if (model.MetBefore.Length > 0)
        {
            return null; // the constructions know nothing of earlier meetings: the search weighs them from the first round
        }

        int[][]? best = null;
        foreach (var build in new Func<int[][]?>[] { () => CyclicConstruction.TryBuild(model, linearOnly: true), () => SubspaceConstruction.TryBuild(model, model.Problem.Seed), () => CyclicConstruction.TryBuild(model, linearOnly: false) })
        {
            var rounds = build();
            if ((rounds?.Length ?? 0) > (best?.Length ?? 0))
            {
                best = rounds;
            }

            if (best is not null && best.Length >= model.R)
            {
                break;
            }
        }

        return best;
    }

    private static void InterlockedMin(ref long target, long value)
    {
        long current;
        while ((current = Volatile.Read(ref target)) > value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private sealed record WorkerResult(int[][] Assignment, PlanRank Rank, TimeSpan TimeToBest, long? ReachedAt, StopReason Stop);
}
