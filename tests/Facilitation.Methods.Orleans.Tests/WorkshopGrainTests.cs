using Facilitation.Methods.Storage.Sqlite;
using Facilitation.Methods.Workshops;
using Facilitation.Methods.WorldCafe;
using static Facilitation.Methods.Orleans.Tests.Cluster;

namespace Facilitation.Methods.Orleans.Tests;

/// <summary>A workshop as one grain (issue 16 item 3): its running café held inside it, both stored, both back after a silo stops.</summary>
public sealed class WorkshopGrainTests
{
    [Fact]
    public async Task AWorkshopGrain_RunsAPlainBlockAndACafeWithNotesAndAForwardedCheckIn_AndFindsEverythingBackAfterItsSiloStops()
    {
        await using var cluster = await StartAsync();
        var secondary = cluster.Host.Silos[1];
        ISessionGrain? grain = null;
        string? id = null;
        for (var i = 1; grain is null; i++)
        {
            var candidate = await StartWorkshopAsync(cluster, $"workshop-{i}");
            if (await cluster.SiloOfAsync(candidate) == secondary.SiloAddress)
            {
                (grain, id) = (candidate, $"workshop-{i}");
            }
        }

        async Task<SessionReply> Send(string command, Actor actor, object? payload = null, string? commandId = null)
        {
            var options = commandId is null ? null : CommandOptions.WithId(commandId);
            var reply = await grain.SendAsync(payload is null ? new SessionCommand(command, actor, options: options) : SessionCommand.WithPayload(command, actor, payload, options));
            reply.ThrowIfRefused();
            return reply;
        }

        await Send("OpenDay", Actor.Facilitator);
        foreach (var person in new[] { "p1", "p2", "p3", "p4", "p5" })
        {
            await Send("CheckIn", Actor.Facilitator, new { person });
        }

        await Send("StartBlock", Actor.Facilitator, new { block = "lecture" });
        await Send("CloseBlock", Actor.Facilitator, new { block = "lecture" });
        await Send("StartBlock", Actor.Facilitator, new { block = "cafe" });
        await Send("WorldCafe.OpenCheckIn", Actor.Facilitator);
        await Send("CheckIn", P("p6"), new { person = "p6" }); // forwarded to the running café as a join
        await Send("WorldCafe.Welcome", Actor.Facilitator);
        await Send("WorldCafe.StartRound", Actor.Facilitator);
        await Send("WorldCafe.StartConversation", Actor.Facilitator);
        var note = await Send("WorldCafe.AddNote", P("p1"), new { table = "T1", text = "keep the old well" }, "note-1");
        Assert.Equal(RejectionKind.InvalidInput, (await grain.SendAsync(new SessionCommand("Brainstorm.StartRound", Actor.Facilitator))).Refusal!.Kind);
        var acknowledged = (await grain.GetSnapshotAsync()).Version;

        await cluster.Host.StopSiloAsync(secondary);

        var resumed = await UntilAnsweredAsync(grain.GetSnapshotAsync);
        Assert.Equal(cluster.Host.Silos[0].SiloAddress, await cluster.SiloOfAsync(grain));
        Assert.Equal(acknowledged, resumed.Version);
        Assert.Equal("BlockRunning", resumed.Phase);
        var retry = await Send("WorldCafe.AddNote", P("p1"), new { table = "T1", text = "keep the old well" }, "note-1");
        Assert.Equal(note.ReadResult<Contribution>()!.Id, retry.ReadResult<Contribution>()!.Id);
        await Send("WorldCafe.AddNote", P("p2"), new { table = "T2", text = "a bench by the pond" });

        using var store = SqliteSessionStore.Open(cluster.StorePath);
        Assert.Equal([$"{id}.cafe"], (await store.ListByWorkshopAsync(id!)).Select(s => s.SessionId));
        using var workshop = await WorkshopSession.RestoreAsync(store, id!, new SessionOptions { TimeProvider = cluster.Clock });
        var cafe = workshop!.Cafe("cafe")!;
        Assert.Equal(["keep the old well", "a bench by the pond"], cafe.Contributions.Select(c => c.Text));
        Assert.Contains(new ParticipantId("p6"), cafe.Present);
        Assert.Equal(BlockStatus.Closed, workshop.StatusOf("lecture"));
    }

    private static async Task<ISessionGrain> StartWorkshopAsync(Cluster cluster, string id)
    {
        var nine = cluster.Clock.GetUtcNow();
        var people = Enumerable.Range(1, 6).Select(i => new Participant(new ParticipantId($"p{i}"))).ToArray();
        var design = new WorkshopDesign
        {
            Title = "Orleans workshop",
            Participants = [.. people],
            Days = [new WorkshopDay(nine, nine.AddHours(8))],
            Blocks =
            [
                new WorkshopBlock("lecture", BlockKind.Lecture, "Lecture", nine, TimeSpan.FromMinutes(60)),
                WorkshopBlock.WorldCafe("cafe", "Café", nine.AddHours(1), TimeSpan.FromMinutes(60), new WorldCafeDesign
                {
                    Participants = [.. people],
                    Tables = [new Group(new GroupId("T1"), 4, new ParticipantId("p1")), new Group(new GroupId("T2"), 4, new ParticipantId("p2"))],
                    Questions = [new Prompt("What grows here?"), new Prompt("Who tends it?")],
                    Rounds = 1,
                }),
            ],
        };
        using var session = WorkshopSession.Create(design, new SessionOptions { Id = id, TimeProvider = cluster.Clock });
        var grain = cluster.Client.GetGrain<ISessionGrain>(id);
        await grain.StartAsync(session.DesignJson);
        return grain;
    }
}
