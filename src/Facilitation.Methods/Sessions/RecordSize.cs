using System.Buffers;

namespace Facilitation.Methods.Sessions;

/// <summary>
/// Upper bounds on the bytes a record's JSON takes, without writing it: the engine writes a record's JSON only when it is read
/// (<c>Save</c>, the event records), and until then counts the bound against the document's size cap.
/// </summary>
/// <remarks>A bound may be loose, never short: <c>RecordSizeTests</c> hold every bound against the JSON actually written, for texts
/// that need escaping, every script and the longest ids and texts.</remarks>
internal static class RecordSize
{
    /// <summary>Bytes of one property beyond its value, for a name of at most 20 characters: <c>,"name":</c>.</summary>
    public const int Property = 24;

    // Bytes each ASCII character takes as the document's writer writes it (SessionDocument.WriterOptions' encoder): 1, or 6 when
    // escaped (\uXXXX; the short escapes are shorter). Any other character counts 6: UTF-8 takes at most 3 bytes per UTF-16 unit.
    private static readonly byte[] Ascii = MakeAscii();

    // The characters written as themselves, one byte each: a text of only these is as long as its JSON, quotes aside (found vectorised).
    private static readonly SearchValues<char> Plain = SearchValues.Create([.. Enumerable.Range(0, 128).Where(c => Ascii[c] == 1).Select(c => (char)c)]);

    /// <summary>Gets the most bytes a string value takes, quotes included (4 for <c>null</c>).</summary>
    public static int Of(string? text)
    {
        if (text is null)
        {
            return 4;
        }

        if (!text.AsSpan().ContainsAnyExcept(Plain))
        {
            return text.Length + 2;
        }

        var bytes = 2;
        foreach (var c in text)
        {
            bytes += c < 128 ? Ascii[c] : 6;
        }

        return bytes;
    }

    /// <summary>Gets the most bytes a contribution's JSON object takes, whichever of its properties the writer writes (names of at most 20 characters).</summary>
    public static int Of(Contribution contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);

        // Strings: id, kind, text, author, group, question, its category, builds-on, category, owner, next step; then a time (at most 35
        // bytes quoted) and a round number (at most 11); 13 properties and the braces.
        return Of(contribution.Id.Value) + Of(EnumName<ContributionKind>.Of(contribution.Kind)) + Of(contribution.Text)
            + Of(contribution.Author?.Value) + Of(contribution.Group?.Value) + Of(contribution.Prompt?.Text) + Of(contribution.Prompt?.Category)
            + Of(contribution.BuildsOn?.Value) + Of(contribution.Category) + Of(contribution.Owner) + Of(contribution.NextStep)
            + 35 + 11 + (13 * Property) + 2;
    }

    private static byte[] MakeAscii()
    {
        var encoder = SessionDocument.WriterOptions.Encoder ?? System.Text.Encodings.Web.JavaScriptEncoder.Default;
        var table = new byte[128];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = (byte)(c is < 0x20 or 0x7F or '"' or '\\' || encoder.WillEncode(c) ? 6 : 1);
        }

        return table;
    }
}
