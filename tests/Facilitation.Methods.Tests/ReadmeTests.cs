using System.Text.RegularExpressions;

namespace Facilitation.Methods.Tests;

/// <summary>The README is what users read first: its diagrams and links must stay true.</summary>
public partial class ReadmeTests
{
    private static readonly string Root = Repository.Root;

    [Fact]
    public void Readme_EveryStateDiagram_IsOneThatTheDocsSnapshotTestsKeepCurrent()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var docs = string.Join("\n", Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Select(File.ReadAllText));
        var diagrams = MermaidBlock().Matches(readme).Select(m => m.Value).ToList();
        Assert.Equal(3, diagrams.Count);
        Assert.All(diagrams, d => Assert.Contains(d, docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Readme_QuickStart_GivesTheSampleAndTestCommands_AndEveryLinkedFileExists()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        Assert.Contains("dotnet run --project samples/Facilitation.Samples.Cafe", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test Facilitation.Methods.sln -c Release", readme, StringComparison.Ordinal);
        var links = LocalLink().Matches(readme).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(Root, link)), $"README links to {link}, which does not exist."));
        var projects = SampleProject().Matches(readme).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.All(projects, p => Assert.True(Directory.Exists(Path.Combine(Root, p)), $"README runs {p}, which does not exist."));
    }

    [GeneratedRegex("```mermaid\\n.*?\\n```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();

    [GeneratedRegex(@"\]\(((?:docs/|LICENSE)[^)#]*)")]
    private static partial Regex LocalLink();

    [GeneratedRegex(@"--project (samples/[A-Za-z.]+)")]
    private static partial Regex SampleProject();
}
