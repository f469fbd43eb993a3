using System.Runtime.CompilerServices;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Tests.WorldCafe;
using Facilitation.Methods.WorldCafe;
using Facilitation.Methods.Workshops;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Workshops;

/// <summary>Runs the workshop code shown in the README and checks the README shows exactly this code.</summary>
public sealed class WorkshopReadmeTests
{
    [Fact]
    public void ReadmeExample_CarriesTheCafeHarvestIntoTheOpenSpaceAndWritesTheBook()
    {
        var programme = WorkshopFixture.Design();
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Harvest);
        using var _cafe = cafe;
        cafe.AddHarvestItem(Actor.ForParticipant(cafe.Design.Participants[1].Id), ContributionKind.Theme, "Young people leave the villages");
        cafe.AddHarvestItem(Actor.Facilitator, ContributionKind.Question, "Who looks after the courtyards?");
        var openSpace = OpenSpaceSession.Create(WorkshopFixture.OpenSpaceDesign() with { Participants = cafe.Design.Participants }, new SessionOptions { TimeProvider = new FakeTimeProvider(WorkshopFixture.At(2, 14)) });
        openSpace.OpenCircle(Actor.Facilitator);
        openSpace.BeginAgendaSetting(Actor.Facilitator);
        var volunteer = cafe.Design.Participants[0].Id;
        var inventory = ResourceInventory.Start(ResourceCategories.FiveResources).List("连民村", "景", "Old water-town streets");
        var output = Path.Combine(Path.GetTempPath(), $"workshop-readme-{Guid.NewGuid():N}");
        Directory.CreateDirectory(output);

        // README workshop: begin
        foreach (var failure in new WorkshopDesignValidator().Validate(programme).Errors)
        {
            Console.WriteLine($"{failure.Severity}: {failure.ErrorMessage}");   // errors and facilitator warnings
        }

        var cafeRecord = BlockRecord.FromCafe("cafe", cafe.ToHarvest());      // after the café
        var issues = Bridges.SuggestOpenSpaceIssues(cafeRecord)               // themes, insights, questions
            .Select(issue => issue.InCategory(ResourceCategories.FiveResources, "人"))
            .ToList();
        foreach (var issue in issues)                                         // nobody invented: no author, a volunteer
        {
            var convener = issue.SuggestedConvener ?? volunteer;
            openSpace.PostIssue(Actor.ForParticipant(convener), issue.Id, issue.Text, convener);
        }

        var openSpaceRecord = BlockRecord.FromOpenSpace("open-space", openSpace.BuildProceedings(), issues);
        var plan = ActionPlan.Empty.Add(Bridges.ToActionPlan(openSpaceRecord, programme.Participants));
        var book = WorkshopBook.Compose(programme, [cafeRecord, openSpaceRecord], issues, inventory, plan);
        File.WriteAllText(Path.Combine(output, "workshop-book.md"), book.ToMarkdown());
        File.WriteAllText(Path.Combine(output, "workshop-book.json"), book.ToJson());
        // README workshop: end

        Assert.Equal(2, issues.Count);
        Assert.Equal([cafe.Design.Participants[1].Id, volunteer], openSpace.Issues.Select(i => i.Convener));
        Assert.All(issues, i => Assert.Equal(i.Sources[0], book.Resolve(i.Sources[0])!.Link));
        Assert.Equal("people", openSpaceRecord.Find(issues[0].Id)!.Category);
        Assert.Contains("Young people leave the villages", File.ReadAllText(Path.Combine(output, "workshop-book.md")), StringComparison.Ordinal);
        Assert.Contains("连民村", File.ReadAllText(Path.Combine(output, "workshop-book.json")), StringComparison.Ordinal);
        Directory.Delete(output, recursive: true);
    }

    [Fact]
    public void Readme_ShowsTheTestedWorkshopExample()
    {
        var source = File.ReadAllLines(ThisFile()).Select(l => l.Trim()).ToList();
        var from = source.IndexOf("// README workshop: begin") + 1;
        var to = source.IndexOf("// README workshop: end");
        var example = string.Join("\n", source[from..to]);
        var readme = string.Join("\n", File.ReadAllLines(Path.Combine(Repository.Root, "README.md")).Select(l => l.Trim()));

        Assert.True(to > from + 10);
        Assert.Contains(example, readme, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project samples/Facilitation.Samples.Workshop", readme, StringComparison.Ordinal);
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
