using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.Harvesting;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Workshops;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Facilitation.Methods.Tests.Workshops.WorkshopFixture;

namespace Facilitation.Methods.Tests.Workshops;

public class WorkshopPropertyTests
{
    private static Arbitrary<int> Seeds => Gen.Choose(0, 1_000_000).ToArbitrary();

    private static (string[] Errors, string[] Warnings) Check(WorkshopDesign design)
    {
        var result = new WorkshopDesignValidator().Validate(design);
        return ([.. result.Errors.Where(e => e.Severity == Severity.Error).Select(e => e.ErrorMessage)],
                [.. result.Errors.Where(e => e.Severity == Severity.Warning).Select(e => e.ErrorMessage)]);
    }

    [Property(MaxTest = 100)]
    public Property Validate_RandomProgrammeOfBlocksInSequence_HasNoErrorsOrWarnings() => Prop.ForAll(Seeds, seed =>
    {
        var random = new Random(seed);
        var days = random.Next(1, 4);
        var blocks = new List<WorkshopBlock>();
        for (var day = 1; day <= days; day++)
        {
            var at = At(day, 8, 30);
            for (var i = random.Next(1, 8); i > 0; i--)
            {
                at += TimeSpan.FromMinutes(random.Next(0, 30));
                var id = $"d{day}-b{blocks.Count}";
                WorkshopBlock block = random.Next(3) switch
                {
                    0 => WorkshopBlock.WorldCafe(id, id, at, TimeSpan.Zero, Cafe(rounds: 3, minutes: random.Next(5, 25))) with { Facilitator = "王老师", TimeBetweenRounds = TimeSpan.FromMinutes(random.Next(0, 10)) },
                    1 => WorkshopBlock.Brainstorm(id, id, at, TimeSpan.Zero, BrainstormDesign(rounds: random.Next(1, 4), minutes: random.Next(3, 20))) with { Facilitator = "李老师" },
                    _ => new WorkshopBlock(id, (BlockKind)random.Next(0, 9), id, at, TimeSpan.FromMinutes(random.Next(5, 120))),
                };
                var needed = block.NeededTime;
                block = block with { Duration = needed + TimeSpan.FromMinutes(random.Next(0, 20)) };
                blocks.Add(block);
                at = block.End;
            }
        }

        var design = Design() with
        {
            Days = [.. Enumerable.Range(1, days).Select(d => new WorkshopDay(At(d, 8, 30), blocks.Where(b => b.Start.Day == At(d, 0).Day).Max(b => b.End)))],
            Blocks = [.. blocks.OrderBy(_ => random.Next())],
        };
        var (errors, warnings) = Check(design);
        return (errors.Length == 0 && warnings.Length == 0).Label($"seed {seed}: {string.Join("; ", errors.Concat(warnings))}");
    });

    [Property(MaxTest = 200)]
    public Property Validate_RandomBlocks_ReportEveryOverlappingPairOnce() => Prop.ForAll(Seeds, seed =>
    {
        var random = new Random(seed);
        var blocks = Enumerable.Range(0, random.Next(2, 12))
            .Select(i => Plain($"b{i}", At(1, 9) + TimeSpan.FromMinutes(random.Next(0, 600)), random.Next(1, 120)))
            .ToList();
        var expected = blocks.SelectMany((a, i) => blocks.Skip(i + 1).Where(b => a.Start < b.End && b.Start < a.End).Select(b => (a.Id, b.Id))).Count();
        var overlaps = Check(WithBlocks([.. blocks]) with { Days = [new WorkshopDay(At(1, 0), At(1, 23, 59))] }).Errors.Where(e => e.Contains("overlap by", StringComparison.Ordinal)).ToList();
        return (overlaps.Count == expected).Label($"seed {seed}: expected {expected}, reported {overlaps.Count}");
    });

    [Property(MaxTest = 100)]
    public Property Carry_RandomHarvestsAndChoices_EveryCarriedItemResolvesToItsSources() => Prop.ForAll(Seeds, seed =>
    {
        var random = new Random(seed);
        var kinds = Enum.GetValues<ContributionKind>();
        var harvest = Harvest.Collect(
            "Café",
            Enumerable.Range(1, random.Next(1, 30)).Select(i => new Contribution($"c{i}", kinds[random.Next(kinds.Length)], $"text {i} 村", At(1, 20), random.Next(2) == 0 ? Person(random.Next(1, 13)).Id : (ParticipantId?)null, random.Next(2) == 0 ? new GroupId("T1") : (GroupId?)null, new Round(1))),
            [],
            [new Group("T1", 5)],
            Roster(),
            []);
        var cafe = BlockRecord.FromCafe("cafe", harvest);
        var eligible = cafe.Contributions.Where(c => c.Kind is ContributionKind.Theme or ContributionKind.Insight or ContributionKind.Question).Select(c => c.Id).ToList();
        var issues = Bridges.SuggestOpenSpaceIssues(cafe, eligible.Where(_ => random.Next(3) > 0));

        var entries = issues.Select((item, i) => new ProceedingsEntry(
            new Issue(item.Id, item.Text, item.SuggestedConvener ?? Person(1).Id, null, null, [], [], null, random.Next(0, 5)),
            null,
            null,
            random.Next(2) == 0 ? new SessionReport(item.Id, $"report {i}", [], [], []) : null,
            0,
            0,
            0,
            0)).ToList();
        var clusters = entries.Count == 0 ? [] : new[] { new IssueCluster("k1", "cluster", [.. entries.Where(_ => random.Next(2) == 0).Select(e => e.Issue.Id)], null) };
        var actions = entries.Take(random.Next(0, 3)).Select((e, i) => new ActionItem($"a{i}", $"action {i}", Person(i + 1).Id, [], "next")).ToList();
        var proceedings = new OpenSpaceProceedings("Theme", null, null, [], OpenSpacePhase.Closed, 1, [.. Roster()], [.. entries], [.. clusters], [.. actions], [], 0);
        var os = BlockRecord.FromOpenSpace("open-space", proceedings, issues);
        var prompts = Bridges.SuggestBrainstormPrompts(os);
        var categories = Bridges.SuggestBrainstormCategories(os);
        var ideas = prompts.Select((p, i) => new Idea($"i{i}", p.Text, new Round(1), At(2, 16)) { Author = Person(i % 12 + 1).Id }).ToList();
        var result = new BrainstormResult(VotingMethod.Dots, 1, [.. ideas.Select((idea, i) => new IdeaScore(idea.Id, ideas.Count - i, 1, i + 1, false))]);
        var storm = BlockRecord.FromBrainstorm("brainstorm", Roster().Select(p => p.Id), ideas, result);
        var plan = ActionPlan.Empty.Add(Bridges.ToActionPlan(os, Roster())).Add(Bridges.ToActionPlan(storm, Roster(), topIdeas: 2));

        var carried = issues.Concat(prompts).Concat(categories).ToList();
        var book = WorkshopBook.Compose(Design(), [cafe, os, storm], carried, plan: plan);
        var links = carried.SelectMany(c => c.Sources).Concat(plan.Items.SelectMany(i => i.Sources)).Concat(os.Contributions.SelectMany(c => c.CarriedFrom)).ToList();
        var resolved = links.All(l => book.Resolve(l) is { } c && c.Block == l.Block && c.Id == l.Contribution);
        var issuesKeepText = issues.All(i => book.Resolve(i.Sources[0])!.Text == i.Text && os.Find(i.Id)!.CarriedFrom.SequenceEqual(i.Sources));
        var everySourceCarried = issues.Length == eligible.Count || issues.All(i => eligible.Contains(i.Sources[0].Contribution));
        return (resolved && issuesKeepText && everySourceCarried && links.Count >= issues.Length).Label($"seed {seed}");
    });
}
