using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>
/// Participant-facing exports of a brainstorm: ideas by category, clusters, the ranking and the decision, as Markdown, CSV or JSON.
/// Anonymous ideas show no author (the session never stored one) and ballots are never shown — only totals.
/// </summary>
public static class BrainstormHarvest
{
    /// <summary>Writes the harvest as Markdown, its headings and labels in a language of the reader's.</summary>
    /// <param name="session">The session.</param>
    /// <param name="culture">The language of the headings and labels (<c>zh-CN</c>, <c>en</c>, …); null: <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The Markdown text (LF line endings).</returns>
    public static string ToMarkdown(BrainstormSession session, CultureInfo? culture = null)
    {
        var h = Take(session);
        var ui = TextCatalog.Resolve(culture);
        string T(string key, params object?[] args) => TextCatalog.Core.Format(ui, "BrainstormHarvest." + key, args);
        string Count(string key, int count) => TextCatalog.Core.Count(ui, "BrainstormHarvest." + key, count);
        var md = new StringBuilder();
        md.Append("# ").Append(Inline(h.Design.Title)).Append('\n').Append('\n');
        if (h.Design.Prompt is { } prompt)
        {
            md.Append(T("Question", Inline(prompt.Text))).Append('\n').Append('\n');
        }

        md.Append(T("Summary", Count("Ideas", h.Ideas.Length), Count("Rounds", h.Rounds), TextCatalog.Core.Find(ui, "Phase.Brainstorm." + h.Phase) ?? h.Phase.ToString())).Append('\n').Append('\n');
        md.Append("## ").Append(T("IdeasHeading")).Append('\n');
        var categories = h.Ideas.Select(i => i.Category).Distinct().OrderBy(c => c is null ? int.MaxValue : IndexOf(h.Design.Categories, c)).ThenBy(c => c, StringComparer.Ordinal);
        foreach (var category in categories)
        {
            md.Append('\n').Append("### ").Append(category is null ? T("NoCategory") : Inline(category)).Append('\n').Append('\n');
            foreach (var idea in h.Ideas.Where(i => i.Category == category))
            {
                md.Append("- ").Append(Describe(idea, h.Names, T)).Append('\n');
            }
        }

        if (h.Clusters.Length > 0)
        {
            md.Append('\n').Append("## ").Append(T("Clusters")).Append('\n');
            foreach (var cluster in h.Clusters)
            {
                md.Append('\n').Append("### ").Append(Inline(cluster.Heading ?? T("NoHeading"))).Append(" (").Append(cluster.Id).Append(')').Append('\n').Append('\n');
                foreach (var id in cluster.Ideas)
                {
                    md.Append("- ").Append(Describe(h.ById[id], h.Names, T)).Append('\n');
                }
            }

            var placed = h.Clusters.SelectMany(c => c.Ideas).ToHashSet();
            var loose = h.Ideas.Where(i => !placed.Contains(i.Id)).ToList();
            if (loose.Count > 0)
            {
                md.Append('\n').Append("### ").Append(T("NotInCluster")).Append('\n').Append('\n');
                foreach (var idea in loose)
                {
                    md.Append("- ").Append(Describe(idea, h.Names, T)).Append('\n');
                }
            }
        }

        if (h.Result is { } result)
        {
            var method = T(result.Method == VotingMethod.Dots ? "DotVote" : "RankedVote");
            md.Append('\n').Append("## ").Append(T("Ranking")).Append('\n').Append('\n');
            md.Append(T(h.Final ? "Final" : "Provisional", method, Count("Ballots", result.Ballots))).Append('\n').Append('\n');
            md.Append(T("RankingHeader")).Append('\n').Append("|---:|---|---:|---:|").Append('\n');
            foreach (var score in result.Ranking)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {score.Rank}{(score.IsTied ? "=" : string.Empty)} | {Cell(h.ById[score.Idea].Text)} | {score.Points} | {score.Voters} |").Append('\n');
            }
        }

        if (h.Decision is { } decision)
        {
            md.Append('\n').Append("## ").Append(T("Decision")).Append('\n').Append('\n');
            foreach (var id in decision.Chosen)
            {
                md.Append("- ").Append(Inline(h.ById[id].Text)).Append('\n');
            }

            if (decision.Note is { } note)
            {
                md.Append('\n').Append(Inline(note)).Append('\n');
            }
        }

        return md.ToString();
    }

    /// <summary>Writes one row per idea as CSV (RFC 4180; a UTF-8 byte-order mark first so Excel reads UTF-8; cells that a spreadsheet would run as a formula — starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return — are prefixed with an apostrophe).</summary>
    /// <remarks>The header row is in the reader's language ("id, round, category, …" / "编号, 轮次, 类别, …"); the cells hold the data as written, numbers in the invariant format.</remarks>
    /// <param name="session">The session.</param>
    /// <param name="culture">The language of the header row (<c>zh-CN</c>, <c>en</c>, …); null: <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The CSV text with a header row.</returns>
    public static string ToCsv(BrainstormSession session, CultureInfo? culture = null)
    {
        var h = Take(session);
        var ui = TextCatalog.Resolve(culture);
        var scores = h.Result?.Ranking.ToDictionary(s => s.Idea) ?? [];
        var csv = new Harvesting.Csv().Row([.. CsvColumns.Select(c => TextCatalog.Core.Get(ui, "BrainstormHarvest.Csv." + c))]);
        foreach (var idea in h.Ideas)
        {
            var clusters = string.Join(";", h.Clusters.Where(c => c.Ideas.Contains(idea.Id)).Select(c => c.Heading ?? c.Id));
            var score = scores.GetValueOrDefault(idea.Id);
            string?[] cells =
            [
                idea.Id.Value, idea.Round.Number.ToString(CultureInfo.InvariantCulture), idea.Category, idea.Text,
                idea.Author is { } a ? h.Names[a] : null, idea.BuildsOn?.Value, idea.DuplicateOf?.Value, clusters,
                score?.Points.ToString(CultureInfo.InvariantCulture), score?.Rank.ToString(CultureInfo.InvariantCulture),
            ];
            csv.Row(cells);
        }

        return csv.ToString();
    }

    private static readonly string[] CsvColumns = ["Id", "Round", "Category", "Text", "Author", "BuildsOn", "DuplicateOf", "Clusters", "Points", "Rank"];

    /// <summary>Writes the harvest as JSON (source-generated, no reflection).</summary>
    /// <param name="session">The session.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(BrainstormSession session)
    {
        var h = Take(session);
        var document = new HarvestDocument(
            h.Design.Title,
            h.Design.Prompt?.Text,
            h.Phase,
            [.. h.Ideas.Select(i => new HarvestIdea(i.Id, i.Round.Number, i.Text, i.Category, i.Author is { } a ? h.Names[a] : null, i.BuildsOn, i.DuplicateOf, [.. i.Clarifications]))],
            [.. h.Clusters.Select(c => new HarvestCluster(c.Id, c.Heading, [.. c.Ideas]))],
            h.Result is { } r ? [.. r.Ranking.Select(s => new HarvestScore(s.Idea, s.Points, s.Voters, s.Rank, s.IsTied))] : null,
            h.Final,
            h.Decision is { } d ? [.. d.Chosen] : null,
            h.Decision?.Note);
        return JsonSerializer.Serialize(document, BrainstormHarvestJsonContext.Default.HarvestDocument);
    }

    private static int IndexOf(ImmutableArray<string> categories, string category)
    {
        var i = categories.IndexOf(category);
        return i < 0 ? int.MaxValue - 1 : i;
    }

    private static string Describe(Idea idea, Dictionary<ParticipantId, string> names, Func<string, object?[], string> t)
    {
        var text = new StringBuilder(Inline(idea.Text));
        text.Append(" — *").Append(idea.Author is { } a ? Inline(names[a]) : t("Anonymous", [])).Append('*');
        text.Append(" (").Append(t("Round", [idea.Round.Number, idea.Id]));
        if (idea.BuildsOn is { } basis)
        {
            text.Append(t("BuildsOn", [basis.Value]));
        }

        if (idea.DuplicateOf is { } original)
        {
            text.Append(t("DuplicateOf", [original.Value]));
        }

        text.Append(')');
        foreach (var clarification in idea.Clarifications)
        {
            text.Append(t("Clarified", [Inline(clarification)]));
        }

        return text.ToString();
    }

    private static string Inline(string text) => text.ReplaceLineEndings(" ");

    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static Snapshot Take(BrainstormSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.TakeSnapshot();
    }

    internal sealed record Snapshot(
        BrainstormDesign Design,
        ImmutableArray<Participant> People,
        BrainstormPhase Phase,
        int Rounds,
        ImmutableArray<Idea> Ideas,
        ImmutableArray<Cluster> Clusters,
        BrainstormResult? Result,
        bool Final,
        BrainstormDecision? Decision)
    {
        public Dictionary<ContributionId, Idea> ById { get; } = Ideas.ToDictionary(i => i.Id);

        public Dictionary<ParticipantId, string> Names { get; } = People.ToDictionary(p => p.Id, p => p.DisplayName);
    }
}

// The JSON shape of the harvest export, in the order written.
internal sealed record HarvestDocument(string Title, string? Question, BrainstormPhase Phase, List<HarvestIdea> Ideas, List<HarvestCluster> Clusters, List<HarvestScore>? Ranking, bool RankingIsFinal, List<ContributionId>? Decision, string? DecisionNote);

internal sealed record HarvestIdea(ContributionId Id, int Round, string Text, string? Category, string? Author, ContributionId? BuildsOn, ContributionId? DuplicateOf, List<string> Clarifications);

internal sealed record HarvestCluster(string Id, string? Heading, List<ContributionId> Ideas);

internal sealed record HarvestScore(ContributionId Idea, int Points, int Voters, int Rank, bool Tied);

/// <summary>Source-generated JSON for the harvest export: no reflection at run time, so trimming and AOT work.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HarvestDocument))]
internal sealed partial class BrainstormHarvestJsonContext : JsonSerializerContext;
