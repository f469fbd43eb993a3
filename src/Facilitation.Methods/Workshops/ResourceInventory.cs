using System.Collections.Immutable;
using System.Globalization;

namespace Facilitation.Methods.Workshops;

/// <summary>The resource inventory step: each village lists its resources per category (<see cref="WorkshopSession.ListResource"/>); read it from <see cref="WorkshopSession.Inventory"/>.</summary>
/// <remarks>
/// Immutable. Limits keep what participants send bounded: at most 2,000 villages and 100 resources per village and category.
/// Entry ids are <c>{idPrefix}-1</c>, <c>{idPrefix}-2</c> … in the order they were listed, so the same listing gives the same ids.
/// </remarks>
public sealed class ResourceInventory
{
    private ResourceInventory(ResourceCategories categories, string idPrefix, ImmutableArray<ResourceEntry> entries)
    {
        Categories = categories;
        IdPrefix = idPrefix;
        Entries = entries;
    }

    /// <summary>Gets the most villages an inventory holds.</summary>
    internal static int MaxVillages => WorkshopDefaults.MaxVillages;

    /// <summary>Gets the most resources one village lists in one category.</summary>
    internal static int MaxResourcesPerCell => WorkshopDefaults.MaxResourcesPerCell;

    /// <summary>Gets the categories resources are listed under.</summary>
    public ResourceCategories Categories { get; }

    /// <summary>Gets the prefix of entry ids.</summary>
    internal string IdPrefix { get; }

    /// <summary>Gets every entry, in the order listed.</summary>
    public ImmutableArray<ResourceEntry> Entries { get; }

    /// <summary>Gets the villages, in the order they first listed a resource.</summary>
    public ImmutableArray<string> Villages => [.. Entries.Select(e => e.Village).Distinct(StringComparer.Ordinal)];

    /// <summary>Starts an empty inventory.</summary>
    /// <param name="categories">The categories; usually <see cref="ResourceCategories.FiveResources"/>.</param>
    /// <param name="idPrefix">The prefix of entry ids (for example the inventory block's id).</param>
    /// <returns>An empty inventory.</returns>
    internal static ResourceInventory Start(ResourceCategories categories, string idPrefix = "resource")
    {
        ArgumentNullException.ThrowIfNull(categories);
        return new(categories, Identifier.Check(idPrefix, nameof(idPrefix), "inventory id prefix"), []);
    }

    /// <summary>Lists one resource for a village.</summary>
    /// <param name="village">The village (for example 连民村).</param>
    /// <param name="category">The category's key, name or local name (for example <c>scenery</c> or 景).</param>
    /// <param name="text">What the resource is.</param>
    /// <param name="listedBy">Who listed it.</param>
    /// <returns>A new inventory with the entry added; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The village or text is invalid, the category is unknown, or a limit is reached.</exception>
    internal ResourceInventory List(string village, string category, string text, ParticipantId? listedBy = null)
    {
        Identifier.CheckText(village, nameof(village), "village", Limits.MaxNameLength);
        var found = Categories.Get(category);
        Identifier.CheckText(text, nameof(text), "resource", Limits.MaxTextLength);
        var villages = Villages;
        if (!villages.Contains(village, StringComparer.Ordinal) && villages.Length >= MaxVillages)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The inventory already holds {MaxVillages} villages; '{Identifier.Shorten(village)}' cannot be added."), nameof(village));
        }

        if (Entries.Count(e => e.Village == village && e.Category == found.Key) >= MaxResourcesPerCell)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"'{Identifier.Shorten(village)}' already lists {MaxResourcesPerCell} resources under {found.Label}; merge some before adding more."), nameof(text));
        }

        var id = new ContributionId(string.Create(CultureInfo.InvariantCulture, $"{IdPrefix}-{Entries.Length + 1}"));
        return new(Categories, IdPrefix, Entries.Add(new ResourceEntry(id, village, found.Key, text, listedBy)));
    }

    /// <summary>Gets what one village listed in one category: a cell of the village × category map.</summary>
    /// <param name="village">The village.</param>
    /// <param name="category">The category's key, name or local name.</param>
    /// <returns>The entries, in the order listed; empty when there are none.</returns>
    /// <exception cref="ArgumentException">The category is unknown.</exception>
    public ImmutableArray<ResourceEntry> Cell(string village, string category) => ToMap().Cell(village, category);

    /// <summary>Gets the cells of the village × category map where a village listed nothing: the gaps the Open Space can start from.</summary>
    /// <returns>(village, category) pairs, by village then category order.</returns>
    public ImmutableArray<(string Village, ResourceCategory Category)> Gaps() => ToMap().Gaps();

    /// <summary>Writes the village × category map as a Markdown table: one row per village, one column per category, cells with the resources separated by "; ".</summary>
    /// <param name="culture">The language of the headings and the summary line; null: <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown(CultureInfo? culture = null) => ToMap().ToMarkdown(culture);

    /// <summary>Builds the village × category map.</summary>
    /// <returns>The map.</returns>
    internal ResourceMap ToMap() => new(Categories, Villages, Entries);
}
