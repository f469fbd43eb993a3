using Facilitation.Methods.Harvesting;

namespace Facilitation.Methods.Printing;

/// <summary>The café harvest book: the record handed out at the end, with the pictures of who sat where.</summary>
public static class HarvestBook
{
    /// <summary>Writes the harvest as a printable book: a cover, a picture of every round's seating, who met whom, then every question on its own page with what each table said, round by round, and the town hall.</summary>
    /// <param name="harvest">The harvest (any method's; the seating pictures appear when it has seatings).</param>
    /// <param name="options">The language; null for the defaults.</param>
    /// <returns>The HTML document.</returns>
    public static string ToHtml(Harvest harvest, PrintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(harvest);
        var ui = new PrintContext(options);
        var view = new SeatingView(harvest.Groups, harvest.Participants);
        var page = new HtmlPage(ui, harvest.Title, landscape: false, """
            .cover{display:flex;flex-direction:column;justify-content:center}
            .cover h1{font-size:28pt}
            .picture{display:flex;flex-direction:column;justify-content:center;align-items:center}
            .picture svg{max-height:260mm}
            .item{margin:0 0 1.5mm}
            .kind{display:inline-block;border:0.2mm solid #888;border-radius:1mm;padding:0 1mm;font-size:8pt;color:#444;margin-right:1mm}
            """);
        var contributions = harvest.AllContributions.Count();
        page.BeginPage("cover").Raw("<div class=\"box\">").Element("h1", harvest.Title)
            .Element("p", ui.N("Book.Contributions", contributions))
            .Element("p", ui.N("People", harvest.Participants.Length));
        if (!harvest.Seatings.IsEmpty)
        {
            page.Element("p", ui.N("Book.Rounds", harvest.Seatings.Length));
        }

        page.Raw("</div>").EndPage();
        foreach (var seating in harvest.Seatings)
        {
            page.BeginPage("picture").Raw(SeatingPictures.DrawRound(seating, view, ui)).EndPage();
        }

        if (!harvest.Seatings.IsEmpty)
        {
            var people = harvest.Participants.Where(p => harvest.Seatings.Any(s => s.IsSeated(p.Id))).Select(p => p.Id);
            page.BeginPage("picture").Raw(SeatingPictures.DrawWhoMetWhom(ClusteredMeetings.From(harvest.Seatings, people), view, ui)).EndPage();
        }

        Prompt? question = null;
        var first = true;
        foreach (var section in harvest.Sections)
        {
            if (first || section.Question != question)
            {
                question = section.Question;
                page.Element("h2", question?.Text ?? ui.T("Book.NoQuestion"), "chapter");
                first = false;
            }

            page.Raw("<div class=\"keep\">").Element("h3", section.Round is { } round ? ui.F("Book.GroupInRound", view.NameOf(section.Group), ui.Round(round)) : view.NameOf(section.Group));
            Items(page, ui, harvest, section.Contributions);
            page.Raw("</div>\n");
        }

        if (!harvest.TownHall.IsEmpty)
        {
            page.Element("h2", ui.T("Book.TownHall"), "chapter");
            Items(page, ui, harvest, harvest.TownHall);
        }

        return page.ToString();
    }

    private static void Items(HtmlPage page, PrintContext ui, Harvest harvest, IEnumerable<Contribution> items)
    {
        page.Raw("<ul>\n");
        foreach (var c in items)
        {
            page.Raw("<li class=\"item\">");
            if (c.Kind is not ContributionKind.Note)
            {
                page.Raw("<span class=\"kind\">").Raw(Markup.Escape(HarvestExport.KindLabel(ui.Culture, c.Kind))).Raw("</span>");
            }

            page.Raw(Markup.Escape(c.Text));
            if (c.Author is { } author)
            {
                page.Raw(" <span class=\"muted\">— ").Raw(Markup.Escape(harvest.NameOf(author))).Raw("</span>");
            }

            if (c.Owner is not null)
            {
                page.Raw(" <span class=\"muted\">").Raw(Markup.Escape(c.NextStep is null ? ui.F("Book.Owner", c.Owner) : ui.F("Book.OwnerNext", c.Owner, c.NextStep))).Raw("</span>");
            }

            page.Raw("</li>\n");
        }

        page.Raw("</ul>\n");
    }
}
