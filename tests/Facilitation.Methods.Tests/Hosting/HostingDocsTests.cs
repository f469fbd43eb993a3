using System.Runtime.CompilerServices;
using Facilitation.Methods.Hosting;
using Facilitation.Methods.Tests.WorldCafe;
using Facilitation.Methods.WorldCafe;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Hosting;

/// <summary>Runs the dependency-injection example of docs/hosting.md and checks the page shows exactly this code.</summary>
public sealed class HostingDocsTests
{
    [Fact]
    public void DocsExample_RegistersOpensAndRestoresACafe()
    {
        var clock = new FakeTimeProvider(CafeFixture.Start);
        var design = CafeFixture.Design();

        // Hosting example: begin
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);                 // optional: else TimeProvider.System is added
        services.AddFacilitationMethods(options => options.MaxPlannerTime = TimeSpan.FromSeconds(2));
        services.AddFacilitationMethods();                          // safe: registers nothing twice
        using var provider = services.BuildServiceProvider();

        var cafes = provider.GetRequiredService<ISessionFactory<WorldCafeDesign, WorldCafeSession>>();
        using var cafe = cafes.Create(design);                      // on the container's clock and planner
        cafe.OpenCheckIn(Actor.Facilitator);
        using var again = cafes.Restore(cafe.Save());               // same clock and planner
        // Hosting example: end

        Assert.Equal(WorldCafePhase.CheckIn, again.Phase);
        Assert.Equal(1, again.Version);
        Assert.Equal(TimeSpan.FromSeconds(2), provider.GetRequiredService<FacilitationMethodsOptions>().MaxPlannerTime);
    }

    [Fact]
    public void DocsPage_ShowsTheTestedExample()
    {
        var source = File.ReadAllLines(ThisFile()).Select(l => l.Trim()).ToList();
        var from = source.IndexOf("// Hosting example: begin") + 1;
        var to = source.IndexOf("// Hosting example: end");
        var example = string.Join("\n", source[from..to]);
        var page = string.Join("\n", File.ReadAllLines(Path.Combine(Repository.Root, "docs", "hosting.md")).Select(l => l.Trim()));

        Assert.True(to > from + 5);
        Assert.Contains(example, page, StringComparison.Ordinal);
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
