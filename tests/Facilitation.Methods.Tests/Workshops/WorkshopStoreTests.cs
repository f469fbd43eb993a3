using Facilitation.Methods.Storage;
using Facilitation.Methods.Workshops;
using Microsoft.Extensions.Time.Testing;
using static Facilitation.Methods.Tests.Workshops.RunningFixture;

namespace Facilitation.Methods.Tests.Workshops;

/// <summary>A running workshop kept in a store (issue 13 / 16): its log and each method block's log under its own id, restored together and checked against each other.</summary>
public class WorkshopStoreTests
{
    private readonly ISessionStore _store = new InMemorySessionStore();

    [Fact]
    public async Task RestoreAsync_CafeRunning_ComesBackWithItsNotesAndTheForwardedCheckIn()
    {
        var (workshop, clock, recorder) = await CafeRunningAsync();
        var cafe = workshop.Cafe("cafe")!;
        var saved = workshop.Save();

        using var restored = await WorkshopSession.RestoreAsync(_store, "ws-1", Options(clock));

        Assert.Equal(saved, restored!.Save());
        Assert.Equal(cafe.Contributions.Select(c => c.Text), restored.Cafe("cafe")!.Contributions.Select(c => c.Text));
        Assert.Contains(Id(12), restored.Cafe("cafe")!.Present);
        Assert.Equal(workshop.Version, recorder.StoredVersion);
        workshop.Dispose();
    }

    [Fact]
    public async Task SaveAsync_MethodBlocks_AreStoredUnderTheirOwnIds_AndListedByTheWorkshop()
    {
        var (workshop, clock, recorder) = await CafeRunningAsync();
        var running = workshop.Cafe("cafe")!;
        running.CloseRound(F);
        running.StartRound(F);
        running.BeginBriefing(F);
        running.StartConversation(F);
        running.CloseRound(F);
        running.BeginHarvest(F);
        running.Close(F);
        workshop.CloseBlock(F, "cafe");
        await recorder.SaveAsync();

        var listed = await _store.ListByWorkshopAsync("ws-1");
        var cafe = await _store.LoadAsync("ws-1.cafe");

        Assert.Equal(["ws-1.cafe"], listed.Select(i => i.SessionId));
        Assert.Equal("worldCafe", listed[0].Method);
        Assert.Equal(workshop.Cafe("cafe")!.Version, cafe!.Version);
        using var restored = await WorkshopSession.RestoreAsync(_store, "ws-1", Options(clock));
        Assert.Equal(workshop.Save(), restored!.Save());
        workshop.Dispose();
    }

    [Fact]
    public async Task RestoreAsync_ACommandAfterTheRestore_IsStoredByANewRecorder_AndRestoresAgain()
    {
        var (workshop, clock, _) = await CafeRunningAsync();
        workshop.Dispose();
        using var restored = (await WorkshopSession.RestoreAsync(_store, "ws-1", Options(clock)))!;
        var recorder = await SessionRecorder.StartAsync(_store, restored, timeProvider: clock);

        var cafe = restored.Cafe("cafe")!;
        var table = cafe.Design.Tables[0].Id;
        cafe.AddNote(Actor.ForParticipant(cafe.CurrentSeating!.MembersOf(table)[0]), table, "After the restore");
        restored.Depart(F, Id(11));
        await recorder.SaveAsync();

        using var again = await WorkshopSession.RestoreAsync(_store, "ws-1", Options(clock));
        Assert.Equal(restored.Save(), again!.Save());
    }

    [Fact]
    public async Task RestoreAsync_WorkshopLogAheadOfTheBlocksLog_IsRefusedWithWhatDisagrees()
    {
        var (workshop, clock, recorder) = await CafeRunningAsync();

        // A host that stored the workshop's events but not its café's: the workshop names a forward the café's stored log lacks.
        workshop.Depart(F, Id(12));
        var tail = workshop.GetEventRecords(recorder.StoredVersion).Select(r => new StoredEvent(r.Version, r.Type, r.Json, clock.GetUtcNow())).ToList();
        await _store.AppendAsync("ws-1", recorder.StoredVersion, tail);

        var e = await Assert.ThrowsAsync<SessionDocumentException>(async () => await WorkshopSession.RestoreAsync(_store, "ws-1", Options(clock)));

        Assert.Contains("disagree", e.Message, StringComparison.Ordinal);
        workshop.Dispose();
    }

    [Fact]
    public async Task RestoreAsync_RunningBlocksLogMissing_IsRefused()
    {
        var (workshop, clock, _) = await CafeRunningAsync();
        await _store.DeleteAsync("ws-1.cafe");

        var e = await Assert.ThrowsAsync<SessionDocumentException>(async () => await WorkshopSession.RestoreAsync(_store, "ws-1", Options(clock)));

        Assert.Contains("ws-1.cafe", e.Message, StringComparison.Ordinal);
        workshop.Dispose();
    }

    [Fact]
    public async Task RestoreAsync_UnknownWorkshop_IsNull()
    {
        Assert.Null(await WorkshopSession.RestoreAsync(_store, "nobody", null));
    }

    // The day's programme up to a running café with one round's notes, everyone but person 12 checked in before it and person 12 forwarded
    // to it as a join; the recorder saves after every step, as a host answering clients would.
    private async Task<(WorkshopSession Workshop, FakeTimeProvider Clock, SessionRecorder Recorder)> CafeRunningAsync()
    {
        var (workshop, clock) = Create();
        var recorder = await SessionRecorder.StartAsync(_store, workshop, timeProvider: clock);
        workshop.OpenDay(F);
        foreach (var p in workshop.Design.Participants.Take(11))
        {
            workshop.CheckIn(F, p.Id);
        }

        workshop.StartBlock(F, "opening");
        workshop.CloseBlock(F, "opening");
        workshop.SkipBlock(F, "inventory", "Not today");
        await recorder.SaveAsync();
        clock.SetUtcNow(At(9, 30));
        workshop.StartBlock(F, "cafe");
        await recorder.SaveAsync();
        var cafe = workshop.Cafe("cafe")!;
        cafe.OpenCheckIn(F);
        workshop.CheckIn(F, Id(12));
        cafe.Welcome(F);
        cafe.StartRound(F);
        cafe.StartConversation(F);
        foreach (var table in cafe.Design.Tables)
        {
            cafe.AddNote(Actor.ForParticipant(cafe.CurrentSeating!.MembersOf(table.Id)[0]), table.Id, $"Note at {table.Id}");
        }

        await recorder.SaveAsync();
        return (workshop, clock, recorder);
    }
}
