using System.Runtime.CompilerServices;
using Facilitation.Methods.Harvesting;
using Facilitation.Methods.WorldCafe;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.WorldCafe;

/// <summary>The docs page shows the machine as it is and a code example that compiles and runs. Set FACILITATION_UPDATE_SNAPSHOTS=1 to rewrite the diagram in the page after changing the machine.</summary>
public class WorldCafeDocsTests
{
    private static readonly string Page = Path.Combine(Repository.Root, "docs", "world-cafe.md");

    [Fact]
    public void ToMermaid_MatchesTheDiagramInTheDocs()
    {
        var (cafe, _) = CafeFixture.CreateSut();
        var diagram = cafe.ToMermaid().Trim();
        Assert.StartsWith("stateDiagram-v2", diagram, StringComparison.Ordinal);
        var text = File.ReadAllText(Page).ReplaceLineEndings("\n");
        var start = text.IndexOf("```mermaid\n", StringComparison.Ordinal) + "```mermaid\n".Length;
        var end = text.IndexOf("\n```", start, StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("FACILITATION_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(Page, string.Concat(text.AsSpan(0, start), diagram, text.AsSpan(end)));
            text = File.ReadAllText(Page);
            start = text.IndexOf("```mermaid\n", StringComparison.Ordinal) + "```mermaid\n".Length;
            end = text.IndexOf("\n```", start, StringComparison.Ordinal);
        }

        Assert.Equal(diagram, text[start..end]);
    }

    [Fact]
    public void ReadmeExample_InTheDocsAndReadme_IsTheCodeThisTestRuns()
    {
        var source = File.ReadAllLines(SourceFile()).Select(l => l.Trim()).ToList();
        var from = source.IndexOf("// README example: begin") + 1;
        var to = source.IndexOf("// README example: end");
        var example = string.Join("\n", source[from..to]);
        foreach (var path in new[] { Page, Path.Combine(Repository.Root, "README.md") })
        {
            var page = string.Join("\n", File.ReadAllLines(path).Select(l => l.Trim()));
            Assert.Contains(example, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ReadmeExample_RunsACafe()
    {
        TimeProvider timeProvider = new FakeTimeProvider(CafeFixture.Start);
        string[] names = ["王芳", "李强", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴霞", "徐涛", "孙丽"];
        var log = new List<string>();

        // README example: begin
        var design = new WorldCafeDesign
        {
            Participants = [.. names.Select((name, i) => new Participant($"p{i}", name))],
            Tables = [new Group("T1", 5, host: "p0"), new Group("T2", 5, host: "p1"), new Group("T3", 5, host: "p2")],
            Questions = ["What is hardest in village governance?", "What do villagers need most?", "How can we mobilise local resources?"],
            Rounds = 3,
        };
        using var cafe = WorldCafeSession.Create(design, new SessionOptions { TimeProvider = timeProvider });   // validates; warnings in cafe.DesignWarnings
        using var subscription = cafe.OnEvent(e => log.Add($"v{e.Version} {e.GetType().Name}"));
        var host = Actor.Facilitator;
        cafe.OpenCheckIn(host);
        cafe.Welcome(host);                                            // plans every round's seating
        cafe.StartRound(host);
        cafe.StartConversation(host);                                  // 20-minute timer, warning 2 minutes before
        var writer = cafe.CurrentSeating!.Seated.Last();
        var table = cafe.CurrentSeating.GroupOf(writer)!.Value;
        cafe.AddNote(Actor.ForParticipant(writer), table, "村民参与是关键", options: CommandOptions.WithId("note-1"));
        cafe.CloseRound(host);                                         // notes freeze
        string saved = cafe.Save();                                    // store anywhere; restore with:
        using var restored = WorldCafeSession.Restore(saved, new SessionOptions { TimeProvider = timeProvider });
        var badge = restored.RouteOf(writer);                          // their table in every round
        var report = HarvestExport.ToMarkdown(restored.ToHarvest());
        // README example: end

        Assert.Equal(WorldCafePhase.RoundClose, restored.Phase);
        Assert.Equal(3, badge.Length);
        Assert.Contains("村民参与是关键", report, StringComparison.Ordinal);
        Assert.Contains(log, l => l.EndsWith("NoteAdded", StringComparison.Ordinal));
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
