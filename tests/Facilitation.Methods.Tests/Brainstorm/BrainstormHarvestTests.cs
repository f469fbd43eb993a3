using System.Globalization;
using System.Text.Json;
using Facilitation.Methods.Brainstorm;
using static Facilitation.Methods.Tests.Brainstorm.BrainstormFixtures;

namespace Facilitation.Methods.Tests.Brainstorm;

public class BrainstormHarvestTests
{
    private static BrainstormSession Decided()
    {
        var design = Design(new GenerationRound(), new GenerationRound { Anonymous = true }) with { Title = "乡村振兴 workshop" };
        var (s, _) = CreateSut(design);
        s.StartRound(F);
        s.AddIdea(P("p1"), "民宿合作社 homestay co-op", "industry");
        s.AddIdea(P("p2"), "Train guides | storytellers", "people", buildsOn: "idea-1");
        s.EndRound(F);
        s.StartRound(F);
        s.AddIdea(P("p3"), "=SUM(A1) terraced tea trail", "scenery");
        s.AddIdea(P("p4"), "Homestay co-op", "industry");
        s.EndRound(F);
        s.BeginClarifying(F);
        s.ClarifyIdea(F, "idea-3", "A walking trail through the tea terraces.");
        s.BeginClustering(F);
        var tourism = s.AddCluster(F);
        s.PlaceIdea(F, "idea-1", tourism);
        s.PlaceIdea(F, "idea-3", tourism);
        s.NameCluster(F, tourism, "Tourism");
        s.MarkDuplicate(F, "idea-4", "idea-1");
        s.BeginVoting(F);
        s.CastDots(P("p1"), "p1", new Dictionary<ContributionId, int> { ["idea-1"] = 1 });
        s.CastDots(P("p2"), "p2", new Dictionary<ContributionId, int> { ["idea-3"] = 1 });
        s.EndVoting(F);
        s.Decide(F, [new ContributionId("idea-1")], "Start with the co-op.");
        return s;
    }

    [Fact]
    public void ToMarkdown_ListsIdeasClustersTiedRankingAndDecision()
    {
        var md = BrainstormHarvest.ToMarkdown(Decided());
        Assert.StartsWith("# 乡村振兴 workshop\n", md, StringComparison.Ordinal);
        Assert.Contains("### industry", md, StringComparison.Ordinal);
        Assert.Contains("- 民宿合作社 homestay co-op — *Person 1* (round 1, idea-1)", md, StringComparison.Ordinal);
        Assert.Contains("*anonymous* (round 2, idea-3) — clarified: A walking trail", md, StringComparison.Ordinal);
        Assert.Contains("duplicate of idea-1", md, StringComparison.Ordinal);
        Assert.Contains("### Tourism (cluster-1)", md, StringComparison.Ordinal);
        Assert.Contains("| 1= | 民宿合作社 homestay co-op | 1 | 1 |", md, StringComparison.Ordinal);
        Assert.Contains("| 1= | =SUM(A1) terraced tea trail | 1 | 1 |", md, StringComparison.Ordinal);
        Assert.Contains("Train guides \\| storytellers", md, StringComparison.Ordinal);
        Assert.Contains("## Decision\n\n- 民宿合作社 homestay co-op\n\nStart with the co-op.\n", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Person 3", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ToCsv_QuotesAndDisarmsFormulas_AndHidesAnonymousAuthors()
    {
        var csv = BrainstormHarvest.ToCsv(Decided(), CultureInfo.GetCultureInfo("en")).Split("\r\n");
        Assert.Equal("\uFEFFid,round,category,text,author,builds on,duplicate of,clusters,points,rank", csv[0]);
        Assert.Equal("idea-3,2,scenery,'=SUM(A1) terraced tea trail,,,,Tourism,1,1", csv[3]);
        Assert.Equal("idea-4,2,industry,Homestay co-op,,,idea-1,,,", csv[4]);
        Assert.StartsWith("idea-2,1,people,Train guides | storytellers,Person 2,idea-1", csv[2], StringComparison.Ordinal);
    }

    [Fact]
    public void ToCsv_WritesItsHeaderInTheReadersLanguage_AndTheSameRows()
    {
        var session = Decided();
        var chinese = BrainstormHarvest.ToCsv(session, CultureInfo.GetCultureInfo("zh-CN")).Split("\r\n");
        var english = BrainstormHarvest.ToCsv(session, CultureInfo.GetCultureInfo("en")).Split("\r\n");
        Assert.Equal("\uFEFF编号,轮次,类别,内容,作者,基于,重复于,归类,得分,名次", chinese[0]);
        Assert.Equal(english[1..], chinese[1..]);
    }

    [Fact]
    public void ToJson_IsValidAndCarriesTheRanking()
    {
        using var json = JsonDocument.Parse(BrainstormHarvest.ToJson(Decided()));
        Assert.True(json.RootElement.GetProperty("RankingIsFinal").GetBoolean());
        Assert.Equal(3, json.RootElement.GetProperty("Ranking").GetArrayLength());
        Assert.Equal("idea-1", json.RootElement.GetProperty("Decision")[0].GetString());
        Assert.False(json.RootElement.GetProperty("Ideas")[2].TryGetProperty("Author", out _));
    }
}
