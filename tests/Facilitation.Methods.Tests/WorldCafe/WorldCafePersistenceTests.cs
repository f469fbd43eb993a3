using System.Text.Json.Nodes;
using Facilitation.Methods.WorldCafe;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Facilitation.Methods.Tests.WorldCafe;

public class WorldCafePersistenceTests
{
    private static readonly Actor F = Actor.Facilitator;

    public static TheoryData<WorldCafePhase> Phases() => [.. Enum.GetValues<WorldCafePhase>()];

    [Theory]
    [MemberData(nameof(Phases))]
    public void Restore_OfASavedSession_InEveryPhase_IsIdentical(WorldCafePhase phase)
    {
        var (cafe, clock) = CafeFixture.At(phase);
        var saved = cafe.Save();
        using var restored = WorldCafeSession.Restore(saved, new SessionOptions { TimeProvider = clock }, CafeFixture.FastPlanner);
        Assert.Equal(saved, restored.Save());
        Assert.Equal(cafe.Phase, restored.Phase);
        Assert.Equal(cafe.Version, restored.Version);
        Assert.Equal(cafe.Seatings.ToArray(), restored.Seatings.ToArray());
        Assert.Equal(cafe.PermittedCommands.ToArray(), restored.PermittedCommands.ToArray());
        Assert.Equal(cafe.Design.Participants.ToArray(), restored.Design.Participants.ToArray());
    }

    [Fact]
    public void Restore_KeepsContributionsHostsAndChineseText_AndBehavesTheSame()
    {
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Conversation);
        var writer = cafe.CurrentSeating!.MembersOf("T2")[^1];
        cafe.AddNote(Actor.ForParticipant(writer), "T2", "村民最需要的服务");
        cafe.AddNote(Actor.ForParticipant(writer), "T2", "匿名", anonymous: true);
        cafe.Join(F, new Participant("迟到", "王小明", [new("village", "桥北村")]));
        using var restored = WorldCafeSession.Restore(cafe.Save(), new SessionOptions { TimeProvider = clock }, CafeFixture.FastPlanner);
        Assert.Equivalent(cafe.Contributions.ToArray(), restored.Contributions.ToArray(), strict: true);
        Assert.Equal(cafe.Participants.ToArray(), restored.Participants.ToArray());
        cafe.CloseRound(F);
        restored.CloseRound(F);
        Assert.Equal(cafe.Save(), restored.Save());
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("[]", "not a session document")]
    [InlineData("{\"format\":\"Facilitation.Methods.Session\",\"formatVersion\":2,\"method\":\"openSpace\",\"id\":\"s\",\"design\":{},\"events\":[]}", "not a worldCafe session")]
    [InlineData("{\"format\":\"Facilitation.Methods.Session\",\"formatVersion\":99}", "format version 99")]
    [InlineData("{\"kind\":\"WorldCafe\",\"formatVersion\":1}", "version-1")]
    [InlineData("{\"kind\":\"OpenSpace\",\"formatVersion\":1}", "version-1")]
    [InlineData("{\"kind\":\"WorldCafe\",\"formatVersion\":1", "not valid JSON")]
    public void Restore_OfCorruptDocument_ThrowsSessionDocumentExceptionWithAClearMessage(string json, string expected)
    {
        var e = Assert.Throws<SessionDocumentException>(() => WorldCafeSession.Restore(json, null, CafeFixture.FastPlanner));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    // Events of the café at the conversation: 1 check-in, 2 welcome (the plan), 3 round 1, 4 conversation, 5 the note.
    [Theory]
    [InlineData("formatVersion", "3")]
    [InlineData("method", "\"openSpace\"")]
    [InlineData("id", "\"\"")]
    [InlineData("design.rounds", "0")]
    [InlineData("design.tables", "[]")]
    [InlineData("design.questionMode", "42")]
    [InlineData("design.participants", "null")]
    [InlineData("design.title", "\"\"")]
    [InlineData("events.0.version", "5")]
    [InlineData("events.0.type", "\"Dancing\"")]
    [InlineData("events.0.event.data.to", "\"Harvest\"")]
    [InlineData("events.1.event.data.plan.seatings", "[]")]
    [InlineData("events.1.event.data.plan.fromRound", "2")]
    [InlineData("events.1.event.data.plan.plannedAt", "99")]
    [InlineData("events.2.event.occurredAt", "\"2000-01-01T00:00:00+00:00\"")]
    [InlineData("events.2.event.actor", "\"participant:p05\"")]
    [InlineData("events.3.event.data.command", "\"CloseRound\"")]
    [InlineData("events.4.event.data.note.text", "\"\"")]
    [InlineData("events.4.event.data.note.author", "\"ghost\"")]
    [InlineData("events.4.event.data.note.id", "\"c9\"")]
    [InlineData("events.4.event.data.note.table", "\"T9\"")]
    [InlineData("events.4.event.commandId", "null")]
    [InlineData("events.4.event.data.extra", "1")]
    public void Restore_OfHostileOrInconsistentDocument_ThrowsSessionDocumentException(string path, string value)
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Conversation);
        cafe.AddNote(F, "T1", "n", options: CommandOptions.WithId("x"));
        var root = JsonNode.Parse(cafe.Save())!;
        var parts = path.Split('.');
        var target = root;
        foreach (var part in parts[..^1])
        {
            target = int.TryParse(part, out var i) ? target[i]! : target[part]!;
        }

        target.AsObject()[parts[^1]] = JsonNode.Parse(value);
        Assert.Throws<SessionDocumentException>(() => WorldCafeSession.Restore(root.ToJsonString(), null, CafeFixture.FastPlanner));
    }

    [Fact]
    public void Restore_OfSeatingThatBreaksCapacity_ThrowsSessionDocumentException()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Welcome);
        var root = JsonNode.Parse(cafe.Save())!;
        var tables = root["events"]![1]!["event"]!["data"]!["plan"]!["seatings"]![0]!["tables"]!.AsObject();
        tables["T2"] = new JsonArray([.. cafe.Present.Skip(3).Select(p => (JsonNode)JsonValue.Create(p.Value))]);
        var e = Assert.Throws<SessionDocumentException>(() => WorldCafeSession.Restore(root.ToJsonString(), null, CafeFixture.FastPlanner));
        Assert.Contains("Event 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("seated twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_FromDesignJsonAndRecords_IsTheSameCafe()
    {
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Plenary);
        using var restored = WorldCafeSession.Restore(cafe.DesignJson, cafe.GetEventRecords(), new SessionOptions { TimeProvider = clock });
        Assert.Equal(cafe.Save(), restored.Save());
        Assert.Equal(cafe.Id, restored.Id);
    }

    [Fact]
    public void Restore_OfAVersion1Document_UpgradesByReplay_AndKeepsSeatingNotesAndAnonymity()
    {
        var v1 = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sessions", "Resources", "world-cafe-v1.json"));
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(CafeFixture.Start.AddHours(1));
        using var cafe = WorldCafeSession.Restore(v1, new SessionOptions { TimeProvider = clock });
        Assert.Equal(WorldCafePhase.RoundClose, cafe.Phase);
        Assert.Equal(new Round(1), cafe.CurrentRound);
        Assert.Equal(["p01", "p06", "p08", "p09"], cafe.Seatings[0].MembersOf("T1").Select(p => p.Value));
        Assert.Equal(["p01", "p10", "p11", "p12"], cafe.Seatings[1].MembersOf("T1").Select(p => p.Value));
        Assert.Equal(["水源要保护好", "anonymous idea"], cafe.Contributions.Select(c => c.Text));
        Assert.Equal(new ParticipantId("p01"), cafe.Contributions[0].Author);
        Assert.Null(cafe.Contributions[1].Author);
        var saved = cafe.Save();
        Assert.Contains("\"formatVersion\":2", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("anon-1", saved, StringComparison.Ordinal);
        using var again = WorldCafeSession.Restore(saved, new SessionOptions { TimeProvider = clock });
        Assert.Equal(saved, again.Save());
        var retried = again.AddNote(Actor.ForParticipant("p04"), "T2", "anonymous idea", anonymous: true, CommandOptions.WithId("anon-1"));
        Assert.Equivalent(cafe.Contributions[1], retried, strict: true);
        again.StartPlenary(F);
        again.StartRound(F);
        Assert.Equal(WorldCafePhase.Seating, again.Phase);
    }

    private static readonly Lazy<string> Saved = new(() =>
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Conversation);
        cafe.AddNote(Actor.Facilitator, "T1", "村民参与", options: CommandOptions.WithId("n1"));
        return cafe.Save();
    });

    [Property(MaxTest = 300)]
    public Property Restore_OfAMutatedDocument_RestoresOrThrowsSessionDocumentException_NeverAnythingElse() =>
        Prop.ForAll(
            Gen.Choose(0, 3).Zip(Gen.Choose(0, int.MaxValue)).Zip(Gen.Elements("\"", "}", "0", "-1", "null", "x", "[", "9999999999", "\\u0000")).ToArbitrary(),
            m =>
            {
                var ((how, at), text) = m;
                var doc = Saved.Value;
                var i = at % doc.Length;
                var mutated = how switch
                {
                    0 => doc[..i],
                    1 => doc.Remove(i, 1),
                    2 => doc.Insert(i, text),
                    _ => doc.Remove(i, 1).Insert(i, text),
                };
                try
                {
                    using var restored = WorldCafeSession.Restore(mutated, new SessionOptions { TimeProvider = CafeFixture.CreateSut().Clock }, CafeFixture.FastPlanner);
                    return restored.Save().Length > 0;
                }
                catch (SessionDocumentException e)
                {
                    return e.Message.Length > 0;
                }
            });
}
