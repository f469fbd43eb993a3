using System.Text.Json.Nodes;
using Facilitation.Methods.Brainstorm;
using Microsoft.Extensions.Time.Testing;
using static Facilitation.Methods.Tests.Brainstorm.BrainstormFixtures;

namespace Facilitation.Methods.Tests.Brainstorm;

public class BrainstormPersistenceTests
{
    [Fact]
    public void A_saved_session_restores_by_replay_and_saves_the_same_document()
    {
        var (s, clock) = InClustering();
        s.AddCluster(F, "Food", Opt("c-1"));
        s.PlaceIdea(F, new ContributionId("idea-1"), "cluster-1");
        var saved = s.Save();

        using var restored = BrainstormSession.Restore(saved, On(clock));

        Assert.Equal(saved, restored.Save());
        Assert.Equal(s.Version, restored.Version);
        Assert.Equal(ReadModels.Json(s.Ideas), ReadModels.Json(restored.Ideas));
        Assert.Equal(ReadModels.Json(s.Clusters), ReadModels.Json(restored.Clusters));
        Assert.Equal(s.Id, restored.Id);
    }

    // Co-facilitators and met-before pairs came later: left out of the document when there are none, also when never set (default).
    [Fact]
    public void A_design_with_lists_never_set_saves_them_empty_and_restores_them_empty()
    {
        var (s, clock) = CreateSut(Design() with { CoFacilitators = default, MetBefore = default });
        var design = JsonNode.Parse(s.DesignJson)!["design"]!.AsObject();

        using var restored = BrainstormSession.Restore(s.Save(), On(clock));

        Assert.Empty(design["coFacilitators"]!.AsArray());
        Assert.Empty(design["metBefore"]!.AsArray());
        Assert.Empty(restored.Design.CoFacilitators);
        Assert.Empty(restored.Design.MetBefore);
        Assert.Equal(s.Save(), restored.Save());
    }

    [Fact]
    public void A_retried_command_id_returns_the_first_result_after_restore()
    {
        var (s, clock) = CreateSut();
        s.StartRound(F);
        var first = s.AddIdea(P("p1"), "Seed library", options: Opt("p1-1"));
        using var restored = BrainstormSession.Restore(s.Save(), On(clock));

        Assert.Equal(first, restored.AddIdea(P("p1"), "Seed library", options: Opt("p1-1")));
        Assert.Equal(s.Version, restored.Version);
        var e = Assert.Throws<CommandRejectedException>(() => restored.AddIdea(P("p2"), "Seed library", options: Opt("p1-1")));
        Assert.Equal(RejectionKind.Conflict, e.Kind);
    }

    [Fact]
    public void A_round_that_should_have_ended_while_saved_ends_when_restored()
    {
        var (s, clock) = CreateSut(Design(new GenerationRound(GenerationTechnique.Open) { Duration = TimeSpan.FromMinutes(5) }));
        s.StartRound(F);
        s.AddIdea(P("p1"), "Seed library");
        var saved = s.Save();
        s.Dispose();
        clock.Advance(TimeSpan.FromMinutes(10));

        using var restored = BrainstormSession.Restore(saved, On(clock));

        Assert.Equal(BrainstormPhase.BetweenRounds, restored.Phase);
        Assert.IsType<RoundEnded>(restored.Events[^1]);
        Assert.Equal(Actor.System, restored.Events[^1].Actor);
    }

    [Fact]
    public void A_paused_round_stands_still_and_stays_paused_after_restore()
    {
        var (s, clock) = CreateSut(Design(new GenerationRound(GenerationTechnique.Open) { Duration = TimeSpan.FromMinutes(5) }));
        s.StartRound(F);
        clock.Advance(TimeSpan.FromMinutes(2));
        s.PauseRound(F);
        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(BrainstormPhase.Generating, s.Phase);

        using var restored = BrainstormSession.Restore(s.Save(), On(clock));
        Assert.True(restored.CurrentRound!.Timebox.IsPaused);
        restored.ResumeRound(F);
        Assert.Equal(TimeSpan.FromMinutes(3), restored.CurrentRound!.Timebox.Remaining(clock));
        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(BrainstormPhase.BetweenRounds, restored.Phase);
    }

    [Fact]
    public void A_tampered_event_is_refused_when_the_document_is_read()
    {
        var (s, clock) = CreateSut();
        s.StartRound(F);
        s.AddIdea(P("p1"), "Seed library");
        var node = JsonNode.Parse(s.Save())!;
        node["events"]![1]!["event"]!["data"]!["idea"]!["id"] = "idea-7";

        var e = Assert.Throws<SessionDocumentException>(() => BrainstormSession.Restore(node.ToJsonString(), On(clock)));
        Assert.Contains("Event 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_1_document_of_the_previous_release_is_upgraded_by_replay()
    {
        var v1 = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sessions", "Resources", "brainstorm-v1.json"));
        var clock = new FakeTimeProvider(Start.AddHours(1));

        using var s = BrainstormSession.Restore(v1, On(clock));

        Assert.Equal(BrainstormPhase.Voting, s.Phase);
        Assert.Equal(["村里办一个共享菜园", "Repair café on Saturdays", "A bus to the market town", "Solar roofs on the school", "Night classes for adults"], s.Ideas.Select(i => i.Text));
        Assert.Equal("A weekly bus, not a daily one.", Assert.Single(s.Ideas[2].Clarifications));
        Assert.Equal(new ContributionId("idea-4"), s.Ideas[4].DuplicateOf);
        Assert.Equal<ContributionId>([new ContributionId("idea-1")], Assert.Single(s.Clusters).Ideas);
        Assert.Equal(2, s.DotBallots.Count);
        Assert.Equal(new ParticipantId("p1"), s.Ideas[0].Author);
        Assert.Contains("\"formatVersion\":2", s.Save(), StringComparison.Ordinal);
        Assert.Contains("村里办一个共享菜园", s.Save(), StringComparison.Ordinal);
        using var again = BrainstormSession.Restore(s.Save(), On(clock));
        Assert.Equal(s.Save(), again.Save());
    }

    // Version 1's ideas are read with today's idea type: an idea's round that is no round number is refused as unreadable (it was
    // dropped from the replay before).
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(Limits.MaxRounds + 1)]
    public void A_version_1_idea_of_no_round_is_refused_as_unreadable(int round)
    {
        var v1 = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sessions", "Resources", "brainstorm-v1.json")))!;
        v1["Ideas"]![4]!["Round"] = round;

        var e = Assert.Throws<SessionDocumentException>(() => BrainstormSession.Restore(v1.ToJsonString(), null));

        Assert.Contains("cannot be read: A round is a number from 1 to", e.Message, StringComparison.Ordinal);
    }

    // A cluster id that is not "cluster-<number>" (a short one too) is refused as out of order, naming the cluster, not as a bare
    // argument-out-of-range from reading its number.
    [Theory]
    [InlineData("c-1")]
    [InlineData("cluster-")]
    [InlineData("cluster-x")]
    [InlineData("group-1")]
    public void A_version_1_cluster_whose_id_is_no_cluster_number_is_refused_naming_it(string id)
    {
        var v1 = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sessions", "Resources", "brainstorm-v1.json")))!;
        v1["Clusters"]![0]!["Id"] = id;

        var e = Assert.Throws<SessionDocumentException>(() => BrainstormSession.Restore(v1.ToJsonString(), null));

        Assert.Contains($"cluster '{id}' is out of order", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_of_another_method_or_format_is_refused()
    {
        Assert.Throws<SessionDocumentException>(() => BrainstormSession.Restore("{\"format\":\"Facilitation.Methods.Session\",\"formatVersion\":3}", null));
        Assert.Throws<SessionDocumentException>(() => BrainstormSession.Restore("not json", null));
        Assert.Throws<SessionDocumentException>(() => BrainstormSession.Restore(new string(' ', Limits.MaxDocumentLength + 1), null));
    }

    [Fact]
    public void An_anonymous_idea_leaves_nothing_that_narrows_its_writer()
    {
        var design = Design(new GenerationRound(GenerationTechnique.Brainwriting) { Anonymous = true, TeamSize = 3 });
        var (s, clock) = CreateSut(design);
        s.StartRound(F);
        s.AddIdea(P("p4"), "Quiet idea", options: Opt("p4-secret"));
        var added = Assert.IsType<IdeaAdded>(s.Events[^1]);

        Assert.Equal(Actor.Anonymous, added.Actor);
        Assert.Null(added.CommandId);
        Assert.Null(added.Idea.Author);
        Assert.Null(added.Idea.Team);
        Assert.Null(added.Idea.Sheet);
        Assert.Null(added.Idea.Pass);
        var saved = s.Save();
        var idea = JsonNode.Parse(saved)!["events"]![1]!.ToJsonString();
        Assert.DoesNotContain("p4", idea, StringComparison.Ordinal);
        Assert.DoesNotContain("team", idea, StringComparison.Ordinal);
        Assert.DoesNotContain("sheet", idea, StringComparison.Ordinal);
        Assert.DoesNotContain("p4-secret", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("p4", BrainstormHarvest.ToMarkdown(s) + BrainstormHarvest.ToCsv(s) + BrainstormHarvest.ToJson(s), StringComparison.Ordinal);
        using var restored = BrainstormSession.Restore(saved, On(clock));
        Assert.Equal(saved, restored.Save());
    }
}
