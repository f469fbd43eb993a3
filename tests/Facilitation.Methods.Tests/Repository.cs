namespace Facilitation.Methods.Tests;

/// <summary>The repository the tests run from, for tests that read the README, the docs and their schemas.</summary>
internal static class Repository
{
    /// <summary>Gets the folder that holds <c>Facilitation.Methods.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the full path of a file given relative to the repository root.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Facilitation.Methods.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (Facilitation.Methods.sln) was not found.");
    }
}
