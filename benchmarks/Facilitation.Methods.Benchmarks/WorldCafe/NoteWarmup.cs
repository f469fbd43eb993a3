using System.Diagnostics;
using System.Runtime.CompilerServices;
using Facilitation.Methods.Benchmarks.Hosting;
using Facilitation.Methods.WorldCafe;
using Stateless;

namespace Facilitation.Methods.Benchmarks.WorldCafe;

/// <summary>
/// The <c>warmup</c> mode: how a note's cost settles as the JIT tiers up, next to the bare Stateless machine, one row per iteration.
/// Each iteration restores the 30-person café into round 1's conversation (as <see cref="AddNoteBenchmarks"/> does), collects
/// garbage, times 32,000 notes by one participant, then a fresh bare machine firing 32,000 times (wall clock, per call).
/// Run: <c>dotnet benchmarks/Facilitation.Methods.Benchmarks/bin/Release/net10.0/Facilitation.Methods.Benchmarks.dll warmup</c>.
/// </summary>
internal static class NoteWarmup
{
    private const int Calls = 32_000;
    private const int Iterations = 16;

    /// <summary>The note every note-timing mode writes.</summary>
    internal const string Text = "We should keep the old well.";

    public static void Run()
    {
        var writer = Actor.ForParticipant("p001");
        var document = InFirstConversation();

        Console.WriteLine("| iteration | AddNote (ns per note) | bare Fire (ns per call) | ratio |");
        Console.WriteLine("|---:|---:|---:|---:|");
        for (var it = 1; it <= Iterations; it++)
        {
            var note = TimeNotes(document, writer);
            var bare = TimeBare();
            Console.WriteLine($"| {it} | {note:F0} | {bare:F0} | {note / bare:F2} |");
        }
    }

    /// <summary>The 30-person café (5 tables of 6, 4 rounds) in round 1's conversation, saved: every note-timing mode restores it.</summary>
    internal static string InFirstConversation()
    {
        using var template = HostingCafes.InFirstConversation(HostingCafes.Design(30, 6, 4, TimeSpan.FromMilliseconds(500)));
        return template.Save();
    }

    // Its own method, not inlined: once it returns, nothing reaches the café, so the bare machine's timing starts from a heap without it
    // (a café kept reachable by the caller's frame made the bare machine's collections two to three times dearer).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double TimeNotes(string document, Actor writer)
    {
        using var cafe = WorldCafeSession.Restore(document, new SessionOptions { TimeProvider = TimeProvider.System }, HostingCafes.Planner);
        var table = cafe.CurrentSeating!.GroupOf(writer.Participant!.Value)!.Value;
        Collect();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Calls; i++)
        {
            cafe.AddNote(writer, table, Text);
        }

        return watch.Elapsed.TotalNanoseconds / Calls;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double TimeBare()
    {
        var notes = new List<string>();
        var machine = new StateMachine<int, int>(0);
        var add = machine.SetTriggerParameters<string>(1);
        machine.Configure(0).InternalTransition(add, (text, _) => notes.Add(text));
        Collect();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Calls; i++)
        {
            machine.Fire(add, Text);
        }

        return watch.Elapsed.TotalNanoseconds / Calls;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
