using System.Text.Json.Nodes;
using Facilitation.Methods.Brainstorm;
using Microsoft.Extensions.Time.Testing;
using static Facilitation.Methods.Tests.Brainstorm.BrainstormFixtures;

namespace Facilitation.Methods.Tests.Brainstorm;

public class BrainstormPersistenceTests
{
    private static string SavedMidRound(out FakeTimeProvider clock)
    {
        var (s, c) = CreateSut(Design(new GenerationRound(GenerationTechnique.RoundRobin), new GenerationRound()));
        s.StartRound(F, "start-1");
        s.AddIdea(P("p1"), "Village museum", "culture");
        c.Advance(TimeSpan.FromMinutes(2));
        clock = c;
        return s.Save();
    }

    [Fact]
    public void Restore_MidRound_SamePhaseTurnIdeasVersion_AndTimerResumesWithTimeLeft()
    {
        var saved = SavedMidRound(out var clock);
        var later = new FakeTimeProvider(clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        var s = BrainstormSession.Restore(saved, later);
        Assert.Equal(BrainstormPhase.Generating, s.Phase);
        Assert.Equal(2, s.Version);
        Assert.Equal(new ParticipantId("p2"), s.CurrentRound!.TurnOf);
        Assert.Equal("Village museum", Assert.Single(s.Ideas).Text);
        Assert.Equal(TimeSpan.FromMinutes(2), s.CurrentRound.Timebox.Remaining(later));
        Assert.Empty(s.Events);
        later.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(BrainstormPhase.BetweenRounds, s.Phase);
        Assert.Equal(3, s.Events[^1].Version);
    }

    [Fact]
    public void Restore_RetriedCommandIdFromBeforeTheSave_IsNotAppliedAgain()
    {
        var s = BrainstormSession.Restore(SavedMidRound(out var clock), clock);
        var e = Assert.Throws<CommandRejectedException>(() => s.StartRound(F, "start-1"));
        Assert.Equal(RejectionKind.Conflict, e.Kind);
        Assert.Contains("applied before the session was saved", e.Reason, StringComparison.Ordinal);
        Assert.Equal(2, s.Version);
    }

    [Fact]
    public void CommandId_ReusedForAnotherCommand_IsRefusedClearly()
    {
        var (s, _) = CreateSut();
        s.StartRound(F, "x");
        var e = Assert.Throws<CommandRejectedException>(() => s.AddIdea(P("p1"), "idea", commandId: "x"));
        Assert.Contains("already used for StartRound", e.Reason, StringComparison.Ordinal);
        Assert.Empty(s.Ideas);
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("[]", "is a JSON object")]
    [InlineData("{\"Format\":\"Facilitation.Methods.WorldCafe\",\"FormatVersion\":1}", "not a brainstorm document")]
    [InlineData("{\"Format\":\"Facilitation.Methods.Brainstorm\"}", "no \"FormatVersion\"")]
    [InlineData("{\"Format\":\"Facilitation.Methods.Brainstorm\",\"FormatVersion\":2}", "newer library")]
    [InlineData("{\"Format\":\"Facilitation.Methods.Brainstorm\",\"FormatVersion\":0}", "never existed")]
    [InlineData("{\"Format\":\"Facilitation.Methods.Brainstorm\",\"FormatVersion\":1}", "not valid JSON of format 1")]
    public void Restore_BadDocument_ThrowsSessionDocumentExceptionSayingWhy(string json, string expected)
    {
        var e = Assert.Throws<SessionDocumentException>(() => BrainstormSession.Restore(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Phase", "\"Closed\"", "A running round is saved exactly when the phase is Generating")]
    [InlineData("Phase", "\"Sleeping\"", "not valid JSON")]
    [InlineData("Phase", "42", "The phase is unknown")]
    [InlineData("Version", "\"seven\"", "not valid JSON")]
    [InlineData("Surprise", "1", "not valid JSON")]
    [InlineData("RoundsStarted", "9", "outside the plan")]
    [InlineData("Version", "-1", "version or remembered command ids")]
    public void Restore_EditedField_IsRefused(string field, string value, string expected)
    {
        var node = JsonNode.Parse(SavedMidRound(out _))!.AsObject();
        node[field] = JsonNode.Parse(value);
        var e = Assert.Throws<SessionDocumentException>(() => BrainstormSession.Restore(node.ToJsonString()));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_SmuggledAuthorOnAnonymousIdea_IsRefused()
    {
        var (s, _) = CreateSut(Design(new GenerationRound { Anonymous = true }));
        s.StartRound(F);
        s.AddIdea(P("p1"), "secret");
        var node = JsonNode.Parse(s.Save())!.AsObject();
        node["Ideas"]![0]!["Author"] = "p1";
        var e = Assert.Throws<SessionDocumentException>(() => BrainstormSession.Restore(node.ToJsonString()));
        Assert.Contains("anonymous round but names an author", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_OverBudgetBallot_IsRefused()
    {
        var (s, _) = InClustering(ideas: 6);
        s.BeginVoting(F);
        s.CastDots(P("p1"), "p1", new Dictionary<ContributionId, int> { ["idea-1"] = 2 });
        var node = JsonNode.Parse(s.Save())!.AsObject();
        node["Dots"]!["p1"]!["idea-1"] = 3;
        var e = Assert.Throws<SessionDocumentException>(() => BrainstormSession.Restore(node.ToJsonString()));
        Assert.Contains("exceeds the budget of 2 dots", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_InvalidDesign_NamesTheDesignProblem()
    {
        var node = JsonNode.Parse(SavedMidRound(out _))!.AsObject();
        node["Design"]!["RankedChoices"] = 0;
        var e = Assert.Throws<SessionDocumentException>(() => BrainstormSession.Restore(node.ToJsonString()));
        Assert.Contains("Ranked choices must be between 1 and 20", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_TooLargeDocument_IsRefusedBeforeParsing()
    {
        var e = Assert.Throws<SessionDocumentException>(() => BrainstormSession.Restore(new string(' ', BrainstormSession.MaxDocumentLength + 1)));
        Assert.Contains("at most", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_FullSession_RoundTripsThroughEveryPhase()
    {
        var (s, clock) = InClustering(ideas: 8);
        var k = s.AddCluster(F, "Land use");
        s.PlaceIdea(F, "idea-1", k);
        s.MarkDuplicate(F, "idea-2", "idea-1");
        s.BeginVoting(F);
        s.CastDots(P("p3"), "p3", new Dictionary<ContributionId, int> { ["idea-1"] = 1, ["idea-3"] = 1 });
        s.EndVoting(F);
        s.Decide(F, [new ContributionId("idea-3")], "Pilot in spring.");
        var saved = s.Save();
        var restored = BrainstormSession.Restore(saved, clock);
        Assert.Equal(saved, restored.Save());
        // Values compare by content, lists included.
        Assert.Equal(s.Result, restored.Result);
        Assert.Equal(s.Decision, restored.Decision);
        Assert.Equal(s.Ideas.ToArray(), restored.Ideas.ToArray());
        Assert.Equal(s.Clusters.ToArray(), restored.Clusters.ToArray());
        Assert.Equal(BrainstormHarvest.ToMarkdown(s), BrainstormHarvest.ToMarkdown(restored));
        restored.Close(F);
        Assert.Equal(BrainstormPhase.Closed, restored.Phase);
    }
}
