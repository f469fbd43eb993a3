using BenchmarkDotNet.Attributes;
using Facilitation.Methods.Rotation;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Benchmarks.WorldCafe;

/// <summary>Command throughput and save/restore cost of a café session. Run: dotnet run -c Release --project benchmarks/Facilitation.Methods.Benchmarks -- --filter *CafeBenchmarks*</summary>
[MemoryDiagnoser]
public class CafeBenchmarks
{
    private static readonly IRotationPlanner Planner = new RotationPlanner { StepLimit = 2_000, Workers = 1 };
    private string _small = string.Empty;
    private string _large = string.Empty;
    private WorldCafeSession _session = null!;
    private Actor _writer;
    private GroupId _table;

    [GlobalSetup]
    public void Setup()
    {
        _small = Held(30, 6, rounds: 4, heldRounds: 1, notesPerTable: 0);
        _large = Held(200, 40, rounds: 4, heldRounds: 4, notesPerTable: 10);
    }

    [IterationSetup(Target = nameof(AddNote))]
    public void FreshConversation()
    {
        _session?.Dispose();
        _session = WorldCafeSession.Restore(_small, new SessionOptions { TimeProvider = TimeProvider.System }, Planner);
        var writer = _session.CurrentSeating!.Seated.Last();
        _writer = Actor.ForParticipant(writer);
        _table = _session.CurrentSeating.GroupOf(writer)!.Value;
    }

    [IterationCleanup(Target = nameof(AddNote))]
    public void Cleanup() => _session.Dispose();

    /// <summary>One participant note in a 30-person café (validation, permission, event, version).</summary>
    [Benchmark]
    [InvocationCount(20_000)]
    public Contribution AddNote() => _session.AddNote(_writer, _table, "村民参与是关键");

    /// <summary>Save of a 200-person, 40-table café after 4 rounds with 10 notes per table and round.</summary>
    [Benchmark]
    public string Save200AfterFourRounds()
    {
        using var cafe = WorldCafeSession.Restore(_large, new SessionOptions { TimeProvider = TimeProvider.System }, Planner);
        return cafe.Save();
    }

    /// <summary>Restore of the same document.</summary>
    [Benchmark]
    public long Restore200AfterFourRounds()
    {
        using var cafe = WorldCafeSession.Restore(_large, new SessionOptions { TimeProvider = TimeProvider.System }, Planner);
        return cafe.Version;
    }

    /// <summary>Size of the 200-person document in characters (reported once in the log).</summary>
    public int LargeDocumentLength => _large.Length;

    private static string Held(int people, int tables, int rounds, int heldRounds, int notesPerTable)
    {
        var design = new WorldCafeDesign
        {
            Participants = [.. Enumerable.Range(1, people).Select(i => new Participant($"p{i:000}", $"人{i:000}"))],
            Tables = [.. Enumerable.Range(1, tables).Select(t => new Group($"T{t}", (people / tables) + 1, $"p{t:000}"))],
            Questions = [.. Enumerable.Range(1, tables).Select(q => new Prompt($"Question {q}?"))],
            Rounds = rounds,
        };
        using var cafe = WorldCafeSession.Create(design, new SessionOptions { TimeProvider = TimeProvider.System }, Planner);
        var f = Actor.Facilitator;
        cafe.OpenCheckIn(f);
        cafe.Welcome(f);
        for (var r = 1; r <= heldRounds; r++)
        {
            cafe.StartRound(f);
            cafe.StartConversation(f);
            foreach (var table in design.Tables)
            {
                for (var n = 0; n < notesPerTable; n++)
                {
                    cafe.AddNote(f, table.Id, $"note {r}-{n} 村民参与是关键");
                }
            }

            if (r < heldRounds)
            {
                cafe.CloseRound(f);
            }
        }

        return cafe.Save();
    }
}
