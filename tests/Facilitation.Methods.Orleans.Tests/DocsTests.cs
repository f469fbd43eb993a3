using System.Reflection;
using System.Text.RegularExpressions;

namespace Facilitation.Methods.Orleans.Tests;

public sealed partial class DocsTests
{
    [Fact]
    public void OrleansDocs_NameOnlyTestsThatExist_AndTheReadmeLinksThePage()
    {
        var root = RepositoryRoot();
        var docs = File.ReadAllText(Path.Combine(root, "docs", "orleans.md"));
        var tests = typeof(DocsTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any())
            .Select(m => m.Name)
            .ToArray();
        var named = TestName().Matches(docs).Select(m => m.Groups[1].Value.TrimEnd('…', '_')).ToArray();
        Assert.NotEmpty(named);
        Assert.All(named, prefix => Assert.Contains(tests, t => t.StartsWith(prefix, StringComparison.Ordinal) || t.EndsWith(prefix, StringComparison.Ordinal)));
        Assert.Contains("(docs/orleans.md)", File.ReadAllText(Path.Combine(root, "README.md")), StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Facilitation.Methods.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("The repository root was not found.");
        }

        return directory.FullName;
    }

    // A test named in the guarantees table: `Start_…` (a prefix) or `…End` (a suffix).
    [GeneratedRegex(@"`…?([A-Z][A-Za-z]+_[A-Za-z_]*)…?`")]
    private static partial Regex TestName();
}
