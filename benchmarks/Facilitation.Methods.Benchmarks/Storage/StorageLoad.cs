using System.Diagnostics;
using System.Text.Json;
using Facilitation.Methods.Benchmarks.Hosting;
using Facilitation.Methods.Storage;
using Facilitation.Methods.Storage.Sqlite;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Benchmarks.Storage;

/// <summary>
/// The SQLite session store under load, printed as a Markdown table (`storage` mode): appends per second for one session and for
/// 100 sessions in parallel, load time of a 200-person café's log, and file size per café. The event JSON is the real event stream
/// of a 200-person café (20 tables, 4 rounds, two notes per person per round), serialised with System.Text.Json.
/// </summary>
internal static class StorageLoad
{
    public static int Run(string[] args, TextWriter output)
    {
        var folder = args.FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "fm-storage-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            RunAll(folder, output).GetAwaiter().GetResult();
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RunAll(string folder, TextWriter output)
    {
        var (designJson, log) = CafeLog();
        var notes = log.Where(e => e.Type == nameof(NoteAdded)).ToList();
        output.WriteLine($"200-person café log: {log.Count:N0} events, {log.Sum(e => e.Json.Length):N0} characters of event JSON, design {designJson.Length:N0} characters; a note event is about {notes[0].Json.Length} characters.");
        output.WriteLine();
        output.WriteLine("| measure | SQLite (WAL, synchronous=FULL) | in memory |");
        output.WriteLine("|---|---:|---:|");

        var one = await Measure(folder, "one", store => OneSession(store, notes[0].Json, 1_000));
        output.WriteLine($"| appends/s, one session, one event per append (1,000 appends) | {one.Sqlite:N0} | {one.Memory:N0} |");
        var parallel = await Measure(folder, "parallel", store => ManySessions(store, notes[0].Json, sessions: 100, appendsEach: 20));
        output.WriteLine($"| appends/s, 100 sessions in parallel, one event per append (2,000 appends) | {parallel.Sqlite:N0} | {parallel.Memory:N0} |");
        var load = await Measure(folder, "load", store => LoadCafe(store, designJson, log));
        output.WriteLine($"| load a 200-person café's whole log ({log.Count:N0} events), median of 15, ms | {load.Sqlite:N1} | {load.Memory:N2} |");

        var sizePath = Path.Combine(folder, "size.db");
        using (var store = SqliteSessionStore.Open(sizePath))
        {
            for (var c = 0; c < 10; c++)
            {
                await StoreCafe(store, $"cafe-{c}", designJson, log);
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // closing the last connection checkpoints the WAL into the file
        output.WriteLine($"| file size per 200-person café (10 cafés in one file, after checkpoint), KiB | {new FileInfo(sizePath).Length / 10.0 / 1024:N0} | — |");
    }

    private static async Task<(double Sqlite, double Memory)> Measure(string folder, string name, Func<ISessionStore, Task<double>> run)
    {
        double sqlite;
        using (var store = SqliteSessionStore.Open(Path.Combine(folder, name + ".db")))
        {
            sqlite = await run(store);
        }

        return (sqlite, await run(new InMemorySessionStore()));
    }

    private static async Task<double> OneSession(ISessionStore store, string json, int appends)
    {
        await store.CreateAsync(new SessionRecord("cafe-1", "world-cafe", "{}"));
        var time = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
        var watch = Stopwatch.StartNew();
        for (var v = 0; v < appends; v++)
        {
            await store.AppendAsync("cafe-1", v, [new StoredEvent(v + 1, nameof(NoteAdded), json, time)]);
        }

        return appends / watch.Elapsed.TotalSeconds;
    }

    private static async Task<double> ManySessions(ISessionStore store, string json, int sessions, int appendsEach)
    {
        for (var s = 0; s < sessions; s++)
        {
            await store.CreateAsync(new SessionRecord($"cafe-{s}", "world-cafe", "{}"));
        }

        var time = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, sessions).Select(s => Task.Run(async () =>
        {
            for (var v = 0; v < appendsEach; v++)
            {
                await store.AppendAsync($"cafe-{s}", v, [new StoredEvent(v + 1, nameof(NoteAdded), json, time)]);
            }
        })));
        return sessions * appendsEach / watch.Elapsed.TotalSeconds;
    }

    private static async Task<double> LoadCafe(ISessionStore store, string designJson, IReadOnlyList<StoredEvent> log)
    {
        await StoreCafe(store, "cafe-200", designJson, log);
        var times = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            var watch = Stopwatch.StartNew();
            var loaded = await store.LoadAsync("cafe-200");
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (loaded!.Events.Count != log.Count)
            {
                throw new InvalidOperationException($"loaded {loaded.Events.Count} events, stored {log.Count}");
            }
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static async Task StoreCafe(ISessionStore store, string id, string designJson, IReadOnlyList<StoredEvent> log)
    {
        await store.CreateAsync(new SessionRecord(id, "world-cafe", designJson, "bench-workshop"));
        for (var from = 0; from < log.Count; from += 500)
        {
            await store.AppendAsync(id, from, [.. log.Skip(from).Take(500)]);
        }
    }

    /// <summary>The event stream of a 200-person café, as a host would store it: one record per event, type name and JSON.</summary>
    private static (string DesignJson, List<StoredEvent> Log) CafeLog()
    {
        var design = HostingCafes.Design(200, 10, 4, TimeSpan.FromSeconds(2));
        var events = new List<WorldCafeEvent>();
        using var cafe = WorldCafeSession.Create(design, new SessionOptions { TimeProvider = TimeProvider.System }, HostingCafes.Planner);
        using var subscription = cafe.OnEvent(events.Add);
        cafe.OpenCheckIn(HostingCafes.F);
        cafe.Welcome(HostingCafes.F);
        cafe.StartRound(HostingCafes.F);
        cafe.StartConversation(HostingCafes.F);
        HostingCafes.EveryoneWrites(cafe, 2);
        for (var r = 2; r <= 4; r++)
        {
            HostingCafes.MoveToNextRound(cafe);
            HostingCafes.EveryoneWrites(cafe, 2);
        }

        cafe.CloseRound(HostingCafes.F);
        var log = events.Select((e, i) => new StoredEvent(i + 1, e.GetType().Name, JsonSerializer.Serialize(e, e.GetType()), e.OccurredAt)).ToList();
        return (JsonSerializer.Serialize(design), log);
    }
}
