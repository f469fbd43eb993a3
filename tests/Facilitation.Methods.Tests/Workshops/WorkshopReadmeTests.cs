using System.Runtime.CompilerServices;
using Facilitation.Methods.WorldCafe;
using Facilitation.Methods.Workshops;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Workshops;

/// <summary>Runs the workshop code shown in the README and checks the README shows exactly this code.</summary>
public sealed class WorkshopReadmeTests
{
    [Fact]
    public void ReadmeExample_RunsTheWorkshopAsOneSession_AndWritesTheWholeWorkshopAndItsBook()
    {
        var design = WorkshopFixture.Design();
        var programme = design with
        {
            Blocks = [.. design.Blocks.Select(b => b.CafeDesign is { } c ? b with { CafeDesign = c with { PlannerTimeLimit = TimeSpan.FromMilliseconds(100) } } : b)],
        };
        var clock = new FakeTimeProvider(WorkshopFixture.At(1, 8));
        var leaver = programme.Participants[7].Id;
        void RunTheCafe(WorldCafeSession cafe) => RunningFixture.RunCafe(cafe, clock);
        void At(string block) => clock.SetUtcNow(programme.FindBlock(block)!.Start);
        var output = Path.Combine(Path.GetTempPath(), $"workshop-readme-{Guid.NewGuid():N}");
        Directory.CreateDirectory(output);

        // README workshop: begin
        using var workshop = WorkshopSession.Create(programme, new SessionOptions { TimeProvider = clock });
        workshop.OpenDay(Actor.Facilitator);
        foreach (var person in programme.Participants)
        {
            workshop.CheckIn(Actor.ForParticipant(person.Id), person.Id);    // per person, at the workshop level
        }

        At("lecture");
        workshop.StartBlock(Actor.Facilitator, "lecture");                  // blocks run in programme order
        workshop.CloseBlock(Actor.Facilitator, "lecture");                  // who was there is kept
        At("cafe");
        workshop.StartBlock(Actor.Facilitator, "cafe");                     // starts the café with the people present
        RunTheCafe(workshop.Cafe("cafe")!);                                 // the workshop owns it; run it as usual
        var cafeRecord = workshop.CloseBlock(Actor.Facilitator, "cafe");    // its outputs, in the workshop's log
        workshop.Depart(Actor.ForParticipant(leaver), leaver);              // absent from every later block
        workshop.CloseDay(Actor.Facilitator);

        var issues = Bridges.SuggestOpenSpaceIssues(cafeRecord)             // themes, insights, questions
            .Select(issue => issue.InCategory(ResourceCategories.FiveResources, "人"));
        workshop.CarryItems(Actor.Facilitator, "open-space", issues);       // with links to their sources
        File.WriteAllText(Path.Combine(output, "workshop.json"), workshop.Save());   // everything, one document
        File.WriteAllText(Path.Combine(output, "workshop-book.md"), workshop.ToBook().ToMarkdown());
        // README workshop: end

        using var restored = WorkshopSession.Restore(File.ReadAllText(Path.Combine(output, "workshop.json")), new SessionOptions { TimeProvider = clock });
        Assert.Equal(WorkshopPhase.BetweenDays, restored.Phase);
        Assert.DoesNotContain(leaver, restored.Present);
        Assert.Equal(2, restored.CarriedInto("open-space").Length);
        Assert.All(restored.CarriedInto("open-space"), i => Assert.NotNull(restored.ToBook().Resolve(i.Sources[0])));
        Assert.Equal(workshop.Cafe("cafe")!.Save(), restored.Cafe("cafe")!.Save());
        Assert.Contains("Young people leave the villages", File.ReadAllText(Path.Combine(output, "workshop-book.md")), StringComparison.Ordinal);
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
