using Facilitation.Methods.Storage.Sqlite;
using Orleans.TestingHost;
using static Facilitation.Methods.Orleans.Tests.Cluster;

namespace Facilitation.Methods.Orleans.Tests;

public sealed class SessionGrainTests
{
    private static readonly CommandOptions NoOptions = new();

    [Fact]
    public async Task Sessions_SpreadOverBothSilos_AndAStaleExpectedVersionIsRefusedAcrossTheWire()
    {
        await using var cluster = await StartAsync();
        var silos = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i <= 16; i++)
        {
            silos.Add((await cluster.SiloOfAsync(await cluster.StartBrainstormAsync($"session-{i}"))).ToString());
        }

        Assert.Equal(2, silos.Count);

        var grain = cluster.Client.GetGrain<ISessionGrain>("session-1");
        var started = await grain.SendAsync(new SessionCommand("StartRound", Actor.Facilitator, options: new CommandOptions { ExpectedVersion = 0 }));
        Assert.True(started.Accepted);
        Assert.Equal(1, started.Version);

        var stale = await grain.SendAsync(SessionCommand.WithPayload("AddIdea", P("p1"), "seed bank", new CommandOptions { ExpectedVersion = 0 }));
        Assert.False(stale.Accepted);
        Assert.Equal(RejectionKind.Conflict, stale.Refusal!.Kind);
        Assert.Equal(1, stale.Version);
        var thrown = Assert.Throws<CommandRejectedException>(stale.ThrowIfRefused);
        Assert.Equal("AddIdea", thrown.Command);
        Assert.Equal(1, (await grain.GetSnapshotAsync()).Version);

        var unknown = await grain.SendAsync(new SessionCommand("Shout", Actor.Facilitator, options: NoOptions));
        Assert.Equal(RejectionKind.InvalidInput, unknown.Refusal!.Kind);

        var current = await grain.SendAsync(SessionCommand.WithPayload("AddIdea", P("p1"), "seed bank", new CommandOptions { ExpectedVersion = 1 }));
        Assert.Equal(2, current.Version);
        Assert.False(string.IsNullOrEmpty(current.ReadResult<ContributionId>().Value));
    }

    [Fact]
    public Task SiloStoppedMidRound_SessionResumesOnTheOtherSilo_WithEveryAcknowledgedIdea_TheOverdueTimeUp_AndIdempotentRetries() =>
        FailoverAsync((cluster, silo) => cluster.Host.StopSiloAsync(silo));

    [Fact]
    public Task SiloKilledMidRound_SessionResumesOnTheOtherSilo_WithEveryAcknowledgedIdea_TheOverdueTimeUp_AndIdempotentRetries() =>
        FailoverAsync((cluster, silo) => cluster.Host.KillSiloAsync(silo));

    [Fact]
    public async Task WhileARoundRuns_AReminderIsKept_AndItsTickAfterDeactivation_EndsTheOverdueRound()
    {
        await using var cluster = await StartAsync();
        var grain = await cluster.StartBrainstormAsync("reminder-1");
        Assert.Null(await cluster.ReminderOfAsync(grain));

        (await grain.SendAsync(new SessionCommand("StartRound", Actor.Facilitator))).ThrowIfRefused();
        Assert.NotNull(await cluster.ReminderOfAsync(grain));

        await cluster.Host.DeactivateAsync(grain);
        cluster.Clock.Advance(TimeSpan.FromMinutes(11));
        await grain.AsReference<IRemindable>().ReceiveReminder(SessionGrain.ReminderName, new TickStatus(cluster.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(1), cluster.Clock.GetUtcNow().UtcDateTime));

        using var store = SqliteSessionStore.Open(cluster.StorePath);
        Assert.Equal(["roundStarted", "roundEnded"], (await store.LoadAsync("reminder-1"))!.Events.Select(e => e.Type));
        Assert.Null(await cluster.ReminderOfAsync(grain));
    }

    [Fact]
    public async Task APausedRound_NeedsNoReminder()
    {
        await using var cluster = await StartAsync();
        var grain = await cluster.StartBrainstormAsync("paused-1");
        (await grain.SendAsync(new SessionCommand("StartRound", Actor.Facilitator))).ThrowIfRefused();
        (await grain.SendAsync(new SessionCommand("PauseRound", Actor.Facilitator))).ThrowIfRefused();
        Assert.Null(await cluster.ReminderOfAsync(grain));
    }

    [Fact]
    public async Task ASiloWithoutAReminderService_StillRunsAndStoresCommands_AndItsOwnTimer()
    {
        await using var cluster = await StartAsync(reminders: false);
        var grain = await cluster.StartBrainstormAsync("no-reminders-1");
        (await grain.SendAsync(new SessionCommand("StartRound", Actor.Facilitator))).ThrowIfRefused();
        Assert.Equal(2, (await grain.SendAsync(SessionCommand.WithPayload("AddIdea", P("p1"), "rain gardens"))).Version);
        cluster.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(3, (await grain.GetSnapshotAsync()).Version);

        using var store = SqliteSessionStore.Open(cluster.StorePath);
        Assert.Equal(["roundStarted", "ideaAdded", "roundEnded"], (await store.LoadAsync("no-reminders-1"))!.Events.Select(e => e.Type));
    }

    [Fact]
    public async Task AWorldCafe_RunsThroughTheShippedCommandTable_WithNamedArguments_NextToTheBrainstorm()
    {
        await using var cluster = await StartAsync();
        var cafe = await cluster.StartCafeAsync("cafe-table-1");
        var brainstorm = await cluster.StartBrainstormAsync("brainstorm-1");

        Assert.True((await cafe.SendAsync(new SessionCommand("OpenCheckIn", Actor.Facilitator, options: new CommandOptions { ExpectedVersion = 0 }))).Accepted);
        var welcomed = await cafe.SendAsync(new SessionCommand("Welcome", Actor.Facilitator, options: CommandOptions.WithId("welcome")));
        Assert.True(welcomed.Accepted);
        Assert.Equal(2, welcomed.Version);
        (await cafe.SendAsync(new SessionCommand("StartRound", Actor.Facilitator))).ThrowIfRefused();
        (await cafe.SendAsync(new SessionCommand("StartConversation", Actor.Facilitator))).ThrowIfRefused();

        var inChinese = (await cafe.SendAsync(new SessionCommand("Welcome", Actor.Facilitator) { Culture = "zh-CN" })).Refusal!;
        var inEnglish = (await cafe.SendAsync(new SessionCommand("Welcome", Actor.Facilitator) { Culture = "en" })).Refusal!;
        Assert.Equal(RejectionKind.WrongPhase, inChinese.Kind);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", inChinese.Reason);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", inEnglish.Reason);
        Assert.Equal(RejectionKind.InvalidInput, (await cafe.SendAsync(new SessionCommand("Welcome", Actor.Facilitator) { Culture = "xx-nowhere" })).Refusal!.Kind);

        var misspelt = (await cafe.SendAsync(SessionCommand.WithPayload("AddNote", Actor.Facilitator, new { tabel = "T1", text = "keep the well" }))).Refusal!;
        Assert.Equal(RejectionKind.InvalidInput, misspelt.Kind);
        Assert.Contains("'tabel'", misspelt.Reason, StringComparison.Ordinal);
        var note = await cafe.SendAsync(SessionCommand.WithPayload("AddNote", Actor.Facilitator, new { table = "T1", text = "keep the well" }, CommandOptions.WithId("note-1")));
        Assert.Equal(5, note.Version);
        Assert.Equal("keep the well", note.ReadResult<Contribution>()!.Text);
        Assert.Equal(0, (await brainstorm.GetSnapshotAsync()).Version);

        using var store = SqliteSessionStore.Open(cluster.StorePath);
        Assert.Equal(["cafe-table-1"], (await store.ListByWorkshopAsync("spring-day")).Select(i => i.SessionId));
        Assert.Equal(5, (await store.LoadAsync("cafe-table-1"))!.Version);
    }

    private static async Task FailoverAsync(Func<Cluster, InProcessSiloHandle, Task> stop)
    {
        await using var cluster = await StartAsync();

        // A session on the secondary silo (the one that will stop).
        var secondary = cluster.Host.Silos[1];
        ISessionGrain? grain = null;
        for (var i = 1; grain is null; i++)
        {
            var candidate = await cluster.StartBrainstormAsync($"cafe-{i}");
            if (await cluster.SiloOfAsync(candidate) == secondary.SiloAddress)
            {
                grain = candidate;
            }
        }

        (await grain.SendAsync(new SessionCommand("StartRound", Actor.Facilitator))).ThrowIfRefused();
        var ideas = new List<ContributionId>();
        for (var i = 1; i <= 3; i++)
        {
            var reply = await grain.SendAsync(SessionCommand.WithPayload("AddIdea", P($"p{i}"), $"idea {i}", CommandOptions.WithId($"idea-{i}")));
            ideas.Add(reply.ReadResult<ContributionId>());
        }

        var acknowledged = (await grain.GetSnapshotAsync()).Version;
        Assert.Equal(4, acknowledged);

        await stop(cluster, secondary);
        cluster.Clock.Advance(TimeSpan.FromMinutes(11));

        // Any call activates the session on the remaining silo (the reminder does the same): it restores from the store and the
        // overdue round ends then.
        var resumed = await UntilAnsweredAsync(grain.GetSnapshotAsync);
        Assert.Equal(cluster.Host.Silos[0].SiloAddress, await cluster.SiloOfAsync(grain));
        Assert.Equal(acknowledged + 1, resumed.Version);

        var retry = await grain.SendAsync(SessionCommand.WithPayload("AddIdea", P("p2"), "idea 2", CommandOptions.WithId("idea-2")));
        Assert.True(retry.Accepted);
        Assert.Equal(ideas[1], retry.ReadResult<ContributionId>());
        Assert.Equal(resumed.Version, retry.Version);

        using var store = SqliteSessionStore.Open(cluster.StorePath);
        var stored = await store.LoadAsync(grain.GetPrimaryKeyString());
        Assert.NotNull(stored);
        Assert.Equal(["roundStarted", "ideaAdded", "ideaAdded", "ideaAdded", "roundEnded"], stored.Events.Select(e => e.Type));
        Assert.Equal(stored.Events.Select(e => (e.Version, e.Json)), (await grain.GetEventRecordsAsync(0)).Select(r => (r.Version, r.Json)));
    }

    [Fact]
    public async Task TheSessionsOwnTimer_EndsTheRoundWhileActive_StoresIt_AndTellsObservers()
    {
        await using var cluster = await StartAsync();
        var grain = await cluster.StartBrainstormAsync("timer-1");
        var observer = new Collector();
        var reference = cluster.Client.CreateObjectReference<ISessionObserver>(observer);
        await grain.SubscribeAsync(reference);

        (await grain.SendAsync(new SessionCommand("StartRound", Actor.Facilitator))).ThrowIfRefused();
        (await grain.SendAsync(SessionCommand.WithPayload("AddIdea", P("p1"), "shade trees"))).ThrowIfRefused();
        cluster.Clock.Advance(TimeSpan.FromMinutes(10));

        var seen = await observer.AllThree.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("roundEnded", seen.Single(r => r.Version == 3).Type);
        Assert.Equal(3, (await grain.GetSnapshotAsync()).Version);
        using var store = SqliteSessionStore.Open(cluster.StorePath);
        Assert.Equal("roundEnded", (await store.LoadAsync("timer-1"))!.Events[^1].Type);
        Assert.Equal([1L, 2L, 3L], seen.Select(r => r.Version).Order());
        await grain.UnsubscribeAsync(reference);
    }

    private sealed class Collector : ISessionObserver
    {
        private readonly List<SessionEventRecord> _seen = [];

        /// <summary>Completes with the records seen once three have arrived (one-way calls may arrive in any order).</summary>
        public TaskCompletionSource<SessionEventRecord[]> AllThree { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void OnEvent(string sessionId, SessionEventRecord record)
        {
            lock (_seen)
            {
                _seen.Add(record);
                if (_seen.Count == 3)
                {
                    AllThree.TrySetResult([.. _seen]);
                }
            }
        }
    }
}
