using System.Text.RegularExpressions;
using Facilitation.Methods.OpenSpace;

namespace Facilitation.Methods.Tests.OpenSpace;

public class OpenSpaceDocsTests
{
    [Fact]
    public void ToMermaid_MatchesTheDiagramInTheDocs()
    {
        var mermaid = Mermaid();
        var doc = File.ReadAllText(Repository.PathOf("docs/open-space.md")).ReplaceLineEndings("\n");
        var block = Regex.Match(doc, "```mermaid\n(.*?)```", RegexOptions.Singleline);
        Assert.True(block.Success, "docs/open-space.md has no mermaid block.");
        if (block.Groups[1].Value.TrimEnd() != mermaid.TrimEnd())
        {
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "open-space.mermaid.received.txt"), mermaid);
        }

        Assert.Equal(mermaid.TrimEnd(), block.Groups[1].Value.TrimEnd());
    }

    [Fact]
    public void ToMermaid_DrawsEveryPhaseAndGuard()
    {
        var mermaid = Mermaid();
        Assert.All(Enum.GetNames<OpenSpacePhase>(), phase => Assert.Contains(phase, mermaid, StringComparison.Ordinal));
        Assert.Contains("every slot has started", mermaid, StringComparison.Ordinal);
        Assert.Contains("the next slot is on a later day", mermaid, StringComparison.Ordinal);
    }

    private static string Mermaid()
    {
        using var session = OpenSpaceSession.Create(OpenSpaceFixture.Design());
        return session.ToMermaid();
    }
}
