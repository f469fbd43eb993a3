using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The book of proceedings, assembled continuously: every issue ever posted (whatever its votes), its report, the clusters, the action plans and the news.</summary>
/// <remarks>Immutable snapshot from <see cref="OpenSpaceSession.BuildProceedings"/>; export with <see cref="ToMarkdown"/> or <see cref="ToJson"/>.</remarks>
/// <param name="Theme">The theme.</param>
/// <param name="Sponsor">The sponsor, or null.</param>
/// <param name="Facilitator">The facilitator's name, or null.</param>
/// <param name="Days">The calendar days of the event.</param>
/// <param name="Phase">The phase when the snapshot was taken.</param>
/// <param name="Version">The session version when the snapshot was taken.</param>
/// <param name="Participants">Everyone registered.</param>
/// <param name="Entries">Every issue, in posting order.</param>
/// <param name="Clusters">The clusters from convergence.</param>
/// <param name="Actions">The action items.</param>
/// <param name="News">The news shared.</param>
/// <param name="ClosingCircleSpeakers">How many people spoke in the closing circle.</param>
public sealed record OpenSpaceProceedings(
    string Theme,
    string? Sponsor,
    string? Facilitator,
    ImmutableArray<DateOnly> Days,
    OpenSpacePhase Phase,
    long Version,
    ImmutableArray<Participant> Participants,
    ImmutableArray<ProceedingsEntry> Entries,
    ImmutableArray<IssueCluster> Clusters,
    ImmutableArray<ActionItem> Actions,
    ImmutableArray<NewsItem> News,
    int ClosingCircleSpeakers)
{
    /// <summary>Exports the proceedings as JSON (source-generated, indented).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, OpenSpaceJsonContext.Readable.OpenSpaceProceedings);

    /// <summary>Exports the proceedings as a Markdown book, ready to print or share.</summary>
    /// <returns>The Markdown text (LF line endings).</returns>
    public string ToMarkdown()
    {
        var names = Participants.ToDictionary(p => p.Id, p => p.DisplayName);
        string Name(ParticipantId id) => names.TryGetValue(id, out var n) ? n : id.Value;
        var titles = Entries.ToDictionary(e => e.Issue.Id, e => e.Issue.Title);
        string Title(ContributionId id) => titles.TryGetValue(id, out var t) ? Line(t) : id.Value;
        var md = new StringBuilder();
        void W(string text = "") => md.Append(text).Append('\n');

        W($"# Book of proceedings: {Line(Theme)}");
        W();
        if (Sponsor is not null)
        {
            W($"- Sponsor: {Line(Sponsor)}");
        }

        if (Facilitator is not null)
        {
            W($"- Facilitator: {Line(Facilitator)}");
        }

        W($"- Dates: {string.Join(", ", Days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}");
        W(string.Create(CultureInfo.InvariantCulture, $"- Participants: {Participants.Length}; issues posted: {Entries.Length}; reports: {Entries.Count(e => e.Report is not null)}"));
        W();
        W("## Sessions");
        foreach (var entry in Entries)
        {
            var issue = entry.Issue;
            W();
            W($"### {Line(issue.Title)}");
            W();
            W($"- Convener: {Name(issue.Convener)}");
            if (issue.Scribe is { } scribe)
            {
                W($"- Scribe: {Name(scribe)}");
            }

            W(entry.Slot is { } slot
                ? string.Create(CultureInfo.InvariantCulture, $"- Where and when: {Line(entry.Space!)}, slot {issue.Cell!.Value.Slot} ({slot.Start:yyyy-MM-dd HH:mm}–{slot.End:HH:mm})")
                : "- Where and when: not on the wall");
            W(string.Create(CultureInfo.InvariantCulture, $"- Signed up: {issue.Interested.Length}; peak attendance: {entry.PeakAttendance}; joins: {entry.Joins}; leaves: {entry.Leaves}; dots: {issue.Dots}"));
            if (!issue.MergedFrom.IsDefaultOrEmpty)
            {
                W($"- Merged from: {string.Join("; ", issue.MergedFrom.Select(Title))}");
            }

            if (issue.MergedInto is { } into)
            {
                W($"- Merged into: {Title(into)}");
            }

            if (entry.Report is not { } report)
            {
                W();
                W(issue.IsActive ? "_No report received._" : "_Discussed as part of the merged session._");
                continue;
            }

            W();
            W("**What took place**");
            W();
            W(report.WhatTookPlace.ReplaceLineEndings("\n"));
            if (!report.Participants.IsDefaultOrEmpty)
            {
                W();
                W($"**Participants:** {string.Join(", ", report.Participants.Select(Name))}");
            }

            List("Recommendations", report.Recommendations);
            List("Next steps", report.NextSteps);
        }

        if (!Clusters.IsDefaultOrEmpty)
        {
            W();
            W("## Convergence");
            var dots = Entries.ToDictionary(e => e.Issue.Id, e => e.Issue.Dots);
            foreach (var cluster in Clusters)
            {
                W();
                W(string.Create(CultureInfo.InvariantCulture, $"### {Line(cluster.Name)} ({cluster.Issues.Sum(i => dots.GetValueOrDefault(i))} dots)"));
                W();
                W($"- Initiator: {(cluster.Initiator is { } who ? Name(who) : "none yet")}");
                foreach (var id in cluster.Issues)
                {
                    W(string.Create(CultureInfo.InvariantCulture, $"- {Title(id)} ({dots.GetValueOrDefault(id)} dots)"));
                }
            }
        }

        if (!Actions.IsDefaultOrEmpty)
        {
            W();
            W("## Action plans");
            foreach (var action in Actions)
            {
                W();
                W($"### {Line(action.Title)}");
                W();
                W($"- Owner: {Name(action.Owner)}");
                if (!action.Participants.IsDefaultOrEmpty)
                {
                    W($"- With: {string.Join(", ", action.Participants.Select(Name))}");
                }

                W($"- Next step: {Line(action.NextStep)}");
                if (action.NextMeeting is { } meeting)
                {
                    W($"- Next meeting: {meeting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
                }
            }
        }

        if (!News.IsDefaultOrEmpty)
        {
            W();
            W("## News");
            W();
            foreach (var item in News)
            {
                W(string.Create(CultureInfo.InvariantCulture, $"- {item.SharedAt:yyyy-MM-dd HH:mm}: {Line(item.Text)}"));
            }
        }

        W();
        W(string.Create(CultureInfo.InvariantCulture, $"_Closing circle: {ClosingCircleSpeakers} people spoke._"));
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
