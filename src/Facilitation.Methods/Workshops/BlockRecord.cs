using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.Harvesting;
using Facilitation.Methods.OpenSpace;

namespace Facilitation.Methods.Workshops;

/// <summary>What one block left behind: who took part and its contributions in the workshop's single contribution model. Built from each method's harvest or proceedings by the <c>From…</c> functions (pure; the sessions are not touched).</summary>
/// <remarks>Immutable.</remarks>
public sealed class BlockRecord
{
    [JsonConstructor] internal BlockRecord(string block, ImmutableArray<ParticipantId> tookPart, ImmutableArray<WorkshopContribution> contributions) =>
        (Block, TookPart, Contributions) = (block, tookPart, contributions);

    /// <summary>Gets the block's id.</summary>
    public string Block { get; }

    /// <summary>Gets who took part, in the order first seen.</summary>
    public ImmutableArray<ParticipantId> TookPart { get; }

    /// <summary>Gets what was contributed, in the method's own order.</summary>
    public ImmutableArray<WorkshopContribution> Contributions { get; }

    /// <summary>Records a plain block (a lecture, a visit): who was there, nothing contributed.</summary>
    /// <param name="block">The block's id.</param>
    /// <param name="tookPart">Who was there.</param>
    /// <returns>The record.</returns>
    internal static BlockRecord Plain(string block, IEnumerable<ParticipantId> tookPart)
    {
        ArgumentNullException.ThrowIfNull(tookPart);
        return new(CheckBlock(block), [.. tookPart.Distinct()], []);
    }

    /// <summary>Records a World Café from its harvest: every note, summary, briefing and harvest item (themes, insights, questions, actions), with table, round and question.</summary>
    /// <param name="block">The café block's id.</param>
    /// <param name="harvest">The café's harvest (<c>WorldCafeSession.ToHarvest()</c>).</param>
    /// <returns>The record; who took part is everyone seated in any round, then anyone else who wrote.</returns>
    internal static BlockRecord FromCafe(string block, Harvest harvest)
    {
        ArgumentNullException.ThrowIfNull(harvest);
        CheckBlock(block);
        var questions = harvest.Sections.SelectMany(s => s.Contributions.Select(c => (c.Id, s.Question))).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().Question);
        var contributions = harvest.AllContributions.Select(c => new WorkshopContribution(block, c.Id, c.Kind, c.Text)
        {
            Author = c.Author,
            Group = c.Group is { } g ? harvest.NameOf(g) : null,
            Round = c.Round?.Number,
            Question = (c.Prompt ?? questions.GetValueOrDefault(c.Id))?.Text,
            Category = c.Category ?? (c.Prompt ?? questions.GetValueOrDefault(c.Id))?.Category,
            Owner = c.Owner,
            NextStep = c.NextStep,
            Related = c.BuildsOn is { } basis ? [basis] : [],
        }).ToImmutableArray();
        var people = harvest.Seatings.SelectMany(s => s.Seated).Concat(contributions.Select(c => c.Author).OfType<ParticipantId>()).Distinct();
        return new(block, [.. people], contributions);
    }

    /// <summary>Records an Open Space from its proceedings: every issue (as <see cref="ContributionKind.Question"/>), report (<see cref="ContributionKind.Report"/>, id <c>{issue}/report</c>), cluster (<see cref="ContributionKind.Theme"/>) and action.</summary>
    /// <param name="block">The Open Space block's id.</param>
    /// <param name="proceedings">The proceedings (<c>OpenSpaceSession.BuildProceedings()</c>).</param>
    /// <param name="carriedIn">Items carried into the Open Space; an issue posted under a carried item's id takes its category and its sources.</param>
    /// <param name="categories">The facilitator's resource category for issues posted on the spot (issue id → category key); a carried item's category wins.</param>
    /// <returns>The record; who took part is every registered participant.</returns>
    internal static BlockRecord FromOpenSpace(string block, OpenSpaceProceedings proceedings, IEnumerable<CarriedItem>? carriedIn = null, IReadOnlyDictionary<ContributionId, string>? categories = null)
    {
        ArgumentNullException.ThrowIfNull(proceedings);
        CheckBlock(block);
        var carried = (carriedIn ?? []).Where(c => c is not null).GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First());
        var names = proceedings.Participants.ToDictionary(p => p.Id, p => p.DisplayName);
        var list = ImmutableArray.CreateBuilder<WorkshopContribution>();
        foreach (var entry in proceedings.Entries)
        {
            var issue = entry.Issue;
            carried.TryGetValue(issue.Id, out var from);
            var category = from?.Category ?? categories?.GetValueOrDefault(issue.Id) ?? issue.Category;
            list.Add(new WorkshopContribution(block, issue.Id, ContributionKind.Question, issue.Title)
            {
                Author = issue.Convener,
                Group = entry.Space,
                Category = category,
                Points = issue.Dots,
                Related = issue.MergedFrom.IsDefault ? [] : issue.MergedFrom,
                CarriedFrom = from?.Sources ?? [],
            });
            if (entry.Report is { } report)
            {
                var text = string.Join("\n", new[] { report.WhatTookPlace }.Concat(report.Recommendations.IsDefault ? [] : report.Recommendations.Select(r => "• " + r)).Concat(report.NextSteps.IsDefault ? [] : report.NextSteps.Select(s => "→ " + s)));
                list.Add(new WorkshopContribution(block, ReportId(issue.Id), ContributionKind.Report, Cut(text))
                {
                    Author = issue.Scribe ?? issue.Convener,
                    Group = entry.Space,
                    Question = issue.Title,
                    Category = category,
                    Related = [issue.Id],
                });
            }
        }

        foreach (var cluster in proceedings.Clusters)
        {
            list.Add(new WorkshopContribution(block, cluster.Id, ContributionKind.Theme, cluster.Name) { Author = cluster.Initiator, Related = cluster.Issues });
        }

        foreach (var action in proceedings.Actions)
        {
            list.Add(new WorkshopContribution(block, action.Id, ContributionKind.ActionItem, action.Title)
            {
                Author = action.Owner,
                Owner = names.TryGetValue(action.Owner, out var name) ? name : action.Owner.Value,
                NextStep = action.NextStep,
                Due = action.NextMeeting,
                Related = action.Cluster is { } c ? [c] : [],
            });
        }

        return new(block, [.. proceedings.Participants.Select(p => p.Id)], list.ToImmutable());
    }

    /// <summary>Records a brainstorm from its ideas and vote: every idea with its team, round, category, and its points and rank when votes were counted.</summary>
    /// <param name="block">The brainstorm block's id.</param>
    /// <param name="participants">Who took part (the session's participants).</param>
    /// <param name="ideas">The ideas (<c>BrainstormSession.Ideas</c>).</param>
    /// <param name="result">The vote (<c>BrainstormSession.Result</c>), or null.</param>
    /// <returns>The record.</returns>
    internal static BlockRecord FromBrainstorm(string block, IEnumerable<ParticipantId> participants, IEnumerable<Idea> ideas, BrainstormResult? result = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(ideas);
        CheckBlock(block);
        var scores = result?.Ranking.ToDictionary(s => s.Idea) ?? [];
        var contributions = ideas.Select(i => new WorkshopContribution(block, i.Id, ContributionKind.Idea, i.Text)
        {
            Author = i.Author,
            Group = i.Team?.Value,
            Round = i.Round.Number,
            Category = i.Category,
            Points = scores.TryGetValue(i.Id, out var s) ? s.Points : null,
            Rank = scores.TryGetValue(i.Id, out var r) ? r.Rank : null,
            Related = i.BuildsOn is { } basis ? [basis] : [],
        }).ToImmutableArray();
        return new(block, [.. participants.Concat(contributions.Select(c => c.Author).OfType<ParticipantId>()).Distinct()], contributions);
    }

    /// <summary>Records the resource inventory: every resource (as a <see cref="ContributionKind.Note"/> with the village as group and its category).</summary>
    /// <param name="block">The inventory block's id.</param>
    /// <param name="inventory">The inventory.</param>
    /// <param name="tookPart">Who took part (everyone present, including those who listed nothing).</param>
    /// <returns>The record.</returns>
    internal static BlockRecord FromInventory(string block, ResourceInventory inventory, IEnumerable<ParticipantId> tookPart)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(tookPart);
        CheckBlock(block);
        var contributions = inventory.Entries.Select(e => new WorkshopContribution(block, e.Id, ContributionKind.Note, e.Text)
        {
            Author = e.ListedBy,
            Group = e.Village,
            Category = e.Category,
        }).ToImmutableArray();
        return new(block, [.. tookPart.Concat(contributions.Select(c => c.Author).OfType<ParticipantId>()).Distinct()], contributions);
    }

    /// <summary>Gets the id under which <see cref="FromOpenSpace"/> records an issue's report.</summary>
    /// <param name="issue">The issue's id.</param>
    /// <returns><c>{issue}/report</c>.</returns>
    internal static ContributionId ReportId(ContributionId issue) => new(Cut(issue.Value, Limits.MaxIdLength - 7) + "/report");

    /// <summary>Finds a contribution of this block.</summary>
    /// <param name="id">Its id.</param>
    /// <returns>The contribution, or null.</returns>
    public WorkshopContribution? Find(ContributionId id) => Contributions.FirstOrDefault(c => c.Id == id);

    private static string CheckBlock(string block) => Identifier.Check(block, nameof(block), "block");

    private static string Cut(string text, int max = Limits.MaxTextLength) => text.Length <= max ? text : text[..max];
}
