using Facilitation.Methods.Benchmarks.Hosting;
using Facilitation.Methods.Sessions;
using Facilitation.Methods.WorldCafe;
using Stateless;

namespace Facilitation.Methods.Benchmarks.WorldCafe;

/// <summary>
/// The <c>allocs</c> mode: the bytes one <see cref="WorldCafeSession.AddNote"/> allocates, and where they go (the proposal the session
/// builds, the rest of the engine; the record JSON, which the log writes only when it is read, for comparison), counted with <see cref="GC.GetAllocatedBytesForCurrentThread"/> over
/// many notes; and the same count for the bare Stateless machine of <see cref="AddNoteBenchmarks"/>. Exact, and independent of the
/// machine's load, so a change that allocates on the hot path shows at once. It also times both, interleaved (15 runs each, alternating), so
/// their ratio holds on a loaded machine where <see cref="AddNoteBenchmarks"/>'s separate iterations see different loads.
/// </summary>
internal static class NoteAllocations
{
    private const int Notes = 20_000;
    private const string Text = "We should keep the old well.";

    public static void Run()
    {
        var writer = Actor.ForParticipant("p001");
        using var template = HostingCafes.InFirstConversation(HostingCafes.Design(30, 6, 4, TimeSpan.FromMilliseconds(500)));
        var document = template.Save();
        using var cafe = WorldCafeSession.Restore(document, new SessionOptions { TimeProvider = TimeProvider.System }, HostingCafes.Planner);
        var table = cafe.CurrentSeating!.GroupOf(writer.Participant!.Value)!.Value;
        var note = cafe.AddNote(writer, table, Text);

        var total = PerNote(() => cafe.AddNote(writer, table, Text));
        var proposal = PerNote(() => GC.KeepAlive(new NoteAdded(Contribution.Proposal(ContributionKind.Note, Text, table))));
        var codec = EventCodec<WorldCafeEvent>.For(WorldCafeJsonContext.Default.Options);
        var stamped = new NoteAdded(note) { Actor = writer, OccurredAt = DateTimeOffset.UnixEpoch, Version = 2 };
        var record = PerNote(() => codec.Envelope(stamped, null, null));

        var notes = new List<string>();
        var machine = new StateMachine<int, int>(0);
        var add = machine.SetTriggerParameters<string>(1);
        machine.Configure(0).InternalTransition(add, (text, _) => notes.Add(text));
        var bare = PerNote(() => machine.Fire(add, Text));

        // Time, interleaved (bare machine, then notes, 15 times) so both see the same load on a shared machine: the ratio is the figure.
        using var timed = WorldCafeSession.Restore(document, new SessionOptions { TimeProvider = TimeProvider.System }, HostingCafes.Planner);
        var bareTimes = new List<double>();
        var noteTimes = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            bareTimes.Add(NanosecondsPer(() => machine.Fire(add, Text)));
            noteTimes.Add(NanosecondsPer(() => timed.AddNote(writer, table, Text)));
        }

        var ratios = bareTimes.Zip(noteTimes, (b, n) => n / b).Order().ToList();
        Console.WriteLine($"Time per call, median of {Rounds} interleaved runs of {TimedCalls:N0} calls: bare machine {Median(bareTimes):N0} ns, AddNote {Median(noteTimes):N0} ns; "
            + $"AddNote / bare machine per run: median {ratios[Rounds / 2]:F2}, lowest {ratios[0]:F2}, highest {ratios[^1]:F2}.");
        Console.WriteLine();
        Console.WriteLine($"| what (per note, {Notes:N0} notes) | bytes |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| `AddNote`, 30-person café, participant note in a running round | {total:N0} |");
        Console.WriteLine($"| of which the proposal (`Contribution` + `NoteAdded`, made by the session's method) | {proposal:N0} |");
        Console.WriteLine($"| not in it: the record JSON (`EventCodec.Envelope`), written when the record is first read (`Save`, `GetEventRecords`) | {record:N0} |");
        Console.WriteLine($"| bare Stateless machine: `Fire` of one parameterised trigger appending to a list | {bare:N0} |");
    }

    private const int Rounds = 15;
    private const int TimedCalls = 5_000;

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double NanosecondsPer(Action action)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < TimedCalls; i++)
        {
            action();
        }

        return watch.Elapsed.TotalNanoseconds / TimedCalls;
    }

    private static double PerNote(Action action)
    {
        for (var i = 0; i < 100; i++)
        {
            action();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Notes; i++)
        {
            action();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Notes;
    }
}
