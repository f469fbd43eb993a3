using BenchmarkDotNet.Attributes;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Benchmarks.Hosting;

/// <summary>
/// Command throughput and allocations of a 30-person café (5 tables of 6, 4 rounds): writing a note, and moving to the next
/// round (close the round, seat the next, host briefing, start the conversation). Each iteration works on fresh sessions
/// restored from a saved document, so the café never fills up and the planner's search is not measured.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(Sessions)]
public class CafeCommandBenchmarks
{
    private const int Sessions = 256;
    private const int NotesPerInvoke = 250;
    private static readonly Actor Writer = Actor.ForParticipant("p001");

    private readonly Queue<WorldCafeSession> _pool = new();
    private readonly List<WorldCafeSession> _used = [];
    private string _inConversation = string.Empty;
    private WorldCafeSession _cafe = null!;
    private GroupId _table;
    private IDisposable? _subscription;

    /// <summary>Gets or sets whether a host subscribes to the café's events (a no-op handler).</summary>
    [Params(false, true)]
    public bool Subscribed { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var cafe = HostingCafes.InFirstConversation(HostingCafes.Design(30, 6, 4, TimeSpan.FromMilliseconds(500)));
        _inConversation = cafe.Save();
    }

    [IterationSetup(Target = nameof(AddNote))]
    public void FreshCafe()
    {
        _cafe = Open();
        _table = _cafe.CurrentSeating!.GroupOf(Writer.Participant!.Value)!.Value;
    }

    [IterationSetup(Target = nameof(MoveToNextRound))]
    public void FreshCafes()
    {
        for (var i = 0; i < Sessions; i++)
        {
            _pool.Enqueue(Open());
        }
    }

    [IterationCleanup]
    public void Cleanup()
    {
        _subscription?.Dispose();
        _cafe?.Dispose();
        _used.ForEach(c => c.Dispose());
        _used.Clear();
    }

    /// <summary>One participant's note on their table (cost per note).</summary>
    [Benchmark(OperationsPerInvoke = NotesPerInvoke)]
    public void AddNote()
    {
        for (var i = 0; i < NotesPerInvoke; i++)
        {
            _cafe.AddNote(Writer, _table, "We should keep the old well.");
        }
    }

    /// <summary>Close round 1, start round 2 (seating already planned), host briefing, start the conversation.</summary>
    [Benchmark]
    public void MoveToNextRound()
    {
        var cafe = _pool.Dequeue();
        _used.Add(cafe);
        HostingCafes.MoveToNextRound(cafe);
    }

    private WorldCafeSession Open()
    {
        var cafe = WorldCafeSession.Restore(_inConversation, new SessionOptions { TimeProvider = TimeProvider.System }, HostingCafes.Planner);
        if (Subscribed)
        {
            _subscription = cafe.OnEvent(static _ => { });
        }

        return cafe;
    }
}
