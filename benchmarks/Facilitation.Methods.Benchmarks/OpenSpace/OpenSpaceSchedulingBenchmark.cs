using System.Diagnostics;
using System.Globalization;
using Facilitation.Methods.OpenSpace;

namespace Facilitation.Methods.Benchmarks.OpenSpace;

/// <summary>
/// The Open Space scheduling quality benchmark (a console mode, not BenchmarkDotNet): for each generated event, the
/// scheduler's terms and time with the default options; for small events, the gap to the true optimum over several seeds;
/// and a re-plan after three slots have run, to show frozen sessions and few changes.
/// Run: <c>dotnet run -c Release --project benchmarks/Facilitation.Methods.Benchmarks -- openspace</c>.
/// </summary>
internal static class OpenSpaceSchedulingBenchmark
{
    private const int W2 = 1;
    private const int W3 = 1;
    private const int W4 = 2;
    private static readonly int[] Seeds = [1, 2, 3, 4, 5];

    public static void Run()
    {
        Console.WriteLine($"Open Space scheduler — {Environment.ProcessorCount} cores, .NET {Environment.Version}; weights: co-interest {W2}, overflow {W3}, change {W4}");
        Console.WriteLine();
        Console.WriteLine("| instance | sessions | cells | people | clashes | unplaced | co-interest | overflow | cost | optimum | gap | best of 10× longer | time (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var instance in OpenSpaceInstances.All())
        {
            var p = instance.Problem;
            var runs = Seeds.Select(seed => Solve(p, seed)).ToList();
            var worst = runs.MaxBy(r => r.Score.WeightedCost + (r.Score.Unplaced * 1_000_000L))!;
            var medianMs = runs.Select(r => r.Milliseconds).Order().ElementAt(runs.Count / 2);
            string optimum = "—", gap = "—", longer = "—";
            if (instance.Exact)
            {
                var exact = new ExactAgendaSolver(p, W2, W3);
                var best = exact.Solve(runs.Min(r => r.Score.WeightedCost));
                optimum = best.ToString(CultureInfo.InvariantCulture);
                gap = best == 0 ? (worst.Score.WeightedCost == 0 ? "0 %" : "∞") : $"{100.0 * (worst.Score.WeightedCost - best) / best:0.0} %";
            }
            else
            {
                var slow = Solve(p, 1, 10).Score;
                longer = string.Create(CultureInfo.InvariantCulture, $"{slow.WeightedCost} ({100.0 * (worst.Score.WeightedCost - slow.WeightedCost) / Math.Max(1, slow.WeightedCost):+0.0;-0.0;0.0} %)");
            }

            var s = worst.Score;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {instance.Name} | {p.SessionCount} | {p.CellCount} | {p.PersonCount} | {s.ConvenerClashes} | {s.Unplaced} | {s.CoInterestConflicts} | {s.RoomOverflow} | {s.WeightedCost} | {optimum} | {gap} | {longer} | {medianMs:0} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Cost and terms: worst of seeds 1–5; time: median of the five runs (default iterations: 4,000 per session, at least 20,000). Last-but-one column: one run with 10× the iterations, and how much worse (+) the default's worst seed is.");
        Console.WriteLine();
        Replan("100x(10x10)-500p");
        Replan("300x(12x25)-2000p");
    }

    /// <summary>Publishes an agenda, runs three slots, shifts 10 % of the interest, and re-plans.</summary>
    private static void Replan(string name)
    {
        var instance = OpenSpaceInstances.All().Single(i => i.Name == name);
        var p = instance.Problem;
        var first = Solve(p, 1);
        var cells = first.Cells;
        var random = new Random(42);
        var interested = p.Interested.Select(list => list.ToHashSet()).ToArray();
        for (var k = 0; k < p.PersonCount / 10; k++)
        {
            interested[random.Next(p.SessionCount)].Add(random.Next(p.PersonCount));
        }

        const int started = 3;
        var replan = p with
        {
            SlotOpen = [.. Enumerable.Range(0, p.SlotCount).Select(t => t >= started)],
            Interested = [.. interested.Select(set => set.Order().ToArray())],
            Fixed = [.. cells.Select(c => c >= 0 && c / p.SpaceCount < started ? c : -1)],
            Current = cells,
            Baseline = cells,
        };
        var again = Solve(replan, 1);
        var free = Solve(replan with { Baseline = [.. Enumerable.Repeat(-1, p.SessionCount)] }, 1);
        var frozenMoved = Enumerable.Range(0, p.SessionCount).Count(i => replan.Fixed[i] >= 0 && again.Cells[i] != replan.Fixed[i]);
        var s = again.Score;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Re-plan of {name} after {started} slots and 10 % more interest: {s.Changes} sessions moved ({frozenMoved} frozen sessions moved), clashes {s.ConvenerClashes}, unplaced {s.Unplaced}, co-interest {s.CoInterestConflicts}, overflow {s.RoomOverflow}, {again.Milliseconds:0} ms; ignoring the published agenda would move {Enumerable.Range(0, p.SessionCount).Count(i => free.Cells[i] != cells[i])} sessions to reach co-interest {free.Score.CoInterestConflicts}, overflow {free.Score.RoomOverflow}."));
    }

    private static (int[] Cells, AgendaScore Score, double Milliseconds) Solve(AgendaProblem p, int seed, int longer = 1)
    {
        var iterations = longer * Math.Clamp(4_000 * p.SessionCount, 20_000, 5_000_000);
        var watch = Stopwatch.StartNew();
        var cells = new AgendaSearch(p, W2, W3, W4).Solve(seed, iterations);
        watch.Stop();
        return (cells, p.Score(cells, W2, W3, W4), watch.Elapsed.TotalMilliseconds);
    }
}
