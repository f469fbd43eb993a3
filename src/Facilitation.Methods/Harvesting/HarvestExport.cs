using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Facilitation.Methods.Harvesting;

/// <summary>Turns a <see cref="Harvest"/> into what a facilitator hands out or prints: a Markdown report, JSON, CSV, route cards and table rosters.</summary>
/// <remarks>Every export shows authors by display name and never names the author of an anonymous contribution (it has none). Text is UTF-8 friendly: JSON keeps non-ASCII characters (for example Chinese names) readable instead of escaping them.</remarks>
public static class HarvestExport
{
    /// <summary>Writes the harvest as a readable Markdown report: one section per question, table and round, then the town hall.</summary>
    /// <param name="harvest">The harvest.</param>
    /// <param name="culture">The language of the labels (English or Simplified Chinese today), or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(Harvest harvest, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(harvest);
        var ui = TextCatalog.Resolve(culture);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Line(harvest.Title)).AppendLine();
        Prompt? question = null;
        var first = true;
        foreach (var section in harvest.Sections)
        {
            if (first || section.Question != question)
            {
                question = section.Question;
                md.Append("## ").AppendLine(question is null ? Text.Get(ui, "Harvest.NoQuestion") : Line(question.Text)).AppendLine();
                first = false;
            }

            md.Append("### ").Append(Line(harvest.NameOf(section.Group)));
            if (section.Round is { } round)
            {
                md.Append(" — ").Append(RoundLabel(ui, round));
            }

            md.AppendLine().AppendLine();
            foreach (var c in section.Contributions)
            {
                md.Append("- ").AppendLine(Describe(harvest, c, ui));
            }

            md.AppendLine();
        }

        if (!harvest.TownHall.IsEmpty)
        {
            Section(md, Text.Get(ui, "Harvest.TownHall"), harvest.TownHall.Select(c => Describe(harvest, c, ui)));
        }

        return md.ToString();
    }

    /// <summary>Writes the harvest as indented JSON (UTF-8 friendly: non-ASCII characters are not escaped).</summary>
    /// <param name="harvest">The harvest.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(Harvest harvest)
    {
        ArgumentNullException.ThrowIfNull(harvest);
        var document = new HarvestDocument
        {
            Title = harvest.Title,
            Sections = [.. harvest.Sections.Select(s => new HarvestSectionDocument
            {
                Question = s.Question?.Text,
                Table = s.Group.Value,
                TableName = harvest.NameOf(s.Group),
                Round = s.Round?.Number,
                Contributions = [.. s.Contributions.Select(c => ToDocument(harvest, c))],
            })],
            TownHall = [.. harvest.TownHall.Select(c => ToDocument(harvest, c))],
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonSerializer.Serialize(writer, document, HarvestJsonContext.Default.HarvestDocument);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the harvest as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled), one row per contribution with a header row.</summary>
    /// <remarks>The text starts with a UTF-8 byte-order mark (U+FEFF) so Excel opens it as UTF-8; write it with an encoding that adds no second mark (for example <c>new UTF8Encoding(false)</c>). A field that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is prefixed with an apostrophe so a spreadsheet shows it as text instead of running it as a formula. The kind column holds the kind's name (<c>Note</c>, <c>ActionItem</c>, …) in every language.</remarks>
    /// <param name="harvest">The harvest.</param>
    /// <param name="culture">The language of the header row, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The CSV text.</returns>
    public static string ToCsv(Harvest harvest, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(harvest);
        var ui = TextCatalog.Resolve(culture);
        var csv = new Csv();
        void Row(params string?[] fields) => csv.Row(fields);
        Row([.. CsvColumns.Select(k => Text.Get(ui, "Csv." + k))]);
        foreach (var s in harvest.Sections)
        {
            foreach (var c in s.Contributions)
            {
                Row(s.Question?.Text, harvest.NameOf(s.Group), s.Round?.Number.ToString(CultureInfo.InvariantCulture), c.Kind.ToString(), c.Text, AuthorOf(harvest, c), c.Owner, c.NextStep, Stamp(c));
            }
        }

        foreach (var c in harvest.TownHall)
        {
            Row(null, null, null, c.Kind.ToString(), c.Text, AuthorOf(harvest, c), c.Owner, c.NextStep, Stamp(c));
        }

        return csv.ToString();
    }

    /// <summary>Writes one route card per person (their table in every round) as Markdown, ready to print on badges.</summary>
    /// <param name="harvest">The harvest (its seatings).</param>
    /// <param name="culture">The language of the labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToRouteCards(Harvest harvest, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(harvest);
        var ui = TextCatalog.Resolve(culture);
        return Page(
            Text.Format(ui, "Harvest.RouteCards", Line(harvest.Title)),
            harvest.Participants.Where(p => harvest.Seatings.Any(s => s.IsSeated(p.Id))).Select(p => (Line(p.DisplayName),
                harvest.Seatings.Select(s => RoundLabel(ui, s.Round) + ": " + (s.GroupOf(p.Id) is { } g ? Line(harvest.NameOf(g)) : Text.Get(ui, "Harvest.Away"))))));
    }

    /// <summary>Writes each round's roster per table as Markdown: who sits where, round by round.</summary>
    /// <param name="harvest">The harvest (its seatings).</param>
    /// <param name="culture">The language of the labels, or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToTableRosters(Harvest harvest, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(harvest);
        var ui = TextCatalog.Resolve(culture);
        return Page(
            Text.Format(ui, "Harvest.Rosters", Line(harvest.Title)),
            harvest.Seatings.Select(s => (RoundLabel(ui, s.Round),
                s.Groups.Select(g => "**" + Line(harvest.NameOf(g)) + "**: " + string.Join(", ", s.MembersOf(g).Select(p => Line(harvest.NameOf(p))))))));
    }

    /// <summary>Gets a round's label in the culture: "Round 2", "第2轮".</summary>
    internal static string RoundLabel(CultureInfo culture, Round round) => Text.Format(culture, "Round.Label", round.Number);

    /// <summary>Gets a contribution kind's label in the culture.</summary>
    internal static string KindLabel(CultureInfo culture, ContributionKind kind) => Text.Get(culture, "Kind." + kind);

    private static TextCatalog Text => TextCatalog.Core;

    private static readonly string[] CsvColumns = ["Question", "Table", "Round", "Kind", "Text", "Author", "Owner", "NextStep", "RecordedAt"];

    private static string Describe(Harvest harvest, Contribution c, CultureInfo ui)
    {
        var text = new StringBuilder();
        if (c.Kind is not ContributionKind.Note)
        {
            text.Append('[').Append(KindLabel(ui, c.Kind)).Append("] ");
        }

        text.Append(Line(c.Text));
        if (AuthorOf(harvest, c) is { } author)
        {
            text.Append(" — ").Append(Line(author));
        }

        if (c.Owner is not null)
        {
            text.Append(' ').Append(c.NextStep is null ? Text.Format(ui, "Harvest.OwnerOnly", Line(c.Owner)) : Text.Format(ui, "Harvest.OwnerNext", Line(c.Owner), Line(c.NextStep)));
        }

        return text.ToString();
    }

    private static string? AuthorOf(Harvest harvest, Contribution c) => c.Author is { } a ? harvest.NameOf(a) : null;

    private static string Stamp(Contribution c) => c.RecordedAt.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    /// <summary>Writes a Markdown page: its title, then one <see cref="Section"/> per entry.</summary>
    private static string Page(string title, IEnumerable<(string Heading, IEnumerable<string> Items)> sections)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(title).AppendLine();
        foreach (var (heading, items) in sections)
        {
            Section(md, heading, items);
        }

        return md.ToString();
    }

    /// <summary>Writes a Markdown section: its heading, then one list item per entry, each part followed by a blank line.</summary>
    private static void Section(StringBuilder md, string heading, IEnumerable<string> items)
    {
        md.Append("## ").AppendLine(heading).AppendLine();
        foreach (var item in items)
        {
            md.Append("- ").AppendLine(item);
        }

        md.AppendLine();
    }

    /// <summary>Keeps a Markdown list item on one line.</summary>
    private static string Line(string text) => text.ReplaceLineEndings(" ");

    private static HarvestItemDocument ToDocument(Harvest harvest, Contribution c) => new()
    {
        Id = c.Id.Value,
        Kind = c.Kind.ToString(),
        Text = c.Text,
        Author = AuthorOf(harvest, c),
        RecordedAt = c.RecordedAt,
        Owner = c.Owner,
        NextStep = c.NextStep,
    };
}
