using System.Collections.Immutable;
using Facilitation.Methods.Brainstorm;

namespace Facilitation.Methods.Printing;

/// <summary>What a brainstorm facilitator prints: blank brainwriting (6-3-5) sheets, and the result.</summary>
/// <remarks>Built from read models only: the design, the teams (a <see cref="Seating"/>), the ideas, clusters and result.</remarks>
public static class BrainstormPrintables
{
    /// <summary>Writes the blank brainwriting sheets of the design's first brainwriting round: one sheet per team member, pre-filled with the team, the sheet's first writer and the prompt, with a row per pass and a box per idea.</summary>
    /// <param name="design">The design (its first <see cref="GenerationTechnique.Brainwriting"/> round gives ideas per sheet and minutes per pass).</param>
    /// <param name="teams">The teams: a seating whose groups are the teams (the round's <c>Teams</c>).</param>
    /// <param name="options">The language; null for the defaults.</param>
    /// <returns>The HTML document; one page per sheet.</returns>
    /// <exception cref="ArgumentException">The design has no brainwriting round.</exception>
    public static string BrainwritingSheets(BrainstormDesign design, Seating teams, PrintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(teams);
        var round = (design.Rounds.IsDefault ? [] : design.Rounds).FirstOrDefault(r => r?.Technique == GenerationTechnique.Brainwriting)
            ?? throw new ArgumentException("The design has no brainwriting round; add a GenerationRound with GenerationTechnique.Brainwriting to print sheets.", nameof(design));
        var ui = new PrintContext(options);
        var names = (design.Participants.IsDefault ? [] : design.Participants).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().DisplayName);
        var prompt = round.Prompt ?? design.Prompt;
        var ideas = Math.Max(1, round.IdeasPerSheet);
        var page = new HtmlPage(ui, ui.F("Sheets.Title", design.Title), landscape: false, $$"""
            .sheet{display:flex;flex-direction:column;height:100%}
            .prompt{font-size:14pt;font-weight:700;margin:2mm 0 3mm}
            .grid{flex:1;table-layout:fixed}
            .grid th.pass{width:22mm}
            .grid td{height:auto}
            .grid th{font-size:9pt}
            """);
        foreach (var team in teams.Groups)
        {
            var members = teams.MembersOf(team);
            for (var s = 0; s < members.Length; s++)
            {
                page.BeginPage().Raw("<div class=\"sheet box\">")
                    .Element("h1", design.Title)
                    .Element("p", string.Join(ui.T("ListSeparator"), ui.F("Sheets.Team", team.Value), ui.F("Sheets.Sheet", s + 1, members.Length), ui.F("Sheets.StartedBy", names.TryGetValue(members[s], out var n) ? n : members[s].Value)), "muted");
                if (prompt is not null)
                {
                    page.Element("div", prompt.Text, "prompt");
                }

                page.Element("p", ui.N("Sheets.Instructions", ideas, ui.Minutes(round.Duration)), "small")
                    .Raw("<table class=\"grid\"><thead><tr><th class=\"pass\"></th>");
                for (var i = 1; i <= ideas; i++)
                {
                    page.Element("th", ui.F("Sheets.Idea", i));
                }

                page.Raw("</tr></thead><tbody>");
                for (var pass = 1; pass <= members.Length; pass++)
                {
                    page.Raw("<tr><th class=\"pass\">").Raw(Markup.Escape(ui.F("Sheets.Pass", pass))).Raw("</th>");
                    for (var i = 1; i <= ideas; i++)
                    {
                        page.Raw("<td></td>");
                    }

                    page.Raw("</tr>");
                }

                page.Raw("</tbody></table></div>\n").EndPage();
            }
        }

        return page.ToString();
    }

    /// <summary>Writes the brainstorm's result: the question, every idea by category, the clusters, the ranking of the vote and the decision.</summary>
    /// <param name="design">The design (title, prompt, categories, names).</param>
    /// <param name="ideas">The ideas, in the order recorded.</param>
    /// <param name="result">The vote's result, or null when there was no vote.</param>
    /// <param name="clusters">The clusters, or null.</param>
    /// <param name="decision">The decision, or null.</param>
    /// <param name="options">The language; null for the defaults.</param>
    /// <returns>The HTML document.</returns>
    public static string Result(BrainstormDesign design, IEnumerable<Idea> ideas, BrainstormResult? result, IEnumerable<Cluster>? clusters = null, BrainstormDecision? decision = null, PrintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(ideas);
        var ui = new PrintContext(options);
        var all = ideas.ToImmutableArray();
        var byId = all.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        var names = (design.Participants.IsDefault ? [] : design.Participants).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().DisplayName);
        string Text(ContributionId id) => byId.TryGetValue(id, out var idea) ? idea.Text : id.Value;
        var categories = design.Categories.IsDefault ? [] : design.Categories;
        var page = new HtmlPage(ui, design.Title, landscape: false, """
            .rank{width:14mm;text-align:right}.num{width:18mm;text-align:right}
            .author{color:#555}
            """);
        page.Element("h1", design.Title);
        if (design.Prompt is { } prompt)
        {
            page.Element("p", ui.F("Result.Question", prompt.Text));
        }

        page.Element("p", ui.N("Result.Ideas", all.Length, ui.N("Result.Rounds", all.Select(i => i.Round).Distinct().Count())), "muted");
        if (result is not null)
        {
            page.Element("h2", ui.T("Result.Ranking"))
                .Element("p", string.Join(ui.T("ListSeparator"), ui.T(result.Method == VotingMethod.Dots ? "Result.DotVote" : "Result.RankedVote"), ui.N("Result.Ballots", result.Ballots), ui.T("Result.TieNote")), "muted small")
                .Raw("<table><thead><tr>")
                .Raw("<th class=\"rank\">").Raw(Markup.Escape(ui.T("Result.Rank"))).Raw("</th>")
                .Element("th", ui.T("Result.Idea"))
                .Raw("<th class=\"num\">").Raw(Markup.Escape(ui.T("Result.Points"))).Raw("</th>")
                .Raw("<th class=\"num\">").Raw(Markup.Escape(ui.T("Result.Voters"))).Raw("</th></tr></thead><tbody>\n");
            foreach (var score in result.Ranking)
            {
                page.Raw("<tr><td class=\"rank\">").Raw(Markup.Escape(score.Rank.ToString(ui.Culture) + (score.IsTied ? "=" : string.Empty))).Raw("</td>")
                    .Element("td", Text(score.Idea))
                    .Raw("<td class=\"num\">").Raw(Markup.Escape(score.Points.ToString(ui.Culture))).Raw("</td>")
                    .Raw("<td class=\"num\">").Raw(Markup.Escape(score.Voters.ToString(ui.Culture))).Raw("</td></tr>\n");
            }

            page.Raw("</tbody></table>\n");
        }

        if (decision is not null)
        {
            page.Element("h2", ui.T("Result.Decision")).Raw("<ul>");
            foreach (var id in decision.Chosen)
            {
                page.Element("li", Text(id));
            }

            page.Raw("</ul>");
            if (decision.Note is { } note)
            {
                page.Element("p", note);
            }
        }

        var clusterList = (clusters ?? []).ToList();
        if (clusterList.Count > 0)
        {
            page.Element("h2", ui.T("Result.Clusters"));
            foreach (var cluster in clusterList)
            {
                page.Element("h3", cluster.Heading ?? ui.T("Result.NoHeading")).Raw("<ul>");
                foreach (var id in cluster.Ideas)
                {
                    page.Element("li", Text(id));
                }

                page.Raw("</ul>\n");
            }
        }

        page.Element("h2", ui.T("Result.AllIdeas"), "chapter");
        var ordered = all.Select(i => i.Category).Distinct()
            .OrderBy(c => c is null ? int.MaxValue : categories.IndexOf(c) is var i and >= 0 ? i : int.MaxValue - 1)
            .ThenBy(c => c, StringComparer.Ordinal);
        foreach (var category in ordered)
        {
            page.Element("h3", category ?? ui.T("Result.NoCategory")).Raw("<ul>");
            foreach (var idea in all.Where(i => i.Category == category))
            {
                page.Raw("<li>").Raw(Markup.Escape(idea.Text));
                if (idea.Author is { } author)
                {
                    page.Raw(" <span class=\"author\">— ").Raw(Markup.Escape(names.TryGetValue(author, out var n) ? n : author.Value)).Raw("</span>");
                }

                page.Raw("</li>\n");
            }

            page.Raw("</ul>\n");
        }

        return page.ToString();
    }
}
