using BenchmarkDotNet.Attributes;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.Benchmarks.Rotation;

/// <summary>
/// Plan time and allocations for 5 rounds of mixers of 30 to 3,000 people in groups of 10: <see cref="Regular"/> has exactly
/// 10 per group (the cyclic construction answers at the bound), <see cref="Irregular"/> has a spare seat per group (greedy
/// construction, then a fixed budget of 2,000 tabu steps, so the work per run is the same).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class RotationPlannerBenchmarks
{
    private RotationProblem _regular = null!;
    private RotationProblem _irregular = null!;

    /// <summary>Gets or sets the number of people.</summary>
    [Params(30, 100, 300, 1_000, 3_000)]
    public int People { get; set; }

    /// <summary>Builds both problems.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var people = Enumerable.Range(1, People).Select(i => new Participant($"p{i:D4}")).ToArray();
        _regular = new RotationProblem
        {
            Participants = [.. people],
            Groups = [.. Enumerable.Range(1, People / 10).Select(g => new Group($"t{g}", 10))],
            Rounds = 5,
            TimeLimit = TimeSpan.FromSeconds(10),
        };
        _irregular = _regular with { Groups = [.. Enumerable.Range(1, People / 10).Select(g => new Group($"t{g}", 11))] };
    }

    /// <summary>Plans the regular mixer.</summary>
    /// <returns>The repeated pairs.</returns>
    [Benchmark]
    public int Regular() => new RotationPlanner().Plan(_regular).Report.RepeatedPairs;

    /// <summary>Plans the mixer with spare seats, 2,000 search steps, one search.</summary>
    /// <returns>The repeated pairs.</returns>
    [Benchmark]
    public int Irregular() => new RotationPlanner { StepLimit = 2_000, Workers = 1 }.Plan(_irregular).Report.RepeatedPairs;
}
