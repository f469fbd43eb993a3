using System.Text.Json;
using Facilitation.Methods.Harvesting;

namespace Facilitation.Methods.Tests.Harvesting;

public class HarvestExportTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    private static Harvest CreateSut()
    {
        Prompt q1 = "最难的问题？", q2 = "Services, \"most\" needed?";
        var people = new[] { new Participant("p1", "王芳"), new Participant("p2", "李强") };
        var groups = new[] { new Group("T1", 4, name: "第1桌"), new Group("T2", 4, name: "Table 2") };
        var seatings = new[]
        {
            new Seating(Round.First, [new("T1", ["p1"]), new("T2", ["p2"])]),
            new Seating(new Round(2), [new("T1", ["p2"]), new("T2", ["p1"])]),
        };
        var contributions = new[]
        {
            new Contribution("c1", ContributionKind.Note, "roads, water", At, "p1", "T2", new Round(2)) { Prompt = q2 },
            new Contribution("c2", ContributionKind.Note, "集体经济薄弱", At, "p1", "T1", Round.First) { Prompt = q1 },
            new Contribution("c3", ContributionKind.Note, "secret\nline two", At, null, "T1", new Round(2)) { Prompt = q1 },
            new Contribution("c4", ContributionKind.ActionItem, "Fix the road", At) { Owner = "李强", NextStep = "ask, then act" },
        };
        return Harvest.Collect("村委会 café", contributions, [q1, q2], groups, people, seatings);
    }

    [Fact]
    public void Collect_OrdersByQuestionThenTableThenRound_AndKeepsTownHallApart()
    {
        var harvest = CreateSut();
        Assert.Equal(["c2", "c3", "c1"], harvest.Sections.SelectMany(s => s.Contributions).Select(c => c.Id.Value));
        Assert.Equal("c4", Assert.Single(harvest.TownHall).Id.Value);
        Assert.Equal(4, harvest.AllContributions.Count());
    }

    [Fact]
    public void ToMarkdown_ShowsQuestionsTablesRoundsAuthorsAndActionItems()
    {
        var md = HarvestExport.ToMarkdown(CreateSut());
        Assert.Contains("# 村委会 café", md, StringComparison.Ordinal);
        Assert.Contains("## 最难的问题？", md, StringComparison.Ordinal);
        Assert.Contains("### 第1桌 — Round 1", md, StringComparison.Ordinal);
        Assert.Contains("- 集体经济薄弱 — 王芳", md, StringComparison.Ordinal);
        Assert.Contains("- secret line two\n", md.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("[Action item] Fix the road (owner: 李强; next step: ask, then act)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_KeepsChineseReadable_AndParses()
    {
        var json = HarvestExport.ToJson(CreateSut());
        Assert.Contains("王芳", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(2, doc.RootElement.GetProperty("sections").GetArrayLength() - 1);
        Assert.False(doc.RootElement.GetProperty("sections")[1].GetProperty("contributions")[0].TryGetProperty("author", out _));
    }

    [Fact]
    public void ToCsv_QuotesPerRfc4180()
    {
        var csv = HarvestExport.ToCsv(CreateSut());
        var lines = csv.Split("\r\n");
        Assert.Equal("\uFEFFquestion,table,round,kind,text,author,owner,next step,recorded at", lines[0]);
        Assert.Contains("\"Services, \"\"most\"\" needed?\",Table 2,2,Note,\"roads, water\",王芳,,,2026-11-28T09:00:00+08:00", csv, StringComparison.Ordinal);
        Assert.Contains("\"secret\nline two\"", csv, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void RouteCardsAndRosters_ListEveryRound()
    {
        var harvest = CreateSut();
        var cards = HarvestExport.ToRouteCards(harvest);
        Assert.Contains("## 王芳\n\n- Round 1: 第1桌\n- Round 2: Table 2", cards.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var rosters = HarvestExport.ToTableRosters(harvest);
        Assert.Contains("- **第1桌**: 李强", rosters, StringComparison.Ordinal);
    }
}
