using BenchmarkDotNet.Attributes;
using Facilitation.Methods.Benchmarks.Hosting;
using Facilitation.Methods.WorldCafe;
using Stateless;

namespace Facilitation.Methods.Benchmarks.WorldCafe;

/// <summary>
/// Issue 11's note target, in one run: a participant's <see cref="WorldCafeSession.AddNote"/> in a running round (with and without a
/// command id) against a bare Stateless machine firing one parameterised trigger that appends the text to a list (the baseline).
/// </summary>
/// <remarks>
/// Only the command is timed: every iteration starts from a fresh 30-person café in round 1's conversation, and each invocation writes
/// <see cref="NotesPerInvoke"/> notes, so an iteration writes 32,000 notes — under the café's 100,000 contributions, <c>Limits.MaxEvents</c>
/// (200,000) and the 32 MB document cap, so no note is refused. The cafés are restored ahead, <see cref="Prepared"/> of them in
/// <c>[GlobalSetup]</c>, and <c>[IterationSetup]</c> takes the next (it restores one only when they run out): restoring a café between
/// iterations JIT-compiled so much of the restore's code, iteration after iteration, that the runtime kept putting off the full
/// optimisation of the note's own methods (tiered compilation waits until no new methods have been compiled for 100 ms), so the
/// iterations timed the note's code before it was optimised, which a host that runs for longer than a few seconds never sees. The
/// command ids are made in <c>[GlobalSetup]</c>. The baseline gets a fresh machine and list per iteration. All three warm up for 15
/// iterations (480,000 calls) before the measured ones, whatever the job says.
/// Run: <c>dotnet run -c Release --project benchmarks/Facilitation.Methods.Benchmarks -- --filter "*AddNoteBenchmarks*" --job short --inProcess</c>.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
[InvocationCount(Invocations)]
[WarmupCount(Warmups)]
public class AddNoteBenchmarks
{
    private const int Invocations = 32;

    // The same for the three benchmarks, and it overrides the short job's 3: the JIT tiers the note's many methods up over a few hundred
    // thousand notes (slower still when other processes hold the cores), so 3 warm-ups (96,000 notes) timed part of its tier-up as the note.
    private const int Warmups = 15;
    private const int NotesPerInvoke = 1_000;

    // Enough for the warm-ups and 15 measured iterations of both café benchmarks, with room to spare; an idle café holds about 35 KB.
    private const int Prepared = 40;
    private const string Text = "We should keep the old well.";
    private static readonly Actor Writer = Actor.ForParticipant("p001");

    private readonly CommandOptions[] _ids = new CommandOptions[Invocations * NotesPerInvoke];
    private string _inConversation = string.Empty;
    private readonly Queue<WorldCafeSession> _prepared = new();
    private WorldCafeSession? _cafe;
    private GroupId _table;
    private int _next;
    private StateMachine<BarePhase, BareTrigger> _machine = null!;
    private StateMachine<BarePhase, BareTrigger>.TriggerWithParameters<string> _add = null!;
    private List<string> _notes = [];

    private enum BarePhase
    {
        Conversation,
    }

    private enum BareTrigger
    {
        AddNote,
    }

    [GlobalSetup]
    public void Setup()
    {
        using var cafe = HostingCafes.InFirstConversation(HostingCafes.Design(30, 6, 4, TimeSpan.FromMilliseconds(500)));
        _inConversation = cafe.Save();
        for (var i = 0; i < Prepared; i++)
        {
            _prepared.Enqueue(Restored());
        }

        for (var i = 0; i < _ids.Length; i++)
        {
            _ids[i] = CommandOptions.WithId($"note-{i:00000}");
        }
    }

    [IterationSetup(Targets = [nameof(AddNote), nameof(AddNoteWithCommandId)])]
    public void FreshCafe()
    {
        _cafe?.Dispose();
        _cafe = _prepared.TryDequeue(out var next) ? next : Restored();
        _table = _cafe.CurrentSeating!.GroupOf(Writer.Participant!.Value)!.Value;
        _next = 0;
    }

    [IterationSetup(Target = nameof(BareStatelessMachine))]
    public void FreshMachine()
    {
        _notes = [];
        _machine = new StateMachine<BarePhase, BareTrigger>(BarePhase.Conversation);
        _add = _machine.SetTriggerParameters<string>(BareTrigger.AddNote);
        _machine.Configure(BarePhase.Conversation).InternalTransition(_add, (text, _) => _notes.Add(text));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cafe?.Dispose();
        while (_prepared.TryDequeue(out var unused))
        {
            unused.Dispose();
        }
    }

    private WorldCafeSession Restored() =>
        WorldCafeSession.Restore(_inConversation, new SessionOptions { TimeProvider = TimeProvider.System }, HostingCafes.Planner);

    /// <summary>The baseline: a bare Stateless machine fires one parameterised trigger whose action appends the text to a list.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = NotesPerInvoke)]
    public void BareStatelessMachine()
    {
        for (var i = 0; i < NotesPerInvoke; i++)
        {
            _machine.Fire(_add, Text);
        }
    }

    /// <summary>One participant note on their table in a running round, without a command id.</summary>
    [Benchmark(OperationsPerInvoke = NotesPerInvoke)]
    public void AddNote()
    {
        for (var i = 0; i < NotesPerInvoke; i++)
        {
            _cafe!.AddNote(Writer, _table, Text);
        }
    }

    /// <summary>The same note with a fresh command id each time (the id is checked, fingerprinted and kept in the log for retries).</summary>
    [Benchmark(OperationsPerInvoke = NotesPerInvoke)]
    public void AddNoteWithCommandId()
    {
        for (var i = 0; i < NotesPerInvoke; i++)
        {
            _cafe!.AddNote(Writer, _table, Text, options: _ids[_next++]);
        }
    }
}
