namespace Facilitation.Methods.Storage.Tests;

/// <summary>A fresh folder per test, deleted afterwards, for real SQLite files.</summary>
public sealed class TempFolder : IDisposable
{
    private int next;

    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fm-store-" + Guid.NewGuid().ToString("N"));

    public string NewFile(string name = "store") => System.IO.Path.Combine(Path, $"{name}-{Interlocked.Increment(ref next)}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
