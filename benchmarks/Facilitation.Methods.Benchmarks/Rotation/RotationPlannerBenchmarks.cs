using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.Benchmarks.Rotation;

/// <summary>
/// Plan time and allocations for 5 rounds of mixers of 30 to 3,000 people in groups of 10, each with a budget of 2,000 tabu
/// steps so the work per run is bounded: <see cref="Regular"/> has exactly 10 per group (from 300 people on, the cyclic
/// construction answers at the bound and no search runs; 30 and 100 people cannot avoid repeats and use the budget),
/// <see cref="Irregular"/> has a spare seat per group (greedy construction, then the search, one worker).
/// </summary>
/// <remarks>Runs in process (a short run) because generating and building a separate benchmark project takes longer than
/// BenchmarkDotNet's build timeout on the shared 2-core machine.</remarks>
[MemoryDiagnoser]
[Config(typeof(InProcessShortRun))]
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

    /// <summary>Plans the regular mixer (at most 2,000 steps).</summary>
    /// <returns>The repeated pairs.</returns>
    [Benchmark]
    public int Regular() => new RotationPlanner { StepLimit = 2_000 }.Plan(_regular).Report.RepeatedPairs;

    /// <summary>Plans the mixer with spare seats, 2,000 search steps, one search.</summary>
    /// <returns>The repeated pairs.</returns>
    [Benchmark]
    public int Irregular() => new RotationPlanner { StepLimit = 2_000, Workers = 1 }.Plan(_irregular).Report.RepeatedPairs;

    private sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }
}
