using System.Collections.Immutable;
using Facilitation.Methods.Harvesting;
using Facilitation.Methods.Workshops;

namespace Facilitation.Methods.Printing;

/// <summary>What a workshop hands out on paper: the programme and, at the end, the workshop book.</summary>
public static class WorkshopPrintables
{
    private const string Css = """
        .cover{display:flex;flex-direction:column;justify-content:center}
        .cover h1{font-size:28pt}
        .cover li{list-style:none}
        .item{margin:0 0 1.5mm}
        .kind{display:inline-block;border:0.2mm solid #888;border-radius:1mm;padding:0 1mm;font-size:8pt;color:#444;margin-right:1mm}
        .map td{width:16%}.map td.gap{background:#fff4e5}
        td.mark{text-align:center;width:7mm}
        .time{white-space:nowrap;width:24mm}
        """;

    /// <summary>Writes the programme handout: the organisers and facilitators, then every day's blocks in time order with their kind, who leads, the speaker and the place.</summary>
    /// <param name="design">The workshop design (it is validated first).</param>
    /// <param name="options">The language; null for the defaults.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="InvalidDesignException">The design cannot run.</exception>
    public static string Programme(WorkshopDesign design, PrintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        _ = WorkshopDesignValidator.EnsureValid(design);
        var ui = new PrintContext(options);
        var page = new HtmlPage(ui, design.Title, landscape: false, Css);
        page.Element("h1", design.Title);
        People(page, ui, design);
        Schedule(page, ui, design);
        return page.ToString();
    }

    /// <summary>
    /// Writes the workshop book handed out at the end: a cover, the programme, who took part in which block, every block's
    /// outputs, what was carried between blocks (with where it came from), the resource map (villages × categories, gaps
    /// marked), the action plan and the programme's warnings.
    /// </summary>
    /// <param name="book">The composed book.</param>
    /// <param name="options">The language; null for the defaults.</param>
    /// <returns>The HTML document.</returns>
    public static string Book(WorkshopBook book, PrintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        var ui = new PrintContext(options);
        var design = book.Design;
        var page = new HtmlPage(ui, design.Title, landscape: false, Css);
        var contributions = book.Records.Sum(r => r.Contributions.Length);
        page.BeginPage("cover").Raw("<div class=\"box\">").Element("h1", design.Title);
        People(page, ui, design);
        page.Element("p", ui.N("People", design.Participants.Length))
            .Element("p", ui.N("Workshop.Days", design.Days.Length))
            .Element("p", ui.N("Book.Contributions", contributions))
            .Raw("</div>").EndPage();

        page.Element("h2", ui.T("Workshop.Programme"));
        Schedule(page, ui, design);
        TookPart(page, ui, book);
        Outputs(page, ui, book);
        Carried(page, ui, book);
        Map(page, ui, book);
        Actions(page, ui, book);
        if (!book.Warnings.IsEmpty)
        {
            page.Element("h2", ui.T("Workshop.Warnings"), "chapter").Raw("<ul>\n");
            foreach (var warning in book.Warnings)
            {
                page.Element("li", warning);
            }

            page.Raw("</ul>\n");
        }

        return page.ToString();
    }

    private static void People(HtmlPage page, PrintContext ui, WorkshopDesign design)
    {
        page.Raw("<ul>\n");
        foreach (var organiser in design.Organisers)
        {
            page.Element("li", organiser.Role + ui.T("Colon") + organiser.Name);
        }

        foreach (var facilitator in design.Facilitators)
        {
            page.Element("li", ui.T(facilitator.Role == FacilitatorRole.Lead ? "Workshop.Lead" : "Workshop.CoFacilitator") + ui.T("Colon") + facilitator.Name);
        }

        page.Raw("</ul>\n");
    }

    private static void Schedule(HtmlPage page, PrintContext ui, WorkshopDesign design)
    {
        foreach (var (day, number) in design.Days.Select((d, i) => (d, i + 1)))
        {
            var title = ui.F("Workshop.Day", number, ui.Date(day.Date));
            page.Raw("<div class=\"keep\">").Element("h3", day.Title is { } t ? title + ui.T("Colon") + t : title)
                .Raw("<table><thead><tr>").Element("th", ui.T("Workshop.Time")).Element("th", ui.T("Workshop.Block")).Element("th", ui.T("Workshop.Kind"))
                .Element("th", ui.T("Workshop.LedBy")).Element("th", ui.T("Workshop.Speaker")).Element("th", ui.T("Workshop.Place")).Raw("</tr></thead><tbody>\n");
            foreach (var block in design.Programme.Where(b => design.DayOf(b)?.Number == number))
            {
                page.Raw("<tr><td class=\"time\">").Raw(Markup.Escape(ui.F("TimeRange", ui.Time(block.Start), ui.Time(block.End)))).Raw("</td>")
                    .Element("td", block.Title).Element("td", KindOf(ui, block)).Element("td", block.Facilitator ?? string.Empty)
                    .Element("td", block.Speaker ?? string.Empty).Element("td", block.Place ?? string.Empty).Raw("</tr>\n");
            }

            page.Raw("</tbody></table></div>\n");
        }
    }

    private static void TookPart(HtmlPage page, PrintContext ui, WorkshopBook book)
    {
        var design = book.Design;
        var numbers = design.Programme.Select((b, i) => (b.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number);
        var held = design.Programme.Select(b => (Block: b, Record: book.RecordOf(b.Id))).Where(x => x.Record is not null).ToList();
        page.Element("h2", ui.T("Workshop.WhoTookPart"), "chapter")
            .Element("p", string.Join(ui.T("ListSeparator"), held.Select(x => numbers[x.Block.Id] + " " + x.Block.Title)), "small muted")
            .Raw("<table><thead><tr>").Element("th", ui.T("Workshop.Participant"));
        foreach (var (block, _) in held)
        {
            page.Element("th", numbers[block.Id].ToString(ui.Culture));
        }

        page.Raw("</tr></thead><tbody>\n");
        foreach (var person in design.Participants)
        {
            page.Raw("<tr>").Element("td", person.DisplayName);
            foreach (var (_, record) in held)
            {
                page.Raw(record!.TookPart.Contains(person.Id) ? "<td class=\"mark\">✓</td>" : "<td class=\"mark\"></td>");
            }

            page.Raw("</tr>\n");
        }

        page.Raw("</tbody></table>\n");
    }

    private static void Outputs(HtmlPage page, PrintContext ui, WorkshopBook book)
    {
        var design = book.Design;
        page.Element("h2", ui.T("Workshop.Outputs"), "chapter");
        foreach (var record in book.Records)
        {
            var block = design.FindBlock(record.Block)!;
            page.Raw("<div class=\"keep\">").Element("h3", block.Title + " · " + KindOf(ui, block))
                .Element("p", ui.N("People", record.TookPart.Length) + ui.T("ListSeparator") + ui.N("Book.Contributions", record.Contributions.Length), "muted");
            if (!record.Contributions.IsEmpty)
            {
                page.Raw("<ul>\n");
                foreach (var c in record.Contributions)
                {
                    Item(page, ui, book, c);
                }

                page.Raw("</ul>\n");
            }

            page.Raw("</div>\n");
        }
    }

    private static void Item(HtmlPage page, PrintContext ui, WorkshopBook book, WorkshopContribution c)
    {
        page.Raw("<li class=\"item\">");
        if (c.Kind is not ContributionKind.Note)
        {
            page.Raw("<span class=\"kind\">").Raw(Markup.Escape(HarvestExport.KindLabel(ui.Culture, c.Kind))).Raw("</span>");
        }

        if (CategoryLabel(ui, book, c.Category) is { } category)
        {
            page.Raw("<span class=\"kind\">").Raw(Markup.Escape(category)).Raw("</span>");
        }

        page.Raw(Markup.Escape(c.Text));
        var about = new List<string>();
        if (c.Author is { } author)
        {
            about.Add(NameOf(book, author));
        }

        if (c.Group is { } group)
        {
            about.Add(group);
        }

        if (c.Round is { } round)
        {
            about.Add(ui.Round(new Round(round)));
        }

        if (c.Owner is { } owner)
        {
            about.Add(c.NextStep is null ? ui.F("Book.Owner", owner) : ui.F("Book.OwnerNext", owner, c.NextStep));
        }

        if (!c.CarriedFrom.IsDefaultOrEmpty)
        {
            about.Add(ui.F("Workshop.CarriedFrom", Sources(ui, book, c.CarriedFrom)));
        }

        if (about.Count > 0)
        {
            page.Raw(" <span class=\"muted\">— ").Raw(Markup.Escape(string.Join(ui.T("ListSeparator"), about))).Raw("</span>");
        }

        page.Raw("</li>\n");
    }

    private static void Carried(HtmlPage page, PrintContext ui, WorkshopBook book)
    {
        if (book.Carried.IsEmpty)
        {
            return;
        }

        page.Element("h2", ui.T("Workshop.Carried"), "chapter")
            .Raw("<table><thead><tr>").Element("th", ui.T("Workshop.CarriedAs")).Element("th", ui.T("Workshop.Text"))
            .Element("th", ui.T("Workshop.Category")).Element("th", ui.T("Workshop.From")).Raw("</tr></thead><tbody>\n");
        foreach (var item in book.Carried)
        {
            page.Raw("<tr>").Element("td", ui.T("Workshop.CarryKind." + item.Kind)).Element("td", item.Text)
                .Element("td", CategoryLabel(ui, book, item.Category) ?? string.Empty).Element("td", Sources(ui, book, item.Sources)).Raw("</tr>\n");
        }

        page.Raw("</tbody></table>\n");
    }

    private static void Map(HtmlPage page, PrintContext ui, WorkshopBook book)
    {
        if (book.Inventory is not { } inventory)
        {
            return;
        }

        var map = inventory.ToMap();
        var gaps = map.Gaps().Select(g => (g.Village, g.Category.Key)).ToHashSet();
        page.Element("h2", ui.T("Workshop.ResourceMap"), "chapter")
            .Element("p", ui.N("Workshop.Gaps", gaps.Count), "muted")
            .Raw("<table class=\"map\"><thead><tr>").Element("th", ui.T("Workshop.Village"));
        foreach (var category in map.Categories.Categories)
        {
            page.Element("th", category.LabelIn(ui.Culture));
        }

        page.Raw("</tr></thead><tbody>\n");
        foreach (var village in map.Villages)
        {
            page.Raw("<tr>").Element("td", village);
            foreach (var category in map.Categories.Categories)
            {
                var entries = map.Cell(village, category.Key);
                page.Raw(gaps.Contains((village, category.Key)) ? "<td class=\"gap\">" : "<td>")
                    .Raw(Markup.Escape(entries.IsEmpty ? "—" : string.Join(ui.T("ListSeparator"), entries.Select(e => e.Text)))).Raw("</td>");
            }

            page.Raw("</tr>\n");
        }

        page.Raw("</tbody></table>\n");
    }

    private static void Actions(HtmlPage page, PrintContext ui, WorkshopBook book)
    {
        page.Element("h2", ui.T("Workshop.ActionPlan"), "chapter");
        if (book.ActionPlan.IsEmpty)
        {
            page.Element("p", ui.T("Workshop.NoActions"), "muted");
            return;
        }

        page.Raw("<table><thead><tr>").Element("th", ui.T("Workshop.Village")).Element("th", ui.T("Workshop.Action")).Element("th", ui.T("Workshop.Owner"))
            .Element("th", ui.T("Workshop.NextStep")).Element("th", ui.T("Workshop.Due")).Element("th", ui.T("Workshop.Status")).Element("th", ui.T("Workshop.From"))
            .Raw("</tr></thead><tbody>\n");
        foreach (var item in book.ActionPlan.OrderBy(i => i.Village ?? "\uffff", StringComparer.Ordinal))
        {
            page.Raw("<tr>").Element("td", item.Village ?? "—").Element("td", item.Title).Element("td", item.Owner ?? ui.T("Workshop.ToBeNamed"))
                .Element("td", item.NextStep ?? ui.T("Workshop.ToBeAgreed")).Element("td", item.Due is { } due ? ui.Date(due) : "—")
                .Element("td", ui.T("Workshop.ActionStatus." + item.Status)).Element("td", Sources(ui, book, item.Sources)).Raw("</tr>\n");
        }

        page.Raw("</tbody></table>\n");
    }

    private static string KindOf(PrintContext ui, WorkshopBlock block) => ui.T("Workshop.BlockKind." + block.Kind);

    private static string Sources(PrintContext ui, WorkshopBook book, ImmutableArray<SourceLink> links) => links.IsDefaultOrEmpty
        ? ui.T("Workshop.WrittenHere")
        : string.Join(ui.T("ListSeparator"), links.Select(l => ui.F("Workshop.Source", book.Design.FindBlock(l.Block)?.Title ?? l.Block, Short(book.Resolve(l)?.Text ?? l.Contribution.Value))));

    private static string? CategoryLabel(PrintContext ui, WorkshopBook book, string? key) => key is null ? null : book.Design.Resources?.Find(key)?.LabelIn(ui.Culture) ?? key;

    private static string NameOf(WorkshopBook book, ParticipantId id) => book.Design.Participants.FirstOrDefault(p => p.Id == id)?.DisplayName ?? id.Value;

    private static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 60 ? line : string.Concat(line.AsSpan(0, 59), "…");
    }
}
