using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The book of proceedings, assembled continuously: every issue ever posted (whatever its votes), its report, the clusters, the action plans and the news.</summary>
/// <remarks>Immutable snapshot from <see cref="OpenSpaceSession.BuildProceedings"/>; export with <see cref="ToMarkdown"/> or <see cref="ToJson"/>.</remarks>
public sealed class OpenSpaceProceedings
{
    /// <summary>Initializes a new instance of the <see cref="OpenSpaceProceedings"/> class.</summary>
    /// <param name="theme">The theme.</param>
    /// <param name="sponsor">The sponsor, or null.</param>
    /// <param name="facilitator">The facilitator's name, or null.</param>
    /// <param name="days">The calendar days of the event.</param>
    /// <param name="phase">The phase when the snapshot was taken.</param>
    /// <param name="version">The session version when the snapshot was taken.</param>
    /// <param name="participants">Everyone registered.</param>
    /// <param name="entries">Every issue, in posting order.</param>
    /// <param name="clusters">The clusters from convergence.</param>
    /// <param name="actions">The action items.</param>
    /// <param name="news">The news shared.</param>
    /// <param name="closingCircleSpeakers">How many people spoke in the closing circle.</param>
    [JsonConstructor] internal OpenSpaceProceedings(string theme, string? sponsor, string? facilitator, ImmutableArray<DateOnly> days, OpenSpacePhase phase, long version, ImmutableArray<Participant> participants, ImmutableArray<ProceedingsEntry> entries, ImmutableArray<IssueCluster> clusters, ImmutableArray<ActionItem> actions, ImmutableArray<NewsItem> news, int closingCircleSpeakers) =>
        (Theme, Sponsor, Facilitator, Days, Phase, Version, Participants, Entries, Clusters, Actions, News, ClosingCircleSpeakers) = (theme, sponsor, facilitator, days, phase, version, participants, entries, clusters, actions, news, closingCircleSpeakers);

    /// <summary>The theme.</summary>
    public string Theme { get; }

    /// <summary>The sponsor, or null.</summary>
    public string? Sponsor { get; }

    /// <summary>The facilitator's name, or null.</summary>
    public string? Facilitator { get; }

    /// <summary>The calendar days of the event.</summary>
    public ImmutableArray<DateOnly> Days { get; }

    /// <summary>The phase when the snapshot was taken.</summary>
    public OpenSpacePhase Phase { get; }

    /// <summary>The session version when the snapshot was taken.</summary>
    public long Version { get; internal set; }

    /// <summary>Everyone registered.</summary>
    public ImmutableArray<Participant> Participants { get; }

    /// <summary>Every issue, in posting order.</summary>
    public ImmutableArray<ProceedingsEntry> Entries { get; }

    /// <summary>The clusters from convergence.</summary>
    public ImmutableArray<IssueCluster> Clusters { get; }

    /// <summary>The action items.</summary>
    public ImmutableArray<ActionItem> Actions { get; }

    /// <summary>The news shared.</summary>
    public ImmutableArray<NewsItem> News { get; }

    /// <summary>How many people spoke in the closing circle.</summary>
    public int ClosingCircleSpeakers { get; }

    /// <summary>Exports the proceedings as JSON (source-generated, indented).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, OpenSpaceJsonContext.Readable.OpenSpaceProceedings);

    /// <summary>Exports the proceedings as a Markdown book, ready to print or share.</summary>
    /// <param name="culture">The language of the labels (English or Simplified Chinese), or null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The Markdown text (LF line endings).</returns>
    public string ToMarkdown(CultureInfo? culture = null)
    {
        var ui = TextCatalog.Resolve(culture);
        string T(string key, params object?[] args) => TextCatalog.Core.Format(ui, "Proceedings." + key, args);
        var names = Participants.ToDictionary(p => p.Id, p => p.DisplayName);
        string Name(ParticipantId id) => names.TryGetValue(id, out var n) ? n : id.Value;
        var titles = Entries.ToDictionary(e => e.Issue.Id, e => e.Issue.Title);
        string Title(ContributionId id) => titles.TryGetValue(id, out var t) ? Line(t) : id.Value;
        var md = new StringBuilder();
        void W(string text = "") => md.Append(text).Append('\n');

        W("# " + T("Title", Line(Theme)));
        W();
        if (Sponsor is not null)
        {
            W("- " + T("Sponsor", Line(Sponsor)));
        }

        if (Facilitator is not null)
        {
            W("- " + T("Facilitator", Line(Facilitator)));
        }

        W("- " + T("Dates", string.Join(", ", Days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))));
        W("- " + T("Counts", Participants.Length, Entries.Length, Entries.Count(e => e.Report is not null)));
        W();
        W("## " + T("Sessions"));
        foreach (var entry in Entries)
        {
            var issue = entry.Issue;
            W();
            W($"### {Line(issue.Title)}");
            W();
            W("- " + T("Convener", Name(issue.Convener)));
            if (issue.Scribe is { } scribe)
            {
                W("- " + T("Scribe", Name(scribe)));
            }

            W(entry.Slot is { } slot
                ? "- " + T("WhereWhen", Line(entry.Space!), issue.Cell!.Value.Slot, slot.Start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), slot.End.ToString("HH:mm", CultureInfo.InvariantCulture))
                : "- " + T("NotOnWall"));
            W("- " + T("Attendance", issue.Interested.Length, entry.PeakAttendance, entry.Joins, entry.Leaves, issue.Dots));
            if (!issue.MergedFrom.IsDefaultOrEmpty)
            {
                W("- " + T("MergedFrom", string.Join("; ", issue.MergedFrom.Select(Title))));
            }

            if (issue.MergedInto is { } into)
            {
                W("- " + T("MergedInto", Title(into)));
            }

            if (entry.Report is not { } report)
            {
                W();
                W("_" + T(issue.IsActive ? "NoReport" : "MergedSession") + "_");
                continue;
            }

            W();
            W("**" + T("WhatTookPlace") + "**");
            W();
            W(report.WhatTookPlace.ReplaceLineEndings("\n"));
            if (!report.Participants.IsDefaultOrEmpty)
            {
                W();
                W("**" + T("Participants") + "** " + string.Join(", ", report.Participants.Select(Name)));
            }

            List(T("Recommendations"), report.Recommendations);
            List(T("NextSteps"), report.NextSteps);
        }

        if (!Clusters.IsDefaultOrEmpty)
        {
            W();
            W("## " + T("Convergence"));
            var dots = Entries.ToDictionary(e => e.Issue.Id, e => e.Issue.Dots);
            foreach (var cluster in Clusters)
            {
                W();
                W("### " + TextCatalog.Core.Count(ui, "Proceedings.Dots", cluster.Issues.Sum(i => dots.GetValueOrDefault(i)), Line(cluster.Name)));
                W();
                W("- " + T("Initiator", cluster.Initiator is { } who ? Name(who) : T("NoInitiator")));
                foreach (var id in cluster.Issues)
                {
                    W("- " + TextCatalog.Core.Count(ui, "Proceedings.Dots", dots.GetValueOrDefault(id), Title(id)));
                }
            }
        }

        if (!Actions.IsDefaultOrEmpty)
        {
            W();
            W("## " + T("Actions"));
            foreach (var action in Actions)
            {
                W();
                W($"### {Line(action.Title)}");
                W();
                W("- " + T("Owner", Name(action.Owner)));
                if (!action.Participants.IsDefaultOrEmpty)
                {
                    W("- " + T("With", string.Join(", ", action.Participants.Select(Name))));
                }

                W("- " + T("NextStep", Line(action.NextStep)));
                if (action.NextMeeting is { } meeting)
                {
                    W("- " + T("NextMeeting", meeting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                }
            }
        }

        if (!News.IsDefaultOrEmpty)
        {
            W();
            W("## " + T("News"));
            W();
            foreach (var item in News)
            {
                W(string.Create(CultureInfo.InvariantCulture, $"- {item.SharedAt:yyyy-MM-dd HH:mm}: {Line(item.Text)}"));
            }
        }

        W();
        W("_" + TextCatalog.Core.Count(ui, "Proceedings.ClosingCircle", ClosingCircleSpeakers) + "_");
        return md.ToString();

        void List(string heading, ImmutableArray<string> items)
        {
            if (items.IsDefaultOrEmpty)
            {
                return;
            }

            W();
            W($"**{heading}**");
            W();
            foreach (var item in items)
            {
                W($"- {Line(item)}");
            }
        }
    }

    private static string Line(string text) => text.ReplaceLineEndings(" ");
}
