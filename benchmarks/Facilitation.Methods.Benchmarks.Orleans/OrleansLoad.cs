using System.Diagnostics;
using Facilitation.Methods.Orleans;
using Facilitation.Methods.Storage.Sqlite;
using Facilitation.Methods.WorldCafe;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace Facilitation.Methods.Benchmarks.Orleans;

/// <summary>
/// Live World Cafés as grains on an in-process Orleans cluster (`orleans` mode), printed as a Markdown table: commands per second
/// across all cafés, memory per active café grain, and how long the cafés of a stopped (or killed) silo take to answer again.
/// Every silo runs in this one process on this machine and shares one SQLite file, so the figures measure the library and the
/// store under Orleans, not a network: a real cluster adds a network round trip per command and gains a core (and a disk) per silo.
/// </summary>
/// <remarks>Usage: <c>orleans [cafés=300] [silos=3] [notes per person=4]</c>.</remarks>
internal static class OrleansLoad
{
    private const int PeoplePerCafe = 12;

    public static int Run(string[] args, TextWriter output)
    {
        var cafes = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 300;
        var silos = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var notes = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 4;
        var folder = Directory.CreateTempSubdirectory("fm-orleans-bench-").FullName;
        try
        {
            RunAll(cafes, silos, notes, Path.Combine(folder, "sessions.db"), output, kill: false).GetAwaiter().GetResult();
            RunAll(cafes, silos, 0, Path.Combine(folder, "sessions-kill.db"), output, kill: true).GetAwaiter().GetResult();
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A killed silo may hold the file a moment longer; the temp folder is the OS's to clean.
            }
        }
    }

    /// <summary>The café every grain runs: twelve people, three tables, three rounds of 20 minutes (no round ends during a run).</summary>
    internal static WorldCafeDesign Design { get; } = new()
    {
        Title = "Load café",
        Participants = [.. Enumerable.Range(1, PeoplePerCafe).Select(i => new Participant($"p{i:00}", $"Person {i:00}"))],
        Tables = [new Group("T1", 5, "p01"), new Group("T2", 5, "p02"), new Group("T3", 5, "p03")],
        Questions = [new Prompt("What do we keep?"), new Prompt("What must change?"), new Prompt("What first?")],
        Rounds = 3,
        RoundDuration = TimeSpan.FromMinutes(20),
        HostSelection = HostSelection.PreAssigned,
    };

    /// <summary>A note's payload on the wire.</summary>
    internal sealed record NoteInput(string Table, string Text);

    private static SessionMethod<WorldCafeSession> Method() =>
        new SessionMethod<WorldCafeSession>("worldCafe", (design, records, options) => WorldCafeSession.Restore(design, records, options))
            .Command("OpenCheckIn", (s, actor, options) => s.OpenCheckIn(actor, options))
            .Command("Welcome", (s, actor, options) => s.Welcome(actor, options))
            .Command("StartRound", (s, actor, options) => s.StartRound(actor, options))
            .Command("StartConversation", (s, actor, options) => s.StartConversation(actor, options))
            .Command("AddNote", (WorldCafeSession s, Actor actor, NoteInput note, CommandOptions? options) => s.AddNote(actor, new GroupId(note.Table), note.Text, options: options).Id)
            .Deadline(s => s.RoundTime is { IsPaused: false } box ? box.EndsAt : null);

    private static async Task RunAll(int cafes, int silos, int notesPerPerson, string store, TextWriter output, bool kill)
    {
        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.UseInMemoryReminderService();
            silo.Services.AddSqliteStore(store);
            silo.AddFacilitationSessions(o => o.AddMethod(Method()));
        });
        await using var cluster = builder.Build();
        await cluster.DeployAsync();

        // The seating of round 1 is the planner's, and the planner is reproducible: a local twin gives every grain's tables.
        using var twin = WorldCafeSession.Create(Design);
        twin.OpenCheckIn(Actor.Facilitator);
        twin.Welcome(Actor.Facilitator);
        twin.StartRound(Actor.Facilitator);
        twin.StartConversation(Actor.Facilitator);
        var seating = twin.CurrentSeating!;

        var before = Memory();
        var clock = Stopwatch.StartNew();
        await ForEachCafe(cluster.Client, cafes, async (i, grain) =>
        {
            using var local = WorldCafeSession.Create(Design, new SessionOptions { Id = CafeId(i) });
            await grain.StartAsync(local.DesignJson, workshopId: "load");
            (await grain.SendAsync(new SessionCommand("OpenCheckIn", Actor.Facilitator))).ThrowIfRefused();
        });
        var started = clock.Elapsed;
        clock.Restart();
        await ForEachCafe(cluster.Client, cafes, async (_, grain) => (await grain.SendAsync(new SessionCommand("Welcome", Actor.Facilitator))).ThrowIfRefused());
        var welcomed = clock.Elapsed;
        await ForEachCafe(cluster.Client, cafes, async (_, grain) =>
        {
            (await grain.SendAsync(new SessionCommand("StartRound", Actor.Facilitator))).ThrowIfRefused();
            (await grain.SendAsync(new SessionCommand("StartConversation", Actor.Facilitator))).ThrowIfRefused();
        });
        var after = Memory();

        if (!kill)
        {
            output.WriteLine($"{cafes} cafés × {PeoplePerCafe} people on {silos} silos in one process, one SQLite file (WAL), this machine ({Environment.ProcessorCount} cores).");
            output.WriteLine();
            output.WriteLine("| measure | value |");
            output.WriteLine("|---|---:|");
            output.WriteLine($"| start {cafes} cafés and open their check-in (grain activation, design stored, 1 command each) | {started.TotalSeconds:F2} s ({cafes / started.TotalSeconds:N0} cafés/s) |");
            output.WriteLine($"| welcome in all {cafes} (the rotation planner seats 12 people over 3 rounds in each) | {welcomed.TotalSeconds:F2} s ({welcomed.TotalMilliseconds / cafes:F0} ms per café of wall time) |");
            output.WriteLine($"| memory per active café grain (managed heap after full GC, cluster minus empty cluster, ÷ {cafes}) | {(after - before) / 1024.0 / cafes:N1} KB |");

            var commands = new List<(int Cafe, ParticipantId Person, GroupId Table, int Note)>();
            for (var i = 1; i <= cafes; i++)
            {
                foreach (var person in Design.Participants)
                {
                    for (var n = 1; n <= notesPerPerson; n++)
                    {
                        commands.Add((i, person.Id, seating.GroupOf(person.Id)!.Value, n));
                    }
                }
            }

            var latencies = new double[commands.Count];
            clock.Restart();
            await Parallel.ForEachAsync(Enumerable.Range(0, commands.Count), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (k, _) =>
            {
                var (cafe, person, table, note) = commands[k];
                var sent = Stopwatch.GetTimestamp();
                var reply = await cluster.Client.GetGrain<ISessionGrain>(CafeId(cafe)).SendAsync(
                    SessionCommand.WithPayload("AddNote", Actor.ForParticipant(person), new NoteInput(table.Value, $"note {note} from {person.Value}"), new CommandOptions { CommandId = $"{person.Value}-n{note}" }));
                reply.ThrowIfRefused();
                latencies[k] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            });
            var elapsed = clock.Elapsed;
            Array.Sort(latencies);
            output.WriteLine($"| AddNote across {cafes} live cafés, 64 in flight ({commands.Count:N0} commands, each stored before the reply) | {commands.Count / elapsed.TotalSeconds:N0} commands/s |");
            output.WriteLine($"| AddNote latency, median / 99th percentile | {latencies[latencies.Length / 2]:F1} ms / {latencies[(int)(latencies.Length * 0.99)]:F1} ms |");
            await RecoverAsync(cluster, cafes, output, "stopped (graceful shutdown)", s => cluster.StopSiloAsync(s));
        }
        else
        {
            await RecoverAsync(cluster, cafes, output, "killed (no shutdown; found dead by membership probes)", s => cluster.KillSiloAsync(s));
        }
    }

    private static async Task RecoverAsync(InProcessTestCluster cluster, int cafes, TextWriter output, string how, Func<InProcessSiloHandle, Task> stop)
    {
        var management = cluster.Client.GetGrain<IManagementGrain>(0);
        var victim = cluster.Silos.First(s => s.SiloAddress != cluster.Silos[0].SiloAddress);
        var onVictim = new List<int>();
        for (var i = 1; i <= cafes; i++)
        {
            if (await management.GetActivationAddress(cluster.Client.GetGrain<ISessionGrain>(CafeId(i))) == victim.SiloAddress)
            {
                onVictim.Add(i);
            }
        }

        var clock = Stopwatch.StartNew();
        await stop(victim);
        var stopped = clock.Elapsed;
        var back = new double[onVictim.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, onVictim.Count), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (k, cancel) =>
        {
            var grain = cluster.Client.GetGrain<ISessionGrain>(CafeId(onVictim[k]));
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
            while (true)
            {
                try
                {
                    var snapshot = await grain.GetSnapshotAsync();
                    if (snapshot.Version < 4)
                    {
                        throw new InvalidOperationException($"Café {onVictim[k]} came back at version {snapshot.Version}, not 4 or more.");
                    }

                    break;
                }
                catch (Exception e) when (e is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(10, cancel);
                }
            }

            back[k] = clock.Elapsed.TotalSeconds;
        });
        Array.Sort(back);
        output.WriteLine($"| a silo {how} with {onVictim.Count} cafés: the stop call took | {stopped.TotalSeconds:F2} s |");
        output.WriteLine($"| … every one of its cafés answers again (restored from the store on another silo), from the stop: first / median / last | {back[0]:F2} s / {back[back.Length / 2]:F2} s / {back[^1]:F2} s |");
    }

    private static Task ForEachCafe(IClusterClient client, int cafes, Func<int, ISessionGrain, Task> run) =>
        Parallel.ForEachAsync(Enumerable.Range(1, cafes), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, _) => await run(i, client.GetGrain<ISessionGrain>(CafeId(i))));

    private static string CafeId(int i) => $"cafe-{i:000}";

    private static long Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
