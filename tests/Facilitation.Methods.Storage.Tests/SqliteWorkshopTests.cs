using Facilitation.Methods.Storage.Sqlite;
using Facilitation.Methods.Workshops;
using Facilitation.Methods.WorldCafe;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Storage.Tests;

/// <summary>A running workshop in a real SQLite file: the workshop's log and its running café's log, closed and opened again.</summary>
public sealed class SqliteWorkshopTests : IDisposable
{
    private static readonly DateTimeOffset Nine = new(2018, 12, 5, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task RestoreAsync_CafeRunningInASqliteFile_ComesBackAfterTheFileIsReopened()
    {
        var path = folder.NewFile();
        var clock = new FakeTimeProvider(Nine);
        var people = Enumerable.Range(1, 8).Select(i => new Participant($"d{i}", $"主任{i}")).ToArray();
        var design = new WorkshopDesign
        {
            Title = "Workshop",
            Participants = [.. people],
            Days = [new WorkshopDay(Nine, Nine.AddHours(8))],
            Blocks =
            [
                new WorkshopBlock("lecture", BlockKind.Lecture, "Lecture", Nine, TimeSpan.FromMinutes(60)),
                WorkshopBlock.WorldCafe("cafe", "Café", Nine.AddHours(1), TimeSpan.FromMinutes(60), new WorldCafeDesign
                {
                    Participants = [.. people],
                    Tables = [new Group("T1", 4, people[0].Id), new Group("T2", 4, people[1].Id)],
                    Questions = [new Prompt("What do villagers need?"), new Prompt("Who helps?")],
                    Rounds = 2,
                    RoundDuration = TimeSpan.FromMinutes(20),
                }),
            ],
        };
        string saved;
        using (var store = SqliteSessionStore.Open(path))
        {
            using var workshop = WorkshopSession.Create(design, new SessionOptions { Id = "huinan", TimeProvider = clock });
            var recorder = await SessionRecorder.StartAsync(store, workshop, timeProvider: clock);
            workshop.OpenDay(Actor.Facilitator);
            foreach (var p in people.Take(7))
            {
                workshop.CheckIn(Actor.Facilitator, p.Id);
            }

            workshop.StartBlock(Actor.Facilitator, "lecture");
            workshop.CloseBlock(Actor.Facilitator, "lecture");
            workshop.StartBlock(Actor.Facilitator, "cafe");
            await recorder.SaveAsync();
            var cafe = workshop.Cafe("cafe")!;
            cafe.OpenCheckIn(Actor.Facilitator);
            workshop.CheckIn(Actor.ForParticipant(people[7].Id), people[7].Id);
            cafe.Welcome(Actor.Facilitator);
            cafe.StartRound(Actor.Facilitator);
            cafe.StartConversation(Actor.Facilitator);
            cafe.AddNote(Actor.ForParticipant(people[0].Id), "T1", "Old people living alone");
            await recorder.SaveAsync();
            saved = workshop.Save();
        }

        using (var store = SqliteSessionStore.Open(path))
        {
            using var restored = await WorkshopSession.RestoreAsync(store, "huinan", new SessionOptions { TimeProvider = clock });

            Assert.Equal(saved, restored!.Save());
            Assert.Equal(["Old people living alone"], restored.Cafe("cafe")!.Contributions.Select(c => c.Text));
            Assert.Contains(people[7].Id, restored.Cafe("cafe")!.Present);
            Assert.Equal(["huinan.cafe"], (await store.ListByWorkshopAsync("huinan")).Select(s => s.SessionId));
        }
    }
}
