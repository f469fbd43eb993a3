using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Workshops;
using Facilitation.Methods.WorldCafe;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Sessions;

/// <summary>
/// The document format holds byte for byte: documents saved by this release restore and save to the same bytes, and the version-1
/// documents of the café, the brainstorm and Open Space upgrade to the same version-2 documents (the session id given in the options). The files were saved by the release
/// of 2026-12-03 (main bb4bc6f), the version-1 files by earlier releases; a change that makes one of these fail changes the format, and needs a new format version and an upgrade.
/// </summary>
public sealed class DocumentFormatTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    // Two documents per method, from the test suite's own saves: together they hold most design options and event types.
    [Theory]
    [InlineData("world-cafe-v2-1.json")]
    [InlineData("world-cafe-v2-2.json")]
    [InlineData("brainstorm-v2-1.json")]
    [InlineData("brainstorm-v2-2.json")]
    [InlineData("open-space-v2-1.json")]
    [InlineData("open-space-v2-2.json")]
    [InlineData("workshop-v2-1.json")]
    [InlineData("workshop-v2-2.json")]
    public void Restore_OfADocumentOfThisRelease_SavesTheSameBytes(string file)
    {
        var document = Read(file);
        var events = System.Text.Json.Nodes.JsonNode.Parse(document)!["events"]!.AsArray();
        var options = new SessionOptions { TimeProvider = new FakeTimeProvider(events.Count > 0 ? events[^1]!["event"]!["occurredAt"]!.GetValue<DateTimeOffset>() : Noon) };

        using IFacilitationSession session = file[..file.IndexOf("-v2", StringComparison.Ordinal)] switch
        {
            "world-cafe" => WorldCafeSession.Restore(document, options),
            "brainstorm" => BrainstormSession.Restore(document, options),
            "open-space" => OpenSpaceSession.Restore(document, options),
            _ => WorkshopSession.Restore(document, options),
        };

        Assert.Equal(document, session.Save());
    }

    [Theory]
    [InlineData("world-cafe-v1.json")]
    [InlineData("brainstorm-v1.json")]
    [InlineData("open-space-v1.json")]
    public void Restore_OfAVersion1Document_SavesTheUpgradedDocument(string file)
    {
        var document = Read(file);

        using IFacilitationSession session = file switch
        {
            "world-cafe-v1.json" => WorldCafeSession.Restore(document, Options("upgraded")),
            "brainstorm-v1.json" => BrainstormSession.Restore(document, Options("upgraded")),
            _ => OpenSpaceSession.Restore(document, Options("upgraded")),
        };

        Assert.Equal("upgraded", session.Id);
        Assert.Equal(Read(file.Replace("-v1.json", "-v1-upgraded.json", StringComparison.Ordinal)), session.Save());
    }

    private static SessionOptions Options(string id) => new() { Id = id, TimeProvider = new FakeTimeProvider(Noon) };

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sessions", "Resources", file)).TrimEnd('\n');
}
