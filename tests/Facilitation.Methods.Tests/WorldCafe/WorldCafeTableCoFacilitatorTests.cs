using System.Collections.Immutable;
using System.Globalization;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Tests.WorldCafe;

/// <summary>Table co-facilitators (<see cref="WorldCafeDesign.TableCoFacilitators"/>) write notes, brief and choose hosts at their tables only.</summary>
public class WorldCafeTableCoFacilitatorTests
{
    private static readonly Actor Li = Actor.ForCoFacilitator("li");

    private static WorldCafeDesign Design(HostSelection hosts = HostSelection.PreAssigned) => CafeFixture.Design(hosts: hosts) with
    {
        TableCoFacilitators = ImmutableDictionary.CreateRange([KeyValuePair.Create(new ParticipantId("li"), ImmutableArray.Create<GroupId>("T1", "T2"))]),
    };

    [Fact]
    public void ATableCoFacilitator_WritesNotesWithoutAnAuthor_AtTheirTablesOnly()
    {
        using var language = new English();
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Conversation, Design());
        var note = cafe.AddNote(Li, "T2", "水利设施老化");
        Assert.Null(note.Author);
        Assert.Equal("T2", note.Group?.Value);

        var before = cafe.Save();
        var refused = Assert.Throws<CommandRejectedException>(() => cafe.AddNote(Li, "T3", "不是我的桌"));
        Assert.Equal(RejectionKind.NotPermitted, refused.Kind);
        Assert.Contains("'T3'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("T1, T2", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, cafe.Save());
    }

    [Fact]
    public void ATableCoFacilitator_MayNotRunTheCafe()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Conversation, Design());
        var before = cafe.Save();
        Assert.Equal(RejectionKind.NotPermitted, Assert.Throws<CommandRejectedException>(() => cafe.CloseRound(Li)).Kind);
        Assert.Equal(RejectionKind.NotPermitted, Assert.Throws<CommandRejectedException>(() => cafe.PauseRound(Li)).Kind);
        Assert.Equal(RejectionKind.NotPermitted, Assert.Throws<CommandRejectedException>(() => cafe.Leave(Li, "p05")).Kind);
        Assert.Equal(before, cafe.Save());

        // Named for the whole café as well, they keep every facilitator command.
        var (both, _) = CafeFixture.At(WorldCafePhase.Conversation, Design() with { CoFacilitators = ["li"] });
        both.PauseRound(Li);
        both.AddNote(Li, "T3", "全场协同引导师可以在任何桌记录");
    }

    [Fact]
    public void ATableCoFacilitator_ChoosesHostsAndBriefs_AtTheirTablesOnly()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Seating, Design(HostSelection.RechosenEachRound));
        var seating = cafe.CurrentSeating!;
        cafe.ChooseHost(Li, "T1", seating.MembersOf("T1")[0]);
        var refused = Assert.Throws<CommandRejectedException>(() => cafe.ChooseHost(Li, "T3", seating.MembersOf("T3")[0]));
        Assert.Equal(RejectionKind.NotPermitted, refused.Kind);
        Assert.Equal(RejectionKind.NotPermitted, Assert.Throws<CommandRejectedException>(() => cafe.ChooseHost(Actor.ForCoFacilitator("wang"), "T1", seating.MembersOf("T1")[1])).Kind);
    }

    [Fact]
    public void ATableCoFacilitator_BriefsAtTheirTablesOnly()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.HostBriefing, Design());
        var briefing = cafe.AddBriefing(Li, "T1", "上一轮谈到了水利");
        Assert.Equal(("T1", ContributionKind.Briefing), (briefing.Group?.Value, briefing.Kind));
        Assert.Equal(RejectionKind.NotPermitted, Assert.Throws<CommandRejectedException>(() => cafe.AddBriefing(Li, "T3", "不是我的桌")).Kind);
    }

    [Fact]
    public void SaveAndRestore_KeepTheTablesEachCoFacilitatorIsGiven()
    {
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Conversation, Design() with
        {
            TableCoFacilitators = ImmutableDictionary.CreateRange(
            [
                KeyValuePair.Create(new ParticipantId("li"), ImmutableArray.Create<GroupId>("T2", "T1")),
                KeyValuePair.Create(new ParticipantId("chen"), ImmutableArray.Create<GroupId>("T3")),
            ]),
        });
        cafe.AddNote(Li, "T1", "保存前");
        var saved = cafe.Save();
        Assert.Contains("\"tableCoFacilitators\":{\"chen\":[\"T3\"],\"li\":[\"T2\",\"T1\"]}", cafe.DesignJson, StringComparison.Ordinal);
        cafe.Dispose();

        using var restored = WorldCafeSession.Restore(saved, new SessionOptions { TimeProvider = clock }, CafeFixture.FastPlanner);
        Assert.Equal(saved, restored.Save());
        Assert.Equal(["T2", "T1"], restored.Design.TableCoFacilitators["li"].Select(t => t.Value));
        Assert.Equal(["T3"], restored.Design.TableCoFacilitators["chen"].Select(t => t.Value));
        restored.AddNote(Actor.ForCoFacilitator("chen"), "T3", "恢复后");
        Assert.Throws<CommandRejectedException>(() => restored.AddNote(Actor.ForCoFacilitator("chen"), "T1", "不是我的桌"));

        // A design without table co-facilitators saves an empty map.
        Assert.Contains("\"tableCoFacilitators\":{}", CafeFixture.At(WorldCafePhase.Conversation).Session.DesignJson, StringComparison.Ordinal);
    }

    [Fact]
    public void ADesignGivingUnknownMissingOrRepeatedTables_IsRefusedNamingThem()
    {
        using var language = new English();
        var design = CafeFixture.Design() with
        {
            TableCoFacilitators = ImmutableDictionary.CreateRange(
            [
                KeyValuePair.Create(new ParticipantId("li"), ImmutableArray.Create<GroupId>("T9")),
                KeyValuePair.Create(new ParticipantId("chen"), ImmutableArray<GroupId>.Empty),
                KeyValuePair.Create(new ParticipantId("wang"), ImmutableArray.Create<GroupId>("T1", "T1")),
            ]),
        };
        var problems = string.Join("\n", WorldCafeSession.Check(design));
        Assert.Contains("'li' is given the table 'T9'", problems, StringComparison.Ordinal);
        Assert.Contains("'chen' is given no tables", problems, StringComparison.Ordinal);
        Assert.Contains("'wang' is given the table 'T1' twice", problems, StringComparison.Ordinal);
        Assert.Throws<InvalidDesignException>(() => CafeFixture.CreateSut(design));
    }

    // Messages are checked in English; the test restores the culture it found.
    private sealed class English : IDisposable
    {
        private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

        public English() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

        public void Dispose() => CultureInfo.CurrentUICulture = _before;
    }
}
