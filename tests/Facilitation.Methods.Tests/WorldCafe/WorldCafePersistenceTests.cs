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
        Assert.Equal(cafe.Contributions.ToArray(), restored.Contributions.ToArray());
        Assert.Equal(cafe.Participants.ToArray(), restored.Participants.ToArray());
        cafe.CloseRound(F);
        restored.CloseRound(F);
        Assert.Equal(cafe.Save(), restored.Save());
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("[]", "is a JSON Array")]
    [InlineData("{\"kind\":\"OpenSpace\",\"formatVersion\":1}", "not a saved World Café")]
    [InlineData("{\"kind\":\"WorldCafe\"}", "no \"formatVersion\"")]
    [InlineData("{\"kind\":\"WorldCafe\",\"formatVersion\":99}", "format version 99")]
    [InlineData("{\"kind\":\"WorldCafe\",\"formatVersion\":1}", "not a valid saved World Café")]
    [InlineData("{\"kind\":\"WorldCafe\",\"formatVersion\":1", "not valid JSON")]
    public void Restore_OfCorruptDocument_ThrowsSessionDocumentExceptionWithAClearMessage(string json, string expected)
    {
        var e = Assert.Throws<SessionDocumentException>(() => WorldCafeSession.Restore(json, null, CafeFixture.FastPlanner));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("state.phase", "\"Dancing\"")]
    [InlineData("state.phase", "\"Harvest\"")]
    [InlineData("state.version", "-5")]
    [InlineData("state.round", "7")]
    [InlineData("state.present", "[\"ghost\"]")]
    [InlineData("state.seatings", "[]")]
    [InlineData("state.contributionCount", "\"many\"")]
    [InlineData("design.rounds", "0")]
    [InlineData("design.tables", "[]")]
    [InlineData("design.questionMode", "42")]
    [InlineData("design.participants", "null")]
    [InlineData("design.title", "\"\"")]
    [InlineData("extra", "1")]
    [InlineData("state.commandIds", "[\"a\",\"a\"]")]
    [InlineData("state.roundStartedAt", "null")]
    public void Restore_OfHostileOrInconsistentDocument_ThrowsSessionDocumentException(string path, string value)
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Conversation);
        cafe.AddNote(F, "T1", "n", options: CommandOptions.WithId("x"));
        var root = JsonNode.Parse(cafe.Save())!.AsObject();
        var parts = path.Split('.');
        var target = parts.Length == 1 ? root : root[parts[0]]!.AsObject();
        target[parts[^1]] = JsonNode.Parse(value);
        Assert.Throws<SessionDocumentException>(() => WorldCafeSession.Restore(root.ToJsonString(), null, CafeFixture.FastPlanner));
    }

    [Fact]
    public void Restore_OfSeatingThatBreaksCapacity_ThrowsSessionDocumentException()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Welcome);
        var root = JsonNode.Parse(cafe.Save())!.AsObject();
        var round = root["state"]!["seatings"]![0]!.AsObject();
        var everyone = new JsonArray([.. cafe.Present.Skip(3).Select(p => (JsonNode)JsonValue.Create(p.Value))]);
        round["T2"] = everyone;
        var e = Assert.Throws<SessionDocumentException>(() => WorldCafeSession.Restore(root.ToJsonString(), null, CafeFixture.FastPlanner));
        Assert.Contains("saved World Café", e.Message, StringComparison.Ordinal);
        Assert.Contains("seated twice", e.Message, StringComparison.Ordinal);
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
