using System.Collections.Immutable;
using System.Globalization;
using FluentValidation.Results;

namespace Facilitation.Methods.Rotation;

/// <summary>
/// Plans fair rotations: a strong construction (cyclic offsets where the instance admits them, else a greedy seating round by
/// round), then tabu search on the pair-meeting matrix until the time limit, the cancellation token, or a proven optimum.
/// </summary>
/// <remarks>
/// Thread-safe: the planner holds no state between calls. The same problem and seed give the same plan when the search ends
/// at a proven bound; a search cut short by the clock returns the best plan found by then. Up to two searches with fixed
/// seeds run in parallel on large enough problems, and the lower-indexed one wins ties.
/// </remarks>
public sealed class RotationPlanner : IRotationPlanner
{
    private static readonly RotationProblemValidator Validator = new();
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="RotationPlanner"/> class.</summary>
    /// <param name="timeProvider">The clock for the time limit and the reported times; null for the system clock.</param>
    public RotationPlanner(TimeProvider? timeProvider = null) => _time = timeProvider ?? TimeProvider.System;

    /// <summary>Gets a budget of search steps, for plans that do not depend on the machine's speed.</summary>
    /// <remarks>With a step budget and <see cref="Workers"/> = 1, the same problem and seed give the same plan on any machine, as long as
    /// the problem's time limit (which still applies) is generous enough not to end the search first.</remarks>
    /// <value>The default value is null: the search runs until the problem's time limit, a proven bound, or cancellation.</value>
    public long? StepLimit { get; init; }

    /// <summary>Gets the number of parallel searches (1 or 2).</summary>
    /// <value>The default value is null: chosen from the problem size and the processor count.</value>
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

        var start = _time.GetTimestamp();
        var model = PlanningModel.Compile(problem);
        var goal = new SearchGoal(model);
        var constructed = Construct(model);
        var workers = Workers ?? (Environment.ProcessorCount >= 2 && model.N >= 12 && model.R - model.HistoryRounds >= 2 && (constructed?.Length ?? 0) < model.R ? 2 : 1);
        var results = new WorkerResult?[workers];
        var reached = new int[] { int.MaxValue };
        void Work(int index) => results[index] = RunWorker(model, goal, constructed, index, start, reached, cancellationToken);
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

        var best = results.Select((r, i) => (Result: r, Index: i)).Where(x => x.Result is not null).Select(x => (Result: x.Result!, x.Index)).OrderBy(x => x.Result.Rank).ThenBy(x => x.Index).First().Result;
        var seatings = model.BuildSeatings(best.Assignment);
        var report = FairnessReport.Count(problem, seatings).WithBound(goal.Bound) with
        {
            TimeToBest = best.TimeToBest,
            Elapsed = _time.GetElapsedTime(start),
        };
        return new RotationPlan(seatings, report);
    }

    private WorkerResult? RunWorker(PlanningModel model, SearchGoal goal, int[][]? constructed, int index, long start, int[] reached, CancellationToken cancellationToken)
    {
        var search = new RotationSearch(model, unchecked(model.Problem.Seed + (index * 7919)));
        search.SeatHistory();
        for (var r = model.HistoryRounds; r < model.R; r++)
        {
            if (Volatile.Read(ref reached[0]) < index)
            {
                return null; // a lower-indexed search has already proved its plan best
            }

            if (constructed is not null && r < constructed.Length)
            {
                search.SeatRound(r, constructed[r]);
            }
            else if (!search.SeatGreedily(r))
            {
                throw new InvalidDesignException(RotationDefaults.What, [string.Create(CultureInfo.InvariantCulture, $"Round {r + 1}: no seating was found that keeps every keep-together group together, every keep-apart pair apart{(model.MustShareLanguage ? " and a shared language at every table" : string.Empty)} within the capacities; loosen these rules or add seats.")]);
            }
        }

        var timeToBest = _time.GetElapsedTime(start);
        var lastBest = _time.GetTimestamp();
        var limit = model.Problem.TimeLimit;
        var patience = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(100).Ticks, limit.Ticks / 10));
        var atBound = false;
        bool Stop(long step)
        {
            if (StepLimit is { } steps && step > steps)
            {
                return true;
            }

            if ((step & 7) != 0)
            {
                return false;
            }

            if (cancellationToken.IsCancellationRequested || Volatile.Read(ref reached[0]) < index || _time.GetElapsedTime(start) >= limit)
            {
                return true;
            }

            // The objective is at its bound and only mixing is left: give it some patience, not the whole budget.
            return StepLimit is null && goal.MainAtBound(search) && _time.GetElapsedTime(lastBest) >= patience;
        }

        var (best, rank) = search.Improve(
            SearchStyle.ForWorker(index),
            Stop,
            () => atBound = goal.AtBound(search),
            _ =>
            {
                timeToBest = _time.GetElapsedTime(start);
                lastBest = _time.GetTimestamp();
            });
        if (atBound || goal.AtBound(search))
        {
            InterlockedMin(ref reached[0], index);
        }

        return new WorkerResult(best, rank, timeToBest);
    }

    /// <summary>The algebraic construction giving the most rounds, if any applies.</summary>
    private static int[][]? Construct(PlanningModel model)
    {
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

    private static void InterlockedMin(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) > value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private sealed record WorkerResult(int[][] Assignment, PlanRank Rank, TimeSpan TimeToBest);
}
