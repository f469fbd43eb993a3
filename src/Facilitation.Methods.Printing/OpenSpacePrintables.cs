using System.Collections.Immutable;
using Facilitation.Methods.OpenSpace;

namespace Facilitation.Methods.Printing;

/// <summary>What an Open Space facilitator prints: the agenda wall as a poster, and the book of proceedings.</summary>
/// <remarks>Built from read models only: the design (spaces, slots) and <see cref="OpenSpaceProceedings"/> (issues, reports, actions).</remarks>
public static class OpenSpacePrintables
{
    /// <summary>Writes the agenda poster: for each day a slot × space grid (A4 landscape) with every session's title and convener.</summary>
    /// <param name="design">The design (spaces in room order, slots).</param>
    /// <param name="proceedings">The proceedings (the issues on the wall and everyone's names).</param>
    /// <param name="options">The language and formats; null for the defaults.</param>
    /// <returns>The HTML document; one page per day with slots.</returns>
    public static string AgendaPoster(OpenSpaceDesign design, OpenSpaceProceedings proceedings, PrintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(proceedings);
        var ui = new PrintContext(options);
        var names = Names(proceedings);
        var spaces = design.Spaces.IsDefault ? [] : design.Spaces;
        var slots = (design.Slots.IsDefault ? [] : design.Slots).Select((s, i) => (Slot: s, Number: i + 1)).OrderBy(x => x.Slot.Start).ToList();
        var onWall = proceedings.Entries.Where(e => e.Issue.IsActive && e.Issue.Cell is not null).Select(e => e.Issue).ToList();
        var fontSize = spaces.Length <= 4 ? 11 : spaces.Length <= 7 ? 9 : 7;
        var page = new HtmlPage(ui, ui.F("Agenda.Title", proceedings.Theme), landscape: true, $$"""
            .wall{table-layout:fixed;font-size:{{fontSize}}pt}
            .wall th.slot{width:24mm}
            .wall td{height:auto}
            .convener{color:#555;font-size:0.85em}
            .session{margin-bottom:1mm}
            """);
        foreach (var day in slots.GroupBy(x => x.Slot.Day))
        {
            page.BeginPage().Raw("<div class=\"box\" style=\"height:100%\">")
                .Element("h1", proceedings.Theme)
                .Element("p", ui.Date(day.Key), "muted")
                .Raw("<table class=\"wall\"><thead><tr><th class=\"slot\"></th>");
            foreach (var space in spaces)
            {
                page.Element("th", space.Name);
            }

            page.Raw("</tr></thead><tbody>\n");
            foreach (var (slot, number) in day)
            {
                page.Raw("<tr><th class=\"slot\">").Raw(Markup.Escape(ui.F("TimeRange", ui.Time(slot.Start), ui.Time(slot.End)))).Raw("</th>");
                foreach (var space in spaces)
                {
                    page.Raw("<td>");
                    foreach (var issue in onWall.Where(i => i.Cell!.Value.Slot == number && i.Cell.Value.Space == space.Id))
                    {
                        page.Raw("<div class=\"session\"><strong>").Raw(Markup.Escape(issue.Title)).Raw("</strong><br><span class=\"convener\">")
                            .Raw(Markup.Escape(ui.F("Agenda.Convener", NameOf(names, issue.Convener)))).Raw("</span></div>");
                    }

                    page.Raw("</td>");
                }

                page.Raw("</tr>\n");
            }

            page.Raw("</tbody></table></div>\n").EndPage();
        }

        return page.ToString();
    }

    /// <summary>Writes the book of proceedings: the cover, every session's report, convergence, action plans, news and the closing circle.</summary>
    /// <param name="proceedings">The proceedings.</param>
    /// <param name="options">The language and formats; null for the defaults.</param>
    /// <returns>The HTML document.</returns>
    public static string Proceedings(OpenSpaceProceedings proceedings, PrintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(proceedings);
        var ui = new PrintContext(options);
        var names = Names(proceedings);
        var titles = proceedings.Entries.GroupBy(e => e.Issue.Id).ToDictionary(g => g.Key, g => g.First().Issue.Title);
        string Title(ContributionId id) => titles.TryGetValue(id, out var t) ? t : id.Value;
        var page = new HtmlPage(ui, ui.F("Proceedings.Title", proceedings.Theme), landscape: false, """
            .entry{border-top:0.3mm solid #bbb;padding-top:2mm}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:0.5mm 3mm;margin:0 0 2mm}dt{color:#555}dd{margin:0}
            .report{white-space:pre-wrap}
            """);
        page.Element("h1", ui.F("Proceedings.Title", proceedings.Theme)).Raw("<dl>");
        Fact(page, ui.T("Proceedings.Sponsor"), proceedings.Sponsor);
        Fact(page, ui.T("Proceedings.Facilitator"), proceedings.Facilitator);
        Fact(page, ui.T("Proceedings.Dates"), string.Join(ui.T("ListSeparator"), (proceedings.Days.IsDefault ? [] : proceedings.Days).Select(ui.Date)));
        page.Raw("</dl>")
            .Element("p", string.Join(ui.T("ListSeparator"), ui.N("People", proceedings.Participants.Length), ui.N("Proceedings.Issues", proceedings.Entries.Length), ui.N("Proceedings.Reports", proceedings.Entries.Count(e => e.Report is not null))));
        page.Element("h2", ui.T("Proceedings.Sessions"));
        foreach (var entry in proceedings.Entries)
        {
            var issue = entry.Issue;
            page.Raw("<div class=\"entry\">").Element("h3", issue.Title).Raw("<dl>");
            Fact(page, ui.T("Proceedings.Convener"), NameOf(names, issue.Convener));
            Fact(page, ui.T("Proceedings.Scribe"), issue.Scribe is { } scribe ? NameOf(names, scribe) : null);
            Fact(page, ui.T("Proceedings.WhereWhen"), entry.Slot is { } slot
                ? ui.F("Proceedings.Place", entry.Space, ui.Date(slot.Day), ui.F("TimeRange", ui.Time(slot.Start), ui.Time(slot.End)))
                : ui.T("Proceedings.NotOnWall"));
            Fact(page, ui.T("Proceedings.Attendance"), string.Join(ui.T("ListSeparator"), ui.N("Proceedings.SignedUp", issue.Interested.IsDefault ? 0 : issue.Interested.Length), ui.N("Proceedings.Peak", entry.PeakAttendance), ui.N("Proceedings.Dots", issue.Dots)));
            if (!issue.MergedFrom.IsDefaultOrEmpty)
            {
                Fact(page, ui.T("Proceedings.MergedFrom"), string.Join(ui.T("ListSeparator"), issue.MergedFrom.Select(Title)));
            }

            if (issue.MergedInto is { } into)
            {
                Fact(page, ui.T("Proceedings.MergedInto"), Title(into));
            }

            page.Raw("</dl>");
            if (entry.Report is not { } report)
            {
                page.Element("p", ui.T(issue.IsActive ? "Proceedings.NoReport" : "Proceedings.MergedSession"), "muted").Raw("</div>\n");
                continue;
            }

            page.Element("h4", ui.T("Proceedings.WhatTookPlace")).Element("div", report.WhatTookPlace, "report");
            if (!report.Participants.IsDefaultOrEmpty)
            {
                page.Element("p", ui.F("Proceedings.Participants", string.Join(ui.T("ListSeparator"), report.Participants.Select(p => NameOf(names, p)))));
            }

            List(page, ui.T("Proceedings.Recommendations"), report.Recommendations);
            List(page, ui.T("Proceedings.NextSteps"), report.NextSteps);
            page.Raw("</div>\n");
        }

        if (!proceedings.Clusters.IsDefaultOrEmpty)
        {
            var dots = proceedings.Entries.GroupBy(e => e.Issue.Id).ToDictionary(g => g.Key, g => g.First().Issue.Dots);
            page.Element("h2", ui.T("Proceedings.Convergence"), "chapter");
            foreach (var cluster in proceedings.Clusters)
            {
                page.Element("h3", cluster.Name + " · " + ui.N("Proceedings.Dots", cluster.Issues.Sum(i => dots.GetValueOrDefault(i))))
                    .Element("p", ui.F("Proceedings.Initiator", cluster.Initiator is { } who ? NameOf(names, who) : ui.T("Proceedings.NoInitiator")))
                    .Raw("<ul>");
                foreach (var id in cluster.Issues)
                {
                    page.Element("li", Title(id) + " · " + ui.N("Proceedings.Dots", dots.GetValueOrDefault(id)));
                }

                page.Raw("</ul>\n");
            }
        }

        if (!proceedings.Actions.IsDefaultOrEmpty)
        {
            page.Element("h2", ui.T("Proceedings.Actions"), "chapter");
            foreach (var action in proceedings.Actions)
            {
                page.Raw("<div class=\"keep\">").Element("h3", action.Title).Raw("<dl>");
                Fact(page, ui.T("Proceedings.Owner"), NameOf(names, action.Owner));
                Fact(page, ui.T("Proceedings.With"), action.Participants.IsDefaultOrEmpty ? null : string.Join(ui.T("ListSeparator"), action.Participants.Select(p => NameOf(names, p))));
                Fact(page, ui.T("Proceedings.NextStep"), action.NextStep);
                Fact(page, ui.T("Proceedings.NextMeeting"), action.NextMeeting is { } meeting ? ui.Date(meeting) : null);
                page.Raw("</dl></div>\n");
            }
        }

        if (!proceedings.News.IsDefaultOrEmpty)
        {
            page.Element("h2", ui.T("Proceedings.News")).Raw("<ul>");
            foreach (var item in proceedings.News)
            {
                page.Element("li", ui.Date(DateOnly.FromDateTime(item.SharedAt.DateTime)) + " " + ui.Time(item.SharedAt) + ui.T("Colon") + item.Text);
            }

            page.Raw("</ul>\n");
        }

        page.Element("p", ui.N("Proceedings.ClosingCircle", proceedings.ClosingCircleSpeakers), "muted");
        return page.ToString();
    }

    private static ImmutableDictionary<ParticipantId, string> Names(OpenSpaceProceedings proceedings) =>
        (proceedings.Participants.IsDefault ? [] : proceedings.Participants).GroupBy(p => p.Id).ToImmutableDictionary(g => g.Key, g => g.First().DisplayName);

    private static string NameOf(ImmutableDictionary<ParticipantId, string> names, ParticipantId id) => names.TryGetValue(id, out var n) ? n : id.Value;

    private static void Fact(HtmlPage page, string label, string? value)
    {
        if (value is not null)
        {
            page.Element("dt", label).Element("dd", value);
        }
    }

    private static void List(HtmlPage page, string heading, ImmutableArray<string> items)
    {
        if (items.IsDefaultOrEmpty)
        {
            return;
        }

        page.Element("h4", heading).Raw("<ul>");
        foreach (var item in items)
        {
            page.Element("li", item);
        }

        page.Raw("</ul>\n");
    }
}
