using System.Collections.Immutable;

namespace Facilitation.Methods.Workshops;

/// <summary>The facilitator-driven bridges between blocks: pure functions from one block's record to items for a later block, every item linked to its sources.</summary>
/// <remarks>
/// Nothing is carried by itself: the facilitator calls a bridge, optionally choosing which contributions to carry, and posts the result into the next session.
/// Carried item ids are <c>{source block}/{source contribution}</c>, so carrying the same sources twice gives the same ids.
/// </remarks>
public static class Bridges
{
    /// <summary>Suggests Open Space issues from a café's harvest items (themes, insights and questions). The suggested convener is the item's author, or nobody.</summary>
    /// <param name="cafe">The café block's record.</param>
    /// <param name="chosen">The harvest items to carry; null carries every theme, insight and question.</param>
    /// <returns>The suggested issues, in harvest order.</returns>
    /// <exception cref="ArgumentException">A chosen id is not a theme, insight or question of the block.</exception>
    public static ImmutableArray<CarriedItem> SuggestOpenSpaceIssues(BlockRecord cafe, IEnumerable<ContributionId>? chosen = null)
    {
        ArgumentNullException.ThrowIfNull(cafe);
        return [.. Pick(cafe, chosen, c => c.Kind is ContributionKind.Theme or ContributionKind.Insight or ContributionKind.Question, "theme, insight or question")
            .Select(c => Carry(c, CarryKind.OpenSpaceIssue, c.Text, [c.Link], c.Author))];
    }

    /// <summary>Suggests brainstorm prompts from an Open Space's issues; an issue's report, when there is one, is a second source.</summary>
    /// <param name="openSpace">The Open Space block's record.</param>
    /// <param name="chosen">The issues to carry; null carries every issue.</param>
    /// <returns>The prompts, in the order the issues were posted.</returns>
    /// <exception cref="ArgumentException">A chosen id is not an issue of the block.</exception>
    public static ImmutableArray<CarriedItem> SuggestBrainstormPrompts(BlockRecord openSpace, IEnumerable<ContributionId>? chosen = null)
    {
        ArgumentNullException.ThrowIfNull(openSpace);
        return [.. Pick(openSpace, chosen, c => c.Kind == ContributionKind.Question, "issue")
            .Select(c => Carry(c, CarryKind.BrainstormPrompt, c.Text, openSpace.Find(BlockRecord.ReportId(c.Id)) is { } report ? [c.Link, report.Link] : [c.Link]))];
    }

    /// <summary>Suggests brainstorm categories from an Open Space's clusters of issues; each links the cluster and its issues.</summary>
    /// <param name="openSpace">The Open Space block's record.</param>
    /// <param name="chosen">The clusters to carry; null carries every cluster.</param>
    /// <returns>The categories, in cluster order.</returns>
    /// <exception cref="ArgumentException">A chosen id is not a cluster of the block.</exception>
    public static ImmutableArray<CarriedItem> SuggestBrainstormCategories(BlockRecord openSpace, IEnumerable<ContributionId>? chosen = null)
    {
        ArgumentNullException.ThrowIfNull(openSpace);
        return [.. Pick(openSpace, chosen, c => c.Kind == ContributionKind.Theme, "cluster")
            .Select(c => Carry(c, CarryKind.BrainstormCategory, c.Text, [c.Link, .. c.Related.Where(r => openSpace.Find(r) is not null).Select(r => new SourceLink(openSpace.Block, r))]))];
    }

    /// <summary>Carries a block's action items and its top-ranked ideas into action plan items: from an Open Space's actions, a café's harvested actions, a brainstorm's winners.</summary>
    /// <param name="block">The block's record.</param>
    /// <param name="roster">The workshop's roster, to name owners and their villages.</param>
    /// <param name="topIdeas">How many ranks of ideas to carry (ideas with rank ≤ this and at least one point); zero carries none.</param>
    /// <param name="villageAttribute">The participant attribute that names a village.</param>
    /// <returns>The items: actions first, then ideas by rank. An idea's owner is its author, or nobody when it is anonymous. The village is the author's, or, for an action written by the facilitator, that of the roster member whose name is the owner.</returns>
    public static ImmutableArray<ActionPlanItem> ToActionPlan(BlockRecord block, IEnumerable<Participant> roster, int topIdeas = 3, string villageAttribute = "village")
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentOutOfRangeException.ThrowIfNegative(topIdeas);
        var people = roster.Where(p => p is not null).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        string? Village(ParticipantId? who) => who is { } id && people.TryGetValue(id, out var p) ? p.GetAttribute(villageAttribute) : null;
        string? VillageOfOwner(string? owner) => owner is null ? null : people.Values.Where(p => p.DisplayName == owner).Select(p => p.GetAttribute(villageAttribute)).FirstOrDefault();
        string? Name(ParticipantId? who) => who is { } id ? people.TryGetValue(id, out var p) ? p.DisplayName : id.Value : null;

        var actions = block.Contributions.Where(c => c.Kind == ContributionKind.ActionItem).Select(c => new ActionPlanItem(CarriedId(c), c.Text, [c.Link])
        {
            Owner = c.Owner ?? Name(c.Author),
            Village = c.Owner is { } owner && c.Author is null ? VillageOfOwner(owner) : Village(c.Author),
            NextStep = c.NextStep,
            Due = c.Due,
        });
        var ideas = block.Contributions.Where(c => c.Kind == ContributionKind.Idea && c.Rank is { } rank && rank <= topIdeas && c.Points > 0)
            .OrderBy(c => c.Rank).Select(c => new ActionPlanItem(CarriedId(c), c.Text, [c.Link])
            {
                Owner = Name(c.Author),
                Village = Village(c.Author),
            });
        return [.. actions.Concat(ideas)];
    }

    private static IEnumerable<WorkshopContribution> Pick(BlockRecord record, IEnumerable<ContributionId>? chosen, Func<WorkshopContribution, bool> fits, string what)
    {
        if (chosen is null)
        {
            return record.Contributions.Where(fits);
        }

        var list = new List<WorkshopContribution>();
        foreach (var id in chosen.Distinct())
        {
            var found = record.Find(id);
            if (found is null || !fits(found))
            {
                throw new ArgumentException($"'{Identifier.Shorten(id.Value)}' is not a {what} of block '{Identifier.Shorten(record.Block)}'; carry only what the block produced.", nameof(chosen));
            }

            list.Add(found);
        }

        return list;
    }

    private static CarriedItem Carry(WorkshopContribution source, CarryKind kind, string text, ImmutableArray<SourceLink> sources, ParticipantId? convener = null) =>
        new(CarriedId(source), kind, text, sources) { Category = source.Category, SuggestedConvener = convener };

    private static ContributionId CarriedId(WorkshopContribution source)
    {
        var id = $"{source.Block}/{source.Id.Value}";
        return new(id.Length <= Limits.MaxIdLength ? id : id[..Limits.MaxIdLength]);
    }
}
