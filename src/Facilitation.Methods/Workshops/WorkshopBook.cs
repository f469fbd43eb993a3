using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Facilitation.Methods.Workshops;

/// <summary>The one book of a workshop: the programme, who took part in what, each block's outputs, the items carried between blocks with their sources, the resource map and the action plan — as Markdown or JSON (readable Unicode).</summary>
/// <remarks>
/// Immutable. <see cref="Compose"/> checks that everything fits together: every record belongs to a block of the programme, and every link of a carried item,
/// an action plan item or a carried-in contribution resolves to a contribution in the book, so a book never points at nothing.
/// </remarks>
public sealed class WorkshopBook
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Dictionary<SourceLink, WorkshopContribution> _byLink;

    private WorkshopBook(WorkshopDesign design, ImmutableArray<string> warnings, ImmutableArray<BlockRecord> records, ImmutableArray<CarriedItem> carried, ResourceInventory? inventory, ActionPlan plan, Dictionary<SourceLink, WorkshopContribution> byLink)
    {
        Design = design;
        Warnings = warnings;
        Records = records;
        Carried = carried;
        Inventory = inventory;
        ActionPlan = plan.Items;
        _byLink = byLink;
    }

    /// <summary>Gets the programme.</summary>
    public WorkshopDesign Design { get; }

    /// <summary>Gets the programme's warnings (those <see cref="WorkshopSession.Check"/> lists, without the "Warning:" prefix).</summary>
    public ImmutableArray<string> Warnings { get; }

    /// <summary>Gets the records of the blocks held, in programme order.</summary>
    public ImmutableArray<BlockRecord> Records { get; }

    /// <summary>Gets the items carried between blocks.</summary>
    public ImmutableArray<CarriedItem> Carried { get; }

    /// <summary>Gets the resource inventory, if the workshop took one.</summary>
    public ResourceInventory? Inventory { get; }

    /// <summary>Gets the action plan: the items each village takes home, in the order added.</summary>
    public ImmutableArray<ActionPlanItem> ActionPlan { get; }

    /// <summary>Puts a workshop's book together.</summary>
    /// <param name="design">The programme; it must be valid.</param>
    /// <param name="records">What each block held left behind (at most one record per block).</param>
    /// <param name="carried">The items carried between blocks.</param>
    /// <param name="inventory">The resource inventory, or null.</param>
    /// <param name="plan">The action plan, or null for none.</param>
    /// <returns>The book.</returns>
    /// <exception cref="InvalidDesignException">The programme has errors.</exception>
    /// <exception cref="ArgumentException">A record names a block that is not in the programme or is given twice, or a link resolves to nothing.</exception>
    internal static WorkshopBook Compose(WorkshopDesign design, IEnumerable<BlockRecord> records, IEnumerable<CarriedItem>? carried = null, ResourceInventory? inventory = null, ActionPlan? plan = null)
    {
        var warnings = WorkshopDesignValidator.EnsureValid(design);
        ArgumentNullException.ThrowIfNull(records);
        var order = design.Programme.Select(b => b.Id).ToList();
        var list = records.ToList();
        foreach (var record in list)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            if (!order.Contains(record.Block))
            {
                throw new ArgumentException($"The record of block '{Identifier.Shorten(record.Block ?? string.Empty)}' belongs to no block of the programme.", nameof(records));
            }
        }

        foreach (var twice in list.GroupBy(r => r.Block).Where(g => g.Count() > 1))
        {
            throw new ArgumentException($"Block '{Identifier.Shorten(twice.Key)}' has {twice.Count()} records; give one record per block.", nameof(records));
        }

        var byLink = new Dictionary<SourceLink, WorkshopContribution>();
        foreach (var contribution in list.SelectMany(r => r.Contributions.IsDefault ? [] : r.Contributions))
        {
            byLink.TryAdd(contribution.Link, contribution);
        }

        var carriedList = (carried ?? []).ToImmutableArray();
        plan ??= Workshops.ActionPlan.Empty;
        void Resolve(IEnumerable<SourceLink> links, string what)
        {
            foreach (var link in links.Where(l => !byLink.ContainsKey(l)))
            {
                throw new ArgumentException($"{what} links '{Identifier.Shorten(link.ToString())}', which is in none of the block records; add the record of block '{Identifier.Shorten(link.Block ?? string.Empty)}'.", nameof(records));
            }
        }

        foreach (var item in carriedList)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(carried));
            Resolve(item.Sources.IsDefault ? [] : item.Sources, $"The carried item '{Identifier.Shorten(item.Id.Value)}'");
        }

        foreach (var item in plan.Items)
        {
            Resolve(item.Sources.IsDefault ? [] : item.Sources, $"The action plan item '{Identifier.Shorten(item.Id.Value)}'");
        }

        foreach (var contribution in byLink.Values)
        {
            Resolve(contribution.CarriedFrom.IsDefault ? [] : contribution.CarriedFrom, $"The contribution '{Identifier.Shorten(contribution.Link.ToString())}'");
        }

        return new(design, warnings, [.. list.OrderBy(r => order.IndexOf(r.Block))], carriedList, inventory, plan, byLink);
    }

    /// <summary>Finds the contribution a link names.</summary>
    /// <param name="link">The link.</param>
    /// <returns>The contribution, or null when the book holds none with that link.</returns>
    public WorkshopContribution? Resolve(SourceLink link) => _byLink.GetValueOrDefault(link);

    /// <summary>Gets the record of a block.</summary>
    /// <param name="block">The block's id.</param>
    /// <returns>The record, or null when the block left none.</returns>
    public BlockRecord? RecordOf(string block) => Records.FirstOrDefault(r => r.Block == block);

    /// <summary>Writes the book as Markdown, its headings and labels in a language of the reader's.</summary>
    /// <param name="culture">The language of the headings and labels (<c>zh-CN</c>, <c>en</c>, …); null: <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown(CultureInfo? culture = null)
    {
        var ui = TextCatalog.Resolve(culture);
        string T(string key, params object?[] args) => TextCatalog.Core.Format(ui, "WorkshopBook." + key, args);
        var d = Design;
        var md = new StringBuilder();
        void W(string text = "") => md.Append(text).Append('\n');
        W($"# {Line(d.Title)}");
        W();
        foreach (var o in d.Organisers)
        {
            W($"- {Line(o.Role)}{T("Colon")}{Line(o.Name)}");
        }

        foreach (var f in d.Facilitators)
        {
            W($"- {T(f.Role == FacilitatorRole.Lead ? "Lead" : "Facilitator")}{T("Colon")}{Line(f.Name)}");
        }

        W(T("Counts", d.Participants.Length, d.Days.Length, d.Blocks.Length));
        W();
        W("## " + T("Programme"));
        foreach (var (day, number) in d.Days.Select((day, i) => (day, i + 1)))
        {
            W();
            W("### " + T("Day", number, day.Date) + (day.Title is { } t ? T("Colon") + Line(t) : string.Empty));
            W();
            W(T("ProgrammeHeader"));
            W("|---|---|---|---|---|---|");
            foreach (var b in d.Programme.Where(b => d.DayOf(b)?.Number == number))
            {
                W(Format($"| {b.Start:HH:mm}–{b.End:HH:mm} | {Cell(b.Title)} | {KindLabel(b, ui)} | {Cell(b.Facilitator ?? string.Empty)} | {Cell(b.Speaker ?? string.Empty)} | {Cell(b.Place ?? string.Empty)} |"));
            }
        }

        W();
        W("## " + T("WhoTookPart"));
        W();
        var numbers = d.Programme.Select((b, i) => (b.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number);
        W(T("Numbered", string.Join("; ", d.Programme.Select(b => Format($"{numbers[b.Id]} {Line(b.Title)}")))));
        W();
        W(T("TookPartHeader"));
        W("|---|---|---|");
        foreach (var p in d.Participants)
        {
            var blocks = Records.Where(r => r.TookPart.Contains(p.Id)).Select(r => numbers[r.Block]).Order();
            W($"| {Cell(p.DisplayName)} | {Cell(string.Join(", ", p.Attributes.Select(a => $"{a.Key}: {a.Value}")))} | {string.Join(", ", blocks)} |");
        }

        W();
        W("## " + T("Outputs"));
        foreach (var record in Records)
        {
            var block = d.FindBlock(record.Block)!;
            W();
            W(Format($"### {numbers[block.Id]}. {Line(block.Title)} ({KindLabel(block, ui)}, {block.Start:yyyy-MM-dd HH:mm})"));
            W();
            W(T("Record", TextCatalog.Core.Count(ui, "WorkshopBook.TookPart", record.TookPart.Length), TextCatalog.Core.Count(ui, "WorkshopBook.Contributions", record.Contributions.Length)));
            if (record.Contributions.Length > 0)
            {
                W();
            }

            foreach (var c in record.Contributions)
            {
                W("- " + Describe(c, ui));
            }
        }

        if (!Carried.IsEmpty)
        {
            W();
            W("## " + T("Carried"));
            W();
            W(T("CarriedHeader"));
            W("|---|---|---|---|");
            foreach (var item in Carried)
            {
                W($"| {T("CarryKind." + item.Kind)} | {Cell(item.Text)} | {Cell(CategoryLabel(item.Category, ui))} | {Cell(Sources(item.Sources, ui))} |");
            }
        }

        if (Inventory is { } inventory)
        {
            W();
            W("## " + T("ResourceMap"));
            W();
            md.Append(inventory.ToMap().ToMarkdown(ui));
        }

        W();
        W("## " + T("ActionPlan"));
        W();
        if (ActionPlan.IsEmpty)
        {
            W("_" + T("NoActions") + "_");
        }
        else
        {
            W(T("ActionHeader"));
            W("|---|---|---|---|---|---|---|");
            foreach (var item in ActionPlan.OrderBy(i => i.Village ?? "\uffff", StringComparer.Ordinal))
            {
                W(Format($"| {Cell(item.Village ?? "—")} | {Cell(item.Title)} | {Cell(item.Owner ?? T("ToBeNamed"))} | {Cell(item.NextStep ?? T("ToBeAgreed"))} | {item.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"} | {T("ActionStatus." + item.Status)} | {Cell(Sources(item.Sources, ui))} |"));
            }
        }

        if (!Warnings.IsEmpty)
        {
            W();
            W("## " + T("Warnings"));
            W();
            foreach (var warning in Warnings)
            {
                W("- " + Line(warning));
            }
        }

        return md.ToString();
    }

    /// <summary>Writes the book as indented JSON; Chinese and other non-ASCII text is written as itself, not as <c>\u</c> escapes.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            var d = Design;
            w.WriteStartObject();
            w.WriteString("title", d.Title);
            Objects(w, "organisers", d.Organisers, static (w, o) =>
            {
                w.WriteString("name", o.Name);
                w.WriteString("role", o.Role);
            });
            Objects(w, "facilitators", d.Facilitators, static (w, f) =>
            {
                w.WriteString("name", f.Name);
                w.WriteString("role", f.Role.ToString());
            });
            Objects(w, "participants", d.Participants, static (w, p) =>
            {
                w.WriteString("id", p.Id.Value);
                w.WriteString("name", p.DisplayName);
                w.WriteStartObject("attributes");
                foreach (var (key, value) in p.Attributes)
                {
                    w.WriteString(key, value);
                }

                w.WriteEndObject();
            });
            Objects(w, "days", d.Days, static (w, day) =>
            {
                w.WriteString("date", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("start", day.Start);
                w.WriteString("end", day.End);
                Optional(w, "title", day.Title);
            });
            Objects(w, "blocks", d.Programme, (w, b) => WriteBlock(w, b, RecordOf(b.Id)));
            Objects(w, "carried", Carried, static (w, item) =>
            {
                w.WriteString("id", item.Id.Value);
                w.WriteString("kind", item.Kind.ToString());
                w.WriteString("text", item.Text);
                Optional(w, "category", item.Category);
                Optional(w, "suggestedConvener", item.SuggestedConvener?.Value);
                WriteLinks(w, "sources", item.Sources);
            });
            if (Inventory is { } inventory)
            {
                WriteResources(w, inventory);
            }

            Objects(w, "actionPlan", ActionPlan, static (w, item) =>
            {
                w.WriteString("id", item.Id.Value);
                w.WriteString("title", item.Title);
                Optional(w, "owner", item.Owner);
                Optional(w, "village", item.Village);
                Optional(w, "nextStep", item.NextStep);
                Optional(w, "due", item.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("status", item.Status.ToString());
                WriteLinks(w, "sources", item.Sources);
            });
            Strings(w, "warnings", Warnings);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteBlock(Utf8JsonWriter w, WorkshopBlock b, BlockRecord? record)
    {
        w.WriteString("id", b.Id);
        w.WriteString("kind", KindOf(b));
        w.WriteString("title", b.Title);
        w.WriteString("start", b.Start);
        w.WriteString("end", b.End);
        Optional(w, "facilitator", b.Facilitator);
        Optional(w, "speaker", b.Speaker);
        Optional(w, "place", b.Place);
        w.WriteBoolean("held", record is not null);
        Strings(w, "tookPart", (record?.TookPart ?? []).Select(p => p.Value));
        Objects(w, "contributions", record?.Contributions ?? [], static (w, c) =>
        {
            w.WriteString("id", c.Id.Value);
            w.WriteString("kind", c.Kind.ToString());
            w.WriteString("text", c.Text);
            Optional(w, "author", c.Author?.Value);
            Optional(w, "group", c.Group);
            if (c.Round is { } round)
            {
                w.WriteNumber("round", round);
            }

            Optional(w, "question", c.Question);
            Optional(w, "category", c.Category);
            Optional(w, "owner", c.Owner);
            Optional(w, "nextStep", c.NextStep);
            Optional(w, "due", c.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (c.Points is { } points)
            {
                w.WriteNumber("points", points);
            }

            if (c.Rank is { } rank)
            {
                w.WriteNumber("rank", rank);
            }

            if (!c.Related.IsDefaultOrEmpty)
            {
                Strings(w, "related", c.Related.Select(r => r.Value));
            }

            if (!c.CarriedFrom.IsDefaultOrEmpty)
            {
                WriteLinks(w, "carriedFrom", c.CarriedFrom);
            }
        });
    }

    private static void WriteResources(Utf8JsonWriter w, ResourceInventory inventory)
    {
        var map = inventory.ToMap();
        w.WriteStartObject("resources");
        Objects(w, "categories", inventory.Categories.Categories, static (w, c) =>
        {
            w.WriteString("key", c.Key);
            w.WriteString("name", c.Name);
            Optional(w, "localName", c.LocalName);
        });
        Objects(w, "villages", map.Villages, (w, village) =>
        {
            w.WriteString("village", village);
            foreach (var c in inventory.Categories.Categories)
            {
                Strings(w, c.Key, map.Cell(village, c.Key).Select(entry => entry.Text));
            }
        });
        w.WriteEndObject();
    }

    private static void WriteLinks(Utf8JsonWriter w, string name, ImmutableArray<SourceLink> links) =>
        Objects(w, name, links.IsDefault ? [] : links, static (w, link) =>
        {
            w.WriteString("block", link.Block);
            w.WriteString("contribution", link.Contribution.Value);
        });

    // An array of objects: the writer opens and closes each object around what write puts in it.
    private static void Objects<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static string KindOf(WorkshopBlock block) => block.Kind switch
    {
        BlockKind.WorldCafe => "World Café",
        BlockKind.OpenSpace => "Open Space",
        var kind => kind.ToString(),
    };

    // The block's kind for a reader, in their language (the JSON keeps KindOf's fixed names).
    private static string KindLabel(WorkshopBlock block, CultureInfo ui) => TextCatalog.Core.Get(ui, "WorkshopBook.BlockKind." + block.Kind);

    private string Describe(WorkshopContribution c, CultureInfo ui)
    {
        string T(string key, params object?[] args) => TextCatalog.Core.Format(ui, "WorkshopBook." + key, args);
        var parts = new List<string>();
        if (c.Author is { } author)
        {
            parts.Add(NameOf(author));
        }

        if (c.Group is { } group)
        {
            parts.Add(Line(group));
        }

        if (c.Round is { } round)
        {
            parts.Add(T("Round", round));
        }

        if (c.Category is { } category)
        {
            parts.Add(CategoryLabel(category, ui));
        }

        if (c.Owner is { } owner)
        {
            parts.Add(T("OwnerIs", Line(owner)));
        }

        if (c.NextStep is { } next)
        {
            parts.Add(T("NextStepIs", Line(next)));
        }

        if (c.Due is { } due)
        {
            parts.Add(T("DueOn", due));
        }

        if (c.Rank is { } rank)
        {
            parts.Add(T("RankPoints", rank, c.Points));
        }

        if (!c.CarriedFrom.IsDefaultOrEmpty)
        {
            parts.Add(T("CarriedFrom", Sources(c.CarriedFrom, ui)));
        }

        return $"**{T("ContributionKind." + c.Kind)}** {Line(c.Text)}" + (parts.Count > 0 ? " — " + string.Join(" · ", parts) : string.Empty) + $" `{c.Id}`";
    }

    private string Sources(ImmutableArray<SourceLink> links, CultureInfo ui) => links.IsDefaultOrEmpty
        ? TextCatalog.Core.Get(ui, "WorkshopBook.WrittenHere")
        : string.Join("; ", links.Select(l => $"{BlockTitle(l.Block)}: “{Short(Resolve(l)?.Text ?? l.Contribution.Value)}” ({l})"));

    private string BlockTitle(string block) => Line(Design.FindBlock(block)?.Title ?? block);

    private string NameOf(ParticipantId id) => Line(Design.Participants.FirstOrDefault(p => p.Id == id)?.DisplayName ?? id.Value);

    private string CategoryLabel(string? key, CultureInfo ui) => key is null ? string.Empty : Design.Resources?.Find(key)?.LabelIn(ui) ?? key;

    private static string Short(string text)
    {
        var line = Line(text);
        return line.Length <= 60 ? line : string.Concat(line.AsSpan(0, 59), "…");
    }

    private static string Line(string text) => text.ReplaceLineEndings(" ");

    private static string Cell(string text) => Line(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
