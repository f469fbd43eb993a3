using System.Globalization;
using System.Text;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Benchmarks.Hosting;

/// <summary>
/// The <c>memory</c> mode: how much managed memory an idle 30-person café holds (target: under 64 KB), measured as the growth
/// of <see cref="GC.GetTotalMemory(bool)"/> (after full collections) while N sessions are kept alive, divided by N.
/// </summary>
internal static class IdleSessionMemory
{
    private const long Target = 64 * 1024;

    public static void Run(string[] args)
    {
        var n = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var count) ? count : 1_000;
        var planTime = TimeSpan.FromMilliseconds(20);
        Console.WriteLine($"Idle 30-person café (5 tables of 6, 4 rounds), {n} sessions each; {Environment.ProcessorCount} cores, {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| state | how it was made | sessions | bytes per session | under 64 KB |");
        Console.WriteLine("|---|---|---:|---:|---|");

        Measure("design phase (new)", "constructor, own design", n, () => WorldCafeSession.Create(HostingCafes.Design(30, 6, 4, planTime), new SessionOptions { TimeProvider = TimeProvider.System }, HostingCafes.Planner));

        using var template = HostingCafes.InFirstConversation(HostingCafes.Design(30, 6, 4, planTime));
        var seated = template.Save();
        Measure("round 1 conversation, 4 rounds seated, no notes, timer armed", "restored from a document", n, () => WorldCafeSession.Restore(seated, new SessionOptions { TimeProvider = TimeProvider.System }, HostingCafes.Planner));
        Measure("round 1 conversation, 4 rounds seated, no notes, timer armed", "driven by 4 commands (event log kept)", Math.Max(1, n / 10), () => HostingCafes.InFirstConversation(HostingCafes.Design(30, 6, 4, planTime)));
        HostingCafes.EveryoneWrites(template, 2);
        HostingCafes.MoveToNextRound(template);
        HostingCafes.EveryoneWrites(template, 2);
        var document = template.Save();
        Measure("round 2 conversation, 120 notes, timer armed", "restored from a document", n, () => WorldCafeSession.Restore(document, new SessionOptions { TimeProvider = TimeProvider.System }, HostingCafes.Planner));

        var driven = Math.Max(1, n / 10);
        Measure("round 2 conversation, 120 notes, timer armed", "driven by 134 commands (event log kept)", driven, () =>
        {
            var cafe = HostingCafes.InFirstConversation(HostingCafes.Design(30, 6, 4, planTime));
            HostingCafes.EveryoneWrites(cafe, 2);
            HostingCafes.MoveToNextRound(cafe);
            HostingCafes.EveryoneWrites(cafe, 2);
            return cafe;
        });

        Console.WriteLine();
        Console.WriteLine($"Saved document of that café: {document.Length:N0} characters, {Encoding.UTF8.GetByteCount(document):N0} bytes as UTF-8.");
        using var big = CafePersistenceBenchmarks.BigCafe();
        var bigDocument = big.Save();
        Console.WriteLine($"Saved document of the 200-person café after 4 rounds (1,600 notes): {bigDocument.Length:N0} characters, {Encoding.UTF8.GetByteCount(bigDocument):N0} bytes as UTF-8.");
    }

    private static void Measure(string state, string how, int n, Func<WorldCafeSession> open)
    {
        open().Dispose();
        var sessions = new WorldCafeSession[n];
        var before = Settle();
        for (var i = 0; i < n; i++)
        {
            sessions[i] = open();
        }

        var after = Settle();
        var each = (after - before) / n;
        Console.WriteLine($"| {state} | {how} | {n} | {each:N0} | {(each < Target ? "yes" : "no")} |");
        GC.KeepAlive(sessions);
        foreach (var s in sessions)
        {
            s.Dispose();
        }
    }

    private static long Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
