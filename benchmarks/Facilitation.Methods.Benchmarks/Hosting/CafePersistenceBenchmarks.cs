using System.Text;
using BenchmarkDotNet.Attributes;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Benchmarks.Hosting;

/// <summary>
/// Save and restore of a 200-person café (20 tables of 10 with hosts) after 4 rounds in which everyone wrote two notes per
/// round (1,600 notes). <c>Save</c> is a café saved before (its records are written and kept); <c>RestoreThenSave</c> minus
/// <c>Restore</c> is a first save, which writes every note's record. The document size is printed at setup and by the <c>memory</c> mode.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CafePersistenceBenchmarks
{
    private WorldCafeSession _cafe = null!;
    private string _document = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _cafe = BigCafe();
        _document = _cafe.Save();
        Console.WriteLine($"// 200-person café after 4 rounds: {_document.Length:N0} characters, {Encoding.UTF8.GetByteCount(_document):N0} bytes as UTF-8");
    }

    [GlobalCleanup]
    public void Cleanup() => _cafe.Dispose();

    [Benchmark]
    public string Save() => _cafe.Save();

    [Benchmark]
    public long Restore()
    {
        using var cafe = WorldCafeSession.Restore(_document, new SessionOptions { TimeProvider = TimeProvider.System }, HostingCafes.Planner);
        return cafe.Version;
    }

    /// <summary>
    /// Restore, then the first save. A restored (or command-built) café writes its notes' JSON records on first save, not when
    /// each note is accepted, so <see cref="Save"/> above (a café already saved once) is the warm case; this row minus
    /// <see cref="Restore"/> is the cold first save.
    /// </summary>
    [Benchmark]
    public int RestoreThenSave()
    {
        using var cafe = WorldCafeSession.Restore(_document, new SessionOptions { TimeProvider = TimeProvider.System }, HostingCafes.Planner);
        return cafe.Save().Length;
    }

    internal static WorldCafeSession BigCafe() => HostingCafes.AfterRounds(200, 10, 4, notesEach: 2, TimeSpan.FromSeconds(2));
}
