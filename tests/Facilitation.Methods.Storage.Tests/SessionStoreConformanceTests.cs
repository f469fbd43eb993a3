using Facilitation.Methods.Storage;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Facilitation.Methods.Storage.Tests;

/// <summary>What every <see cref="ISessionStore"/> must do, run against each implementation (see the derived classes).</summary>
public abstract class SessionStoreConformanceTests
{
    protected static readonly DateTimeOffset Start = new(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Makes an empty store; each call is a new, separate store.</summary>
    protected abstract ISessionStore CreateSut();

    protected static SessionRecord Record(string id, string? workshop = null, string? owner = null) =>
        new(id, "world-cafe", $$"""{"title":"{{id}}"}""", workshop, owner);

    // Stored values are classes without value equality: two are the same when they hold the same values.
    protected static (string, string, string, string?, string?) Held(SessionRecord r) => (r.SessionId, r.Method, r.DesignJson, r.WorkshopId, r.Owner);

    protected static IEnumerable<(long, string, string, DateTimeOffset)> Held(IEnumerable<StoredEvent> events) => events.Select(e => (e.Version, e.Type, e.Json, e.Time));

    protected static StoredEvent[] Events(long after, int count) =>
        [.. Enumerable.Range(1, count).Select(i => new StoredEvent(after + i, $"Event{(after + i) % 3}", $$"""{"n":{{after + i}},"text":"é ✓ \"quoted\""}""", Start.AddSeconds(after + i)))];

    [Fact]
    public async Task CreateAsync_NewSession_LoadsAtVersionZeroWithItsRecord()
    {
        var store = CreateSut();
        var record = Record("cafe-1", "ws-1", "anna");

        Assert.True(await store.CreateAsync(record));
        var loaded = await store.LoadAsync("cafe-1");

        Assert.NotNull(loaded);
        Assert.Equal(Held(record), Held(loaded.Record));
        Assert.Equal(0, loaded.Version);
        Assert.Empty(loaded.Events);
    }

    [Fact]
    public async Task CreateAsync_SameIdTwice_ReturnsFalseAndKeepsTheFirst()
    {
        var store = CreateSut();
        await store.CreateAsync(Record("cafe-1", "ws-1"));
        await store.AppendAsync("cafe-1", 0, Events(0, 2));

        Assert.False(await store.CreateAsync(Record("cafe-1", "ws-2")));
        var loaded = await store.LoadAsync("cafe-1");
        Assert.Equal("ws-1", loaded!.Record.WorkshopId);
        Assert.Equal(2, loaded.Version);
    }

    [Fact]
    public async Task AppendAsync_SeveralAppends_LoadReturnsEveryEventExactly()
    {
        var store = CreateSut();
        await store.CreateAsync(Record("cafe-1"));

        Assert.Equal(3, await store.AppendAsync("cafe-1", 0, Events(0, 3)));
        Assert.Equal(4, await store.AppendAsync("cafe-1", 3, Events(3, 1)));
        var loaded = await store.LoadAsync("cafe-1");

        Assert.Equal(4, loaded!.Version);
        Assert.Equal(Held(Events(0, 4)), Held(loaded.Events));
        Assert.Equal(TimeSpan.FromHours(1), loaded.Events[0].Time.Offset);
    }

    [Fact]
    public async Task AppendAsync_StaleExpectedVersion_ThrowsConflictNamingBothVersions_AndStoresNothing()
    {
        var store = CreateSut();
        await store.CreateAsync(Record("cafe-1"));
        await store.AppendAsync("cafe-1", 0, Events(0, 2));

        var conflict = await Assert.ThrowsAsync<SessionConflictException>(async () => await store.AppendAsync("cafe-1", 1, Events(1, 3)));

        Assert.Equal(("cafe-1", 1L, 2L), (conflict.SessionId, conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Contains("Session 'cafe-1' is at version 2, not the expected 1", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("append with expected version 2", conflict.Message, StringComparison.Ordinal);
        var loaded = await store.LoadAsync("cafe-1");
        Assert.Equal(Held(Events(0, 2)), Held(loaded!.Events));
    }

    [Fact]
    public async Task AppendAsync_UnknownSession_ThrowsNotFound()
    {
        var store = CreateSut();

        var error = await Assert.ThrowsAsync<SessionNotFoundException>(async () => await store.AppendAsync("nobody", 0, Events(0, 1)));

        Assert.Equal("nobody", error.SessionId);
        Assert.Contains("create it with CreateAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_VersionsThatDoNotFollowTheExpectedVersion_AreRefusedAndNothingIsStored()
    {
        var store = CreateSut();
        await store.CreateAsync(Record("cafe-1"));

        var gap = await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync("cafe-1", 0, [Events(0, 1)[0], Events(2, 1)[0]]));
        var empty = await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync("cafe-1", 0, []));

        Assert.Contains("Event 1 of the append to session 'cafe-1' has version 3, but appending after version 0 it must be 2", gap.Message, StringComparison.Ordinal);
        Assert.Contains("this one carries 0.", empty.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await store.LoadAsync("cafe-1"))!.Version);
    }

    [Fact]
    public async Task AppendAsync_PastTheMostEventsASessionHolds_IsRefused()
    {
        var store = CreateSut();
        await store.CreateAsync(Record("cafe-1"));
        var max = SessionStoreLimits.MaxEventsPerSession;

        var error = await Assert.ThrowsAsync<SessionStoreException>(async () => await store.AppendAsync("cafe-1", max - 1, Events(max - 1, 2)));

        Assert.Contains($"would hold {max + 1:N0} events; a session holds at most {max:N0}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_CancelledToken_ThrowsAndStoresNothing()
    {
        var store = CreateSut();
        await store.CreateAsync(Record("cafe-1"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.AppendAsync("cafe-1", 0, Events(0, 1), new CancellationToken(canceled: true)));

        Assert.Equal(0, (await store.LoadAsync("cafe-1"))!.Version);
    }

    [Fact]
    public async Task LoadAsync_AfterAVersion_ReturnsOnlyTheNewerEvents()
    {
        var store = CreateSut();
        await store.CreateAsync(Record("cafe-1"));
        await store.AppendAsync("cafe-1", 0, Events(0, 5));

        var tail = await store.LoadAsync("cafe-1", afterVersion: 3);
        var beyond = await store.LoadAsync("cafe-1", afterVersion: 9);

        Assert.Equal(Held(Events(3, 2)), Held(tail!.Events));
        Assert.Equal(5, tail.Version);
        Assert.Empty(beyond!.Events);
        Assert.Equal(5, beyond.Version);
    }

    [Fact]
    public async Task LoadAsync_UnknownSession_ReturnsNull()
    {
        Assert.Null(await CreateSut().LoadAsync("nobody"));
    }

    [Fact]
    public async Task ListAsync_ByWorkshopAndByOwner_ReturnsTheirSessionsOrderedById()
    {
        var store = CreateSut();
        await store.CreateAsync(Record("b-cafe", "ws-1", "anna"));
        await store.CreateAsync(Record("a-space", "ws-1", "ben"));
        await store.CreateAsync(Record("c-alone", owner: "anna"));
        await store.CreateAsync(Record("d-other", "ws-2"));
        await store.AppendAsync("b-cafe", 0, Events(0, 3));

        var workshop = await store.ListByWorkshopAsync("ws-1");
        var owner = await store.ListByOwnerAsync("anna");

        Assert.Equal([("a-space", "world-cafe", "ws-1", "ben", 0L), ("b-cafe", "world-cafe", "ws-1", "anna", 3L)], workshop.Select(s => (s.SessionId, s.Method, s.WorkshopId, s.Owner, s.Version)));
        Assert.Equal(["b-cafe", "c-alone"], owner.Select(s => s.SessionId));
        Assert.Empty(await store.ListByWorkshopAsync("ws-none"));
    }

    [Fact]
    public async Task DeleteAsync_Session_RemovesItAndItsEvents_AndTheIdCanBeUsedAgain()
    {
        var store = CreateSut();
        await store.CreateAsync(Record("cafe-1", "ws-1"));
        await store.AppendAsync("cafe-1", 0, Events(0, 3));

        Assert.True(await store.DeleteAsync("cafe-1"));
        Assert.False(await store.DeleteAsync("cafe-1"));
        Assert.Null(await store.LoadAsync("cafe-1"));
        Assert.Empty(await store.ListByWorkshopAsync("ws-1"));
        await Assert.ThrowsAsync<SessionNotFoundException>(async () => await store.AppendAsync("cafe-1", 3, Events(3, 1)));

        Assert.True(await store.CreateAsync(Record("cafe-1")));
        Assert.Equal(1, await store.AppendAsync("cafe-1", 0, Events(0, 1)));
        Assert.Equal(Held(Events(0, 1)), Held((await store.LoadAsync("cafe-1"))!.Events));
    }

    [Fact]
    public async Task EveryOperation_BadId_IsRefusedWithAnErrorNamingIt()
    {
        var store = CreateSut();
        var tooLong = new string('x', SessionStoreLimits.MaxIdLength + 1);

        var load = await Assert.ThrowsAsync<ArgumentException>(async () => await store.LoadAsync(tooLong));
        var list = await Assert.ThrowsAsync<ArgumentException>(async () => await store.ListByOwnerAsync("an\nna"));
        var delete = await Assert.ThrowsAsync<ArgumentException>(async () => await store.DeleteAsync(" "));

        Assert.Contains("is 201 characters long; at most 200 are allowed", load.Message, StringComparison.Ordinal);
        Assert.Contains("contains a control character", list.Message, StringComparison.Ordinal);
        Assert.Contains("must not be empty", delete.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_WritersRacingOnOneSession_ExactlyOneWinsEachVersion_AndRetriesStoreEverything()
    {
        var store = CreateSut();
        await store.CreateAsync(Record("cafe-1"));
        const int writers = 6;
        const int appendsEach = 15;
        var conflicts = 0;

        async Task Write(int writer)
        {
            for (var n = 0; n < appendsEach; n++)
            {
                var version = (await store.LoadAsync("cafe-1", long.MaxValue))!.Version;
                while (true)
                {
                    var e = new StoredEvent(version + 1, "NoteWritten", $$"""{"writer":{{writer}},"n":{{n}}}""", Start);
                    try
                    {
                        await store.AppendAsync("cafe-1", version, [e]);
                        break;
                    }
                    catch (SessionConflictException conflict)
                    {
                        Interlocked.Increment(ref conflicts);
                        Assert.True(conflict.ActualVersion > version);
                        version = conflict.ActualVersion;
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => Write(w))));
        var loaded = await store.LoadAsync("cafe-1");

        Assert.Equal(writers * appendsEach, loaded!.Version);
        Assert.Equal(Enumerable.Range(1, writers * appendsEach).Select(v => (long)v), loaded.Events.Select(e => e.Version));
        var written = loaded.Events.Select(e => e.Json).ToList();
        Assert.Equal(written.Count, written.Distinct().Count());
        Assert.All(Enumerable.Range(0, writers), w => Assert.Equal(appendsEach, written.Count(j => j.StartsWith($$"""{"writer":{{w}},""", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task AppendAsync_SameVersionFromManyWritersAtOnce_ExactlyOneWins_TheOthersGetARetryableConflict()
    {
        var store = CreateSut();
        await store.CreateAsync(Record("cafe-1"));
        for (var round = 0; round < 10; round++)
        {
            var expected = (long)round;
            var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                try
                {
                    await store.AppendAsync("cafe-1", expected, [new StoredEvent(expected + 1, "Vote", $$"""{"writer":{{w}}}""", Start)]);
                    return (Won: true, Actual: expected + 1);
                }
                catch (SessionConflictException conflict)
                {
                    return (Won: false, Actual: conflict.ActualVersion);
                }
            })));

            Assert.Single(attempts, a => a.Won);
            Assert.All(attempts, a => Assert.Equal(expected + 1, a.Actual));
        }

        Assert.Equal(10, (await store.LoadAsync("cafe-1"))!.Events.Count);
    }

    public sealed record StoreStep(int ExpectedOffset, int Count);

    private static Arbitrary<StoreStep[]> Steps =>
        Gen.Zip(Gen.Elements(-1, 0, 0, 0, 1), Gen.Choose(1, 3)).Select(p => new StoreStep(p.Item1, p.Item2)).ArrayOf().ToArbitrary();

    [Property(MaxTest = 25)]
    public Property AppendAsync_AnySequenceOfFreshAndStaleAppends_StoresExactlyTheAcceptedOnes() => Prop.ForAll(Steps, steps =>
    {
        var store = CreateSut();
        store.CreateAsync(Record("cafe-1")).AsTask().GetAwaiter().GetResult();
        var model = new List<StoredEvent>();
        foreach (var step in steps)
        {
            var expected = Math.Max(0, model.Count + step.ExpectedOffset);
            var events = Events(expected, step.Count);
            try
            {
                var version = store.AppendAsync("cafe-1", expected, events).AsTask().GetAwaiter().GetResult();
                if (expected != model.Count || version != model.Count + step.Count)
                {
                    return false.Label($"append after {expected} was accepted at model version {model.Count}");
                }

                model.AddRange(events);
            }
            catch (SessionConflictException conflict)
            {
                if (expected == model.Count || conflict.ActualVersion != model.Count)
                {
                    return false.Label($"append after {expected} conflicted at model version {model.Count} (store said {conflict.ActualVersion})");
                }
            }
        }

        var loaded = store.LoadAsync("cafe-1").AsTask().GetAwaiter().GetResult()!;
        return (loaded.Version == model.Count && Held(loaded.Events).SequenceEqual(Held(model))).Label($"stored {loaded.Version}, model {model.Count}");
    });
}
