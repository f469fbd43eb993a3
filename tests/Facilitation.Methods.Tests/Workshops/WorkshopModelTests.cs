using System.Collections.Immutable;
using System.Text.Json;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.Harvesting;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Workshops;
using static Facilitation.Methods.Tests.Workshops.WorkshopFixture;

namespace Facilitation.Methods.Tests.Workshops;

public class WorkshopModelTests
{
    internal static Harvest CafeHarvest() => Harvest.Collect(
        "Café",
        [
            new Contribution("n1", ContributionKind.Note, "Villagers want a clinic bus", At(1, 19, 10), Person(1).Id, "T1", new Round(1)) { Prompt = new Prompt("Question 1?") },
            new Contribution("h1", ContributionKind.Theme, "Young people leave the villages", At(1, 20, 30), Person(2).Id),
            new Contribution("h2", ContributionKind.Insight, "Old houses are an asset, not a burden", At(1, 20, 31)),
            new Contribution("h3", ContributionKind.Question, "Who pays for courtyard upkeep?", At(1, 20, 32), Person(3).Id),
            new Contribution("h4", ContributionKind.ActionItem, "Map empty houses", At(1, 20, 33), Person(4).Id) { Owner = "主任04", NextStep = "Walk the village on Monday" },
        ],
        [new Prompt("Question 1?")],
        [new Group("T1", 5, name: "Table 1")],
        Roster(),
        [new Seating(new Round(1), [new KeyValuePair<GroupId, IEnumerable<ParticipantId>>("T1", Roster().Take(5).Select(p => p.Id))])]);

    internal static OpenSpaceProceedings Proceedings(ContributionId issueId)
    {
        var issue = new Issue(issueId, "Keep young people in the villages", Person(2).Id, null, Person(5).Id, [Person(2).Id, Person(6).Id], [], null, 4);
        var other = new Issue("os-2", "Homestays with the old houses", Person(7).Id, null, null, [], [], null, 2);
        var report = new SessionReport(issueId, "We listed jobs that could stay local.", [Person(2).Id, Person(6).Id], ["Start with e-commerce training"], ["Ask the town for a room"]);
        return new OpenSpaceProceedings(
            "Resources", null, "李老师", [new DateOnly(2018, 12, 6)], OpenSpacePhase.Closed, 10, [.. Roster()],
            [new ProceedingsEntry(issue, "Room A", null, report, 1, 2, 0, 2), new ProceedingsEntry(other, null, null, null, 0, 0, 0, 0)],
            [new IssueCluster("cluster-1", "Young people and jobs", [issueId], Person(2).Id)],
            [new ActionItem("action-1", "E-commerce training for young villagers", Person(2).Id, [Person(6).Id], "Book the trainer", new DateOnly(2019, 1, 10), "cluster-1")],
            [],
            12);
    }

    [Fact]
    public void FiveResources_FindsACategoryByKeyNameOrLocalName()
    {
        var five = ResourceCategories.FiveResources;
        Assert.Equal(["people", "culture", "land", "industry", "scenery"], five.Categories.Select(c => c.Key));
        Assert.Equal("industry", five.Find("产")!.Key);
        Assert.Equal("scenery", five.Find("SCENERY")!.Key);
        Assert.Equal("people", five.Find("People")!.Key);
        Assert.Null(five.Find("water"));
        Assert.Equal(["人 People", "文 Culture", "地 Land", "产 Industry", "景 Scenery"], five.Categories.Select(c => c.Label));
        Assert.Equal(Facilitation.Methods.Brainstorm.BrainstormCategories.FiveResources.ToArray(), five.Keys.ToArray());
        var ex = Assert.Throws<ArgumentException>(() => five.Get("water"));
        Assert.StartsWith("There is no resource category 'water'; use one of: people, culture, land, industry, scenery.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomCategories_RepeatedOrEmpty_AreRefused()
    {
        Assert.Single(new ResourceCategories([new ResourceCategory("water", "Water", "水")]).Categories);
        Assert.Throws<ArgumentException>(() => new ResourceCategories([]));
        var ex = Assert.Throws<ArgumentException>(() => new ResourceCategories([new("a", "Water"), new("water", "Other")]));
        Assert.StartsWith("The resource category word 'water' is used twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inventory_List_ReturnsANewInventoryAndTheMapShowsCellsAndGaps()
    {
        var empty = ResourceInventory.Start(ResourceCategories.FiveResources, "inventory");
        var one = empty.List("连民村", "景", "Old water town streets", Person(1).Id).List("连民村", "people", "Retired teachers").List("桥北村", "产", "Peach orchards");
        Assert.Empty(empty.Entries);
        Assert.Equal(["inventory-1", "inventory-2", "inventory-3"], one.Entries.Select(e => e.Id.Value));
        Assert.Equal(["连民村", "桥北村"], one.Villages.ToArray());
        var map = one.ToMap();
        Assert.Equal("Old water town streets", Assert.Single(map.Cell("连民村", "scenery")).Text);
        Assert.Empty(map.Cell("桥北村", "people"));
        Assert.Equal(7, map.Gaps().Length);
        var md = map.ToMarkdown();
        Assert.Contains("| Village | 人 People | 文 Culture | 地 Land | 产 Industry | 景 Scenery |", md, StringComparison.Ordinal);
        Assert.Contains("| 连民村 | Retired teachers |  |  |  | Old water town streets |", md, StringComparison.Ordinal);
        Assert.Contains("2 villages, 3 resources, 7 empty cells.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Inventory_UnknownCategoryBadTextAndFullCell_AreRefusedWithoutChange()
    {
        var inventory = ResourceInventory.Start(ResourceCategories.FiveResources);
        Assert.Throws<ArgumentException>(() => inventory.List("连民村", "water", "A river"));
        Assert.Throws<ArgumentException>(() => inventory.List(" ", "land", "Fields"));
        Assert.Throws<ArgumentException>(() => inventory.List("连民村", "land", "bad\u0001text"));
        for (var i = 0; i < ResourceInventory.MaxResourcesPerCell; i++)
        {
            inventory = inventory.List("连民村", "land", $"Field {i}");
        }

        var ex = Assert.Throws<ArgumentException>(() => inventory.List("连民村", "地", "One more field"));
        Assert.StartsWith("'连民村' already lists 100 resources under 地 Land", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ResourceInventory.MaxResourcesPerCell, inventory.Entries.Length);
    }

    [Fact]
    public void ActionPlan_AddAndUpdate_KeepProvenanceAndRefuseDuplicates()
    {
        var item = new ActionPlanItem("a1", "Map empty houses", [new SourceLink("cafe", "h4")]) { Owner = "主任04" };
        var plan = ActionPlan.Empty.Add(item);
        Assert.Empty(ActionPlan.Empty.Items);
        Assert.Throws<ArgumentException>(() => plan.Add(item));
        var done = plan.Update("a1", i => i with { Status = ActionStatus.Done, Due = new DateOnly(2019, 1, 1) });
        Assert.Equal(ActionStatus.Done, done.Items[0].Status);
        Assert.Equal(ActionStatus.Open, plan.Items[0].Status);
        var ex = Assert.Throws<ArgumentException>(() => plan.Update("a1", i => new ActionPlanItem(i.Id, i.Title, [])));
        Assert.StartsWith("A change to 'a1' must keep its id and sources: they are its provenance.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => plan.Update("nope", i => i));
        Assert.Throws<ArgumentException>(() => plan.Add(new ActionPlanItem("a2", " ", [])));
    }

    [Fact]
    public void FromCafe_TakesEveryHarvestedContributionWithTableRoundAndQuestion()
    {
        var record = BlockRecord.FromCafe("cafe", CafeHarvest());
        Assert.Equal(5, record.Contributions.Length);
        var note = record.Find("n1")!;
        Assert.Equal(("Table 1", 1, "Question 1?"), (note.Group, note.Round, note.Question));
        Assert.Equal(5, record.TookPart.Length);
        Assert.Contains(Person(3).Id, record.TookPart.Concat(record.Contributions.Select(c => c.Author).OfType<ParticipantId>()));
    }

    [Fact]
    public void SuggestOpenSpaceIssues_CarriesThemesInsightsAndQuestions_WithAuthorsAsConvenersAndNoInventedOnes()
    {
        var cafe = BlockRecord.FromCafe("cafe", CafeHarvest());
        var issues = Bridges.SuggestOpenSpaceIssues(cafe);
        Assert.Equal(["cafe/h1", "cafe/h2", "cafe/h3"], issues.Select(i => i.Id.Value));
        Assert.All(issues, i => Assert.Equal(CarryKind.OpenSpaceIssue, i.Kind));
        Assert.Equal([Person(2).Id, null, Person(3).Id], issues.Select(i => i.SuggestedConvener));
        Assert.Equal(new SourceLink("cafe", "h2"), Assert.Single(issues[1].Sources));
        var chosen = Bridges.SuggestOpenSpaceIssues(cafe, ["h3"]);
        Assert.Equal("Who pays for courtyard upkeep?", Assert.Single(chosen).Text);
        var ex = Assert.Throws<ArgumentException>(() => Bridges.SuggestOpenSpaceIssues(cafe, ["n1"]));
        Assert.StartsWith("'n1' is not a theme, insight or question of block 'cafe'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("land", issues[1].InCategory(ResourceCategories.FiveResources, "地").Category);
    }

    [Fact]
    public void FromOpenSpace_IssuesPostedFromCarriedItems_KeepTheirCategoryAndSources()
    {
        var carried = Bridges.SuggestOpenSpaceIssues(BlockRecord.FromCafe("cafe", CafeHarvest()))[0].InCategory(ResourceCategories.FiveResources, "人");
        var record = BlockRecord.FromOpenSpace("os", Proceedings(carried.Id), [carried]);
        var issue = record.Find(carried.Id)!;
        Assert.Equal(ContributionKind.Question, issue.Kind);
        Assert.Equal("people", issue.Category);
        Assert.Equal([new SourceLink("cafe", "h1")], issue.CarriedFrom.ToArray());
        var report = record.Find(BlockRecord.ReportId(carried.Id))!;
        Assert.Equal(ContributionKind.Report, report.Kind);
        Assert.Contains("• Start with e-commerce training", report.Text, StringComparison.Ordinal);
        Assert.Equal(ContributionKind.Theme, record.Find("cluster-1")!.Kind);
        Assert.Equal("主任02", record.Find("action-1")!.Owner);
    }

    [Fact]
    public void BrainstormBridges_PromptsLinkIssueAndReport_CategoriesLinkClusterAndIssues()
    {
        var record = BlockRecord.FromOpenSpace("os", Proceedings("os-1"));
        var prompts = Bridges.SuggestBrainstormPrompts(record);
        Assert.Equal([new SourceLink("os", "os-1"), new SourceLink("os", "os-1/report")], prompts[0].Sources.ToArray());
        Assert.Equal([new SourceLink("os", "os-2")], prompts[1].Sources.ToArray());
        Assert.Equal("Keep young people in the villages", prompts[0].ToPrompt().Text);
        var category = Assert.Single(Bridges.SuggestBrainstormCategories(record));
        Assert.Equal("Young people and jobs", category.Text);
        Assert.Equal([new SourceLink("os", "cluster-1"), new SourceLink("os", "os-1")], category.Sources.ToArray());
    }

    [Fact]
    public void ToActionPlan_CarriesActionsAndTopRankedIdeasWithOwnersAndVillages()
    {
        var ideas = new[]
        {
            new Idea("i1", "Village WeChat market", new Round(1), At(2, 16, 5)) { Author = Person(5).Id },
            new Idea("i2", "Homestay cooperative", new Round(1), At(2, 16, 6)),
            new Idea("i3", "Night school", new Round(1), At(2, 16, 7)) { Author = Person(6).Id },
        };
        var result = new BrainstormResult(VotingMethod.Dots, 8, [new IdeaScore("i2", 9, 6, 1, false), new IdeaScore("i1", 5, 4, 2, false), new IdeaScore("i3", 0, 0, 3, false)]);
        var storm = BlockRecord.FromBrainstorm("storm", Roster().Select(p => p.Id), ideas, result);
        var items = Bridges.ToActionPlan(storm, Roster(), topIdeas: 3);
        Assert.Equal(["storm/i2", "storm/i1"], items.Select(i => i.Id.Value));
        Assert.Null(items[0].Owner);
        Assert.Equal(("主任05", "村1"), (items[1].Owner, items[1].Village));
        var fromOpenSpace = Assert.Single(Bridges.ToActionPlan(BlockRecord.FromOpenSpace("os", Proceedings("os-1")), Roster()));
        Assert.Equal(("主任02", "村2", "Book the trainer", new DateOnly(2019, 1, 10)), (fromOpenSpace.Owner, fromOpenSpace.Village, fromOpenSpace.NextStep, fromOpenSpace.Due));
        var fromCafe = Assert.Single(Bridges.ToActionPlan(BlockRecord.FromCafe("cafe", CafeHarvest()), Roster()));
        Assert.Equal(("主任04", "Walk the village on Monday"), (fromCafe.Owner, fromCafe.NextStep));
    }

    [Fact]
    public void Compose_LinksThatResolveToNothing_AndRecordsOfUnknownBlocks_AreRefused()
    {
        var cafe = BlockRecord.FromCafe("cafe", CafeHarvest());
        var dangling = new CarriedItem("x", CarryKind.OpenSpaceIssue, "x", [new SourceLink("cafe", "missing")]);
        var ex = Assert.Throws<ArgumentException>(() => WorkshopBook.Compose(Design(), [cafe], [dangling]));
        Assert.StartsWith("The carried item 'x' links 'cafe/missing', which is in none of the block records", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => WorkshopBook.Compose(Design(), [BlockRecord.Plain("nowhere", [])]));
        Assert.Throws<ArgumentException>(() => WorkshopBook.Compose(Design(), [cafe, cafe]));
    }

    [Fact]
    public void Book_MarkdownAndJson_ShowEveryPartWithReadableUnicode()
    {
        var cafe = BlockRecord.FromCafe("cafe", CafeHarvest());
        var issues = Bridges.SuggestOpenSpaceIssues(cafe);
        var os = BlockRecord.FromOpenSpace("open-space", Proceedings(issues[0].Id), issues);
        var inventory = ResourceInventory.Start(ResourceCategories.FiveResources).List("连民村", "景", "Old streets");
        var plan = ActionPlan.Empty.Add(Bridges.ToActionPlan(os, Roster()));
        var book = WorkshopBook.Compose(Design(), [BlockRecord.Plain("lecture", Roster().Select(p => p.Id)), cafe, os], issues, inventory, plan);

        Assert.Equal("Young people leave the villages", book.Resolve(new SourceLink("cafe", "h1"))!.Text);
        var md = book.ToMarkdown();
        foreach (var heading in new[] { "# 社区自治成长工作坊", "## Programme", "### Day 1, 2018-12-05", "## Who took part", "## Outputs", "## Carried between blocks", "## Resource map", "## Action plan" })
        {
            Assert.Contains(heading, md, StringComparison.Ordinal);
        }

        Assert.Contains("- 主办: 社区事务办", md, StringComparison.Ordinal);
        Assert.Contains("| 19:00–20:20 | World Café | World Café | 王老师 |  |  |", md, StringComparison.Ordinal);
        Assert.Contains("| OpenSpaceIssue | Young people leave the villages |  | World Café: “Young people leave the villages” (cafe/h1) |", md, StringComparison.Ordinal);
        Assert.Contains("| 村2 | E-commerce training for young villagers | 主任02 | Book the trainer | 2019-01-10 | Open | Open Space: “E-commerce training for young villagers” (open-space/action-1) |", md, StringComparison.Ordinal);
        Assert.Contains("carried from World Café: “Young people leave the villages” (cafe/h1)", md, StringComparison.Ordinal);

        var json = book.ToJson();
        Assert.Contains("\"title\": \"社区自治成长工作坊\"", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        var blocks = doc.RootElement.GetProperty("blocks");
        Assert.Equal(4, blocks.GetArrayLength());
        Assert.False(blocks[3].GetProperty("held").GetBoolean());
        Assert.Equal("Old streets", doc.RootElement.GetProperty("resources").GetProperty("villages")[0].GetProperty("scenery")[0].GetString());
        Assert.Equal("open-space", doc.RootElement.GetProperty("actionPlan")[0].GetProperty("sources")[0].GetProperty("block").GetString());
    }
}
