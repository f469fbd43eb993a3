using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.WorldCafe;
using Facilitation.Methods.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace Facilitation.Methods.Orleans.Tests;

/// <summary>An in-process cluster of two silos sharing one SQLite file in a temp folder and one fake clock.</summary>
internal sealed class Cluster : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fm-orleans-").FullName;

    private Cluster(bool reminders)
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            if (reminders)
            {
                silo.UseInMemoryReminderService();
            }

            silo.Services.AddSqliteStore(StorePath);
            silo.AddFacilitationSessions(o =>
            {
                o.TimeProvider = Clock;
                o.AddMethod(Brainstorm());
                o.AddMethod(SessionMethods.WorldCafe());
                o.AddMethod(SessionMethods.Workshop());
            });
        });
        Host = builder.Build();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    public InProcessTestCluster Host { get; }

    public string StorePath => Path.Combine(_folder, "sessions.db");

    public IClusterClient Client => Host.Client;

    public static async Task<Cluster> StartAsync(bool reminders = true)
    {
        var cluster = new Cluster(reminders);
        await cluster.Host.DeployAsync();
        return cluster;
    }

    public static SessionMethod<BrainstormSession> Brainstorm() =>
        new SessionMethod<BrainstormSession>("brainstorm", (design, records, options) => BrainstormSession.Restore(design, records, options))
            .Command("StartRound", (s, actor, options) => s.StartRound(actor, options))
            .Command("AddIdea", (BrainstormSession s, Actor actor, string text, CommandOptions? options) => s.AddIdea(actor, text, options: options))
            .Command("PauseRound", (s, actor, options) => s.PauseRound(actor, options))
            .Deadline(s => s.CurrentRound is { Timebox.IsPaused: false } round ? round.Timebox.EndsAt : null);

    /// <summary>Starts a World Café (six people, two tables, one round) in the grain keyed by <paramref name="id"/>.</summary>
    public async Task<ISessionGrain> StartCafeAsync(string id)
    {
        var design = new WorldCafeDesign
        {
            Title = "Orleans café",
            Participants = [.. Enumerable.Range(1, 6).Select(i => new Participant(new ParticipantId($"p{i}")))],
            Tables = [new Group(new GroupId("T1"), 4, new ParticipantId("p1")), new Group(new GroupId("T2"), 4, new ParticipantId("p2"))],
            Questions = [new Prompt("What grows here?"), new Prompt("Who tends it?")],
            Rounds = 1,
        };
        using var session = WorldCafeSession.Create(design, new SessionOptions { Id = id, TimeProvider = Clock });
        var grain = Client.GetGrain<ISessionGrain>(id);
        await grain.StartAsync(session.DesignJson, workshopId: "spring-day");
        return grain;
    }

    public static Actor P(string id) => Actor.ForParticipant(new ParticipantId(id));

    /// <summary>Starts a brainstorm (three people, one ten-minute round) in the grain keyed by <paramref name="id"/>.</summary>
    public async Task<ISessionGrain> StartBrainstormAsync(string id)
    {
        var design = new BrainstormDesign
        {
            Participants = [new Participant(new ParticipantId("p1")), new Participant(new ParticipantId("p2")), new Participant(new ParticipantId("p3"))],
            Rounds = [new GenerationRound { Duration = TimeSpan.FromMinutes(10) }],
        };
        using var session = BrainstormSession.Create(design, new SessionOptions { Id = id, TimeProvider = Clock });
        var grain = Client.GetGrain<ISessionGrain>(id);
        await grain.StartAsync(session.DesignJson, owner: "facilitator-1");
        return grain;
    }

    public async Task<SiloAddress> SiloOfAsync(ISessionGrain grain) =>
        await Client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain) ?? throw new InvalidOperationException("The grain is not active.");

    /// <summary>Reads the grain's timebox reminder from the cluster's reminder table; null when it has none.</summary>
    public async Task<ReminderEntry?> ReminderOfAsync(ISessionGrain grain)
    {
        var table = Host.GetSiloServiceProvider(Host.Silos[0].SiloAddress).GetRequiredService<IReminderTable>();
        return await table.ReadRow(grain.GetGrainId(), SessionGrain.ReminderName);
    }

    /// <summary>Calls until the cluster answers: after a silo is killed, calls fail until membership declares it dead (capped at a minute).</summary>
    public static async Task<T> UntilAnsweredAsync<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (e is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException && DateTime.UtcNow < deadline)
            {
                await Task.Yield();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A silo that was stopped may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
