namespace Facilitation.Samples.Web;

/// <summary>Keeps the saved café in one file of a storage folder; writes are atomic (a temporary file, then a rename).</summary>
internal sealed class CafeStore(string folder)
{
    public string Path { get; } = System.IO.Path.Combine(folder, "cafe.json");

    public string? Load() => File.Exists(Path) ? File.ReadAllText(Path) : null;

    public async Task<long> SaveAsync(string document, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var temporary = Path + ".tmp";
        await File.WriteAllTextAsync(temporary, document, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, Path, overwrite: true);
        return new FileInfo(Path).Length;
    }
}
