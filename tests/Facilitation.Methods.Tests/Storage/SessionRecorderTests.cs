using Facilitation.Methods.Storage;
using Facilitation.Methods.Tests.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Storage;

public class SessionRecorderTests
{
    private static readonly Actor Ana = Actor.ForParticipant("ana");
    private readonly FakeTimeProvider _clock = new(Tally.Start);
    private readonly ISessionStore _store = new InMemorySessionStore();

    private TallySession Started()
    {
        var session = new TallySession(Tally.Create(_clock));
        session.Execute(Actor.Facilitator, new TallyStarted(TimeSpan.FromMinutes(20)));
        return session;
    }

    private ValueTask<TallySession?> Restore() =>
        SessionRecorder.RestoreAsync(_store, "tally-1", (design, records) => TallySession.Restore(design, records, _clock));

    [Fact]
    public async Task StartAsync_NewSession_StoresItsMethodDesignAndEveryEvent()
    {
        using var session = Started();
        session.Execute(Ana, new TallyAdded("a quieter room", false));

        var recorder = await SessionRecorder.StartAsync(_store, session, workshopId: "spring-day", owner: "lea", _clock);
        var stored = await _store.LoadAsync("tally-1");

        Assert.Equal(2, recorder.StoredVersion);
        Assert.Equal(("tally-1", "tally", session.DesignJson, "spring-day", "lea"), (stored!.Record.SessionId, stored.Record.Method, stored.Record.DesignJson, stored.Record.WorkshopId, stored.Record.Owner));
        Assert.Equal(EventRecords.Held(session.GetEventRecords()), stored.Events.Select(e => (e.Version, e.Type, e.Json)));
        Assert.Equal(["tallyStarted", "tallyAdded"], stored.Events.Select(e => e.Type));
        Assert.All(stored.Events, e => Assert.Equal(Tally.Start, e.Time));
    }

    [Fact]
    public async Task SaveAsync_AfterEachCommand_AppendsOnlyTheNewEvents_AndRestoreGivesTheSameSession()
    {
        using var session = Started();
        var recorder = await SessionRecorder.StartAsync(_store, session, timeProvider: _clock);
        for (var i = 1; i <= 5; i++)
        {
            session.Execute(Ana, new TallyAdded($"idea {i}", i % 2 == 0), CommandOptions.WithId($"c{i}"));
            Assert.Equal(session.Version, await recorder.SaveAsync());
        }

        Assert.Equal(session.Version, await recorder.SaveAsync()); // nothing new: nothing appended
        using var restored = await Restore();

        Assert.Equal(6, (await _store.LoadAsync("tally-1"))!.Version);
        Assert.Equal(session.Save(), restored!.Save());
    }

    [Fact]
    public async Task RestoreAsync_RetryOfAStoredCommand_IsAppliedOnce_AndStoresNothingNew()
    {
        using (var session = Started())
        {
            var recorder = await SessionRecorder.StartAsync(_store, session, timeProvider: _clock);
            session.Execute(Ana, new TallyAdded("idea", false), CommandOptions.WithId("c1"));
            await recorder.SaveAsync();
        }

        // The host died after storing the command but before answering; the client retries on a restored session.
        using var restored = (await Restore())!;
        var again = await SessionRecorder.StartAsync(_store, restored, timeProvider: _clock);
        var retried = restored.Execute(Ana, new TallyAdded("idea", false), CommandOptions.WithId("c1"));

        Assert.Equal(2, retried.Version);
        Assert.Equal(2, await again.SaveAsync());
        Assert.Equal(2, (await _store.LoadAsync("tally-1"))!.Events.Count);
    }

    [Fact]
    public async Task SaveAsync_TwoHostsWritingTheSameSession_TheSecondIsRefusedWithAConflict_AndTheStoreKeepsTheFirst()
    {
        using (var session = Started())
        {
            await SessionRecorder.StartAsync(_store, session, timeProvider: _clock);
        }

        using var first = (await Restore())!;
        using var second = (await Restore())!;
        var firstRecorder = await SessionRecorder.StartAsync(_store, first, timeProvider: _clock);
        var secondRecorder = await SessionRecorder.StartAsync(_store, second, timeProvider: _clock);
        first.Execute(Ana, new TallyAdded("from the first host", false));
        second.Execute(Ana, new TallyAdded("from the second host", false));

        await firstRecorder.SaveAsync();
        var conflict = await Assert.ThrowsAsync<SessionConflictException>(async () => await secondRecorder.SaveAsync());

        Assert.Equal((1L, 2L), (conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Equal(1, secondRecorder.StoredVersion);
        using var stored = (await Restore())!;
        Assert.Equal(first.Save(), stored.Save());
    }

    [Fact]
    public async Task StartAsync_SessionOlderThanTheStore_IsRefusedWithAConflict()
    {
        using var session = Started();
        await SessionRecorder.StartAsync(_store, session, timeProvider: _clock);
        using var stale = (await Restore())!;
        session.Execute(Ana, new TallyAdded("newer", false));
        await (await SessionRecorder.StartAsync(_store, session, timeProvider: _clock)).SaveAsync();

        var conflict = await Assert.ThrowsAsync<SessionConflictException>(async () => await SessionRecorder.StartAsync(_store, stale, timeProvider: _clock));

        Assert.Equal((1L, 2L), (conflict.ExpectedVersion, conflict.ActualVersion));
    }

    [Fact]
    public async Task RestoreAsync_UnknownSession_ReturnsNull()
    {
        Assert.Null(await Restore());
    }
}
