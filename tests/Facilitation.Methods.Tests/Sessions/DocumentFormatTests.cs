using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Workshops;
using Facilitation.Methods.WorldCafe;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Sessions;

/// <summary>
/// The document format holds byte for byte: documents saved by this release restore and save to the same bytes, and the version-1
/// documents of the café, the brainstorm and Open Space upgrade to the same version-2 documents (the session id given in the options). The files were saved by the release
/// of 2026-12-03 (main bb4bc6f) and converted, before the first release, to the shape of branch s9-persist (one participant shape,
/// the café's design as WorldCafeDesign, every list written; the command hashes kept), the version-1 files by earlier releases; a change that makes one of these fail changes the format, and needs a new format version and an upgrade.
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

    // Every array of a version-1 document given a null first element, and every value replaced by null: the upgrade either restores a
    // session or refuses with SessionDocumentException, never anything else.
    [Theory]
    [InlineData("world-cafe-v1.json")]
    [InlineData("brainstorm-v1.json")]
    [InlineData("open-space-v1.json")]
    public void Restore_OfAVersion1DocumentWithNulls_RestoresOrThrowsSessionDocumentException(string file)
    {
        var document = Read(file);
        var mutations = new List<string>();
        for (var i = document.IndexOf('[', StringComparison.Ordinal); i >= 0; i = document.IndexOf('[', i + 1))
        {
            mutations.Add(document.Insert(i + 1, "null,"));
        }

        for (var i = document.IndexOf("\": ", StringComparison.Ordinal); i >= 0; i = document.IndexOf("\": ", i + 1))
        {
            var end = document.IndexOfAny([',', '\n'], i + 3);
            mutations.Add(string.Concat(document.AsSpan(0, i + 3), "null", document.AsSpan(end)));
        }

        Assert.NotEmpty(mutations);
        foreach (var mutated in mutations)
        {
            AssertRestoresOrRefuses(file, mutated);
        }
    }

    [Property(MaxTest = 300)]
    public Property Restore_OfAMutatedVersion1Document_RestoresOrThrowsSessionDocumentException_NeverAnythingElse() =>
        Prop.ForAll(
            Gen.Elements("world-cafe-v1.json", "brainstorm-v1.json", "open-space-v1.json").Zip(Gen.Choose(0, int.MaxValue)).Zip(Gen.Elements("\"", "}", "0", "-1", "null", "x", "[", "]", ",", "9999999999")).ToArbitrary(),
            m =>
            {
                var ((file, at), text) = m;
                var document = Read(file);
                var i = at % document.Length;
                AssertRestoresOrRefuses(file, (at % 3) switch
                {
                    0 => document.Remove(i, 1),
                    1 => document.Insert(i, text),
                    _ => document.Remove(i, 1).Insert(i, text),
                });
            });

    private static void AssertRestoresOrRefuses(string file, string document)
    {
        try
        {
            using IFacilitationSession session = file switch
            {
                "world-cafe-v1.json" => WorldCafeSession.Restore(document, Options("upgraded")),
                "brainstorm-v1.json" => BrainstormSession.Restore(document, Options("upgraded")),
                _ => OpenSpaceSession.Restore(document, Options("upgraded")),
            };
            Assert.StartsWith("{\"format\":\"Facilitation.Methods.Session\",\"formatVersion\":2,", session.Save(), StringComparison.Ordinal);
        }
        catch (SessionDocumentException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        }
    }

    private static SessionOptions Options(string id) => new() { Id = id, TimeProvider = new FakeTimeProvider(Noon) };

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sessions", "Resources", file)).TrimEnd('\n');
}
