using System.Runtime.CompilerServices;
using Facilitation.Methods.Brainstorm;

namespace Facilitation.Methods.Tests.Brainstorm;

/// <summary>The state diagram in docs/brainstorm.md is the one the session draws (an approved-text snapshot).</summary>
public class BrainstormDocsTests
{
    private const string Begin = "```mermaid\n";

    private static string DocsPath([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "docs", "brainstorm.md"));

    [Fact]
    public void DocsSnippet_RunsAsWritten()
    {
        var timeProvider = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(BrainstormFixtures.Start);
        var lines = new List<string>();

        // The code below is the snippet at the top of docs/brainstorm.md (Console.WriteLine replaced by a list).
        var design = new BrainstormDesign
        {
            Title = "Village revitalisation",
            Prompt = "How can our village put its five resources to work?",
            Participants = [new Participant("v01", "王村长"), new Participant("v02", "李书记"), new Participant("v03", "张会计")],
            Categories = BrainstormCategories.FiveResources,
            Rounds = [new GenerationRound(GenerationTechnique.Brainwriting)],
        };
        using var session = BrainstormSession.Create(design, new SessionOptions { TimeProvider = timeProvider });
        using var subscription = session.OnEvent(e => lines.Add($"v{e.Version} {e.GetType().Name} by {e.Actor}"));

        session.StartRound(Actor.Facilitator);
        var idea = session.AddIdea(Actor.ForParticipant("v01"), "民宿联盟 Homestay alliance", "industry");
        timeProvider.Advance(TimeSpan.FromMinutes(15));
        session.BeginClarifying(Actor.Facilitator);
        session.BeginClustering(Actor.Facilitator);
        var cluster = session.AddCluster(Actor.Facilitator);
        session.PlaceIdea(Actor.Facilitator, idea, cluster);
        session.NameCluster(Actor.Facilitator, cluster, "Tourism");
        var dots = session.BeginVoting(Actor.Facilitator);
        session.CastDots(Actor.ForParticipant("v02"), "v02", new Dictionary<ContributionId, int> { [idea] = 1 });
        var result = session.EndVoting(Actor.Facilitator);
        string json = session.Save();
        string markdown = BrainstormHarvest.ToMarkdown(session);

        Assert.Equal(1, dots);
        Assert.Equal(idea, Assert.Single(result.Winners).Idea);
        Assert.Contains("v2 IdeaAdded by participant 'v01'", lines);
        Assert.Contains("v5 RoundEnded by system", lines);
        Assert.Equal(json, BrainstormSession.Restore(json, new SessionOptions { TimeProvider = timeProvider }).Save());
        Assert.Contains("### Tourism (cluster-1)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_StateDiagram_MatchesToMermaid()
    {
        var mermaid = BrainstormSession.Create(BrainstormFixtures.Design()).ToMermaid().TrimEnd('\n');
        var doc = File.ReadAllText(DocsPath()).ReplaceLineEndings("\n");
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/brainstorm.md has no mermaid block.");
        start += Begin.Length;
        var end = doc.IndexOf("\n```", start, StringComparison.Ordinal);
        Assert.Equal(mermaid, doc[start..end]);
    }
}
