using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Facilitation.Methods.Workshops;

/// <summary>The village × category map of a <see cref="ResourceInventory"/>: what each village has in each category, and where nothing was listed.</summary>
/// <remarks>Immutable.</remarks>
internal sealed class ResourceMap
{
    private readonly ImmutableArray<ResourceEntry> _entries;

    internal ResourceMap(ResourceCategories categories, ImmutableArray<string> villages, ImmutableArray<ResourceEntry> entries)
    {
        Categories = categories;
        Villages = villages;
        _entries = entries;
    }

    /// <summary>Gets the categories (the map's columns).</summary>
    public ResourceCategories Categories { get; }

    /// <summary>Gets the villages (the map's rows), in the order they first listed a resource.</summary>
    public ImmutableArray<string> Villages { get; }

    /// <summary>Gets what one village listed in one category.</summary>
    /// <param name="village">The village.</param>
    /// <param name="category">The category's key, name or local name.</param>
    /// <returns>The entries, in the order listed; empty when there are none.</returns>
    /// <exception cref="ArgumentException">The category is unknown.</exception>
    public ImmutableArray<ResourceEntry> Cell(string village, string category)
    {
        var key = Categories.Get(category).Key;
        return [.. _entries.Where(e => e.Village == village && e.Category == key)];
    }

    /// <summary>Gets the cells where a village listed nothing: the gaps the Open Space can start from.</summary>
    /// <returns>(village, category) pairs, by village then category order.</returns>
    public ImmutableArray<(string Village, ResourceCategory Category)> Gaps() =>
        [.. Villages.SelectMany(v => Categories.Categories.Where(c => !_entries.Any(e => e.Village == v && e.Category == c.Key)).Select(c => (v, c)))];

    /// <summary>Writes the map as a Markdown table: one row per village, one column per category, cells with the resources separated by "; ".</summary>
    /// <param name="culture">The language of the headings and the summary line; null: <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown(CultureInfo? culture = null)
    {
        var ui = TextCatalog.Resolve(culture);
        var md = new StringBuilder();
        md.Append("| ").Append(TextCatalog.Core.Get(ui, "WorkshopBook.Village")).Append(" | ").AppendJoin(" | ", Categories.Categories.Select(c => Cell(c.LabelIn(ui)))).Append(" |\n");
        md.Append("|---|").Append(string.Concat(Enumerable.Repeat("---|", Categories.Categories.Length))).Append('\n');
        foreach (var village in Villages)
        {
            md.Append("| ").Append(Cell(village)).Append(" | ");
            md.AppendJoin(" | ", Categories.Categories.Select(c => Cell(string.Join("; ", _entries.Where(e => e.Village == village && e.Category == c.Key).Select(e => e.Text)))));
            md.Append(" |\n");
        }

        md.Append('\n').Append(TextCatalog.Core.Format(ui, "WorkshopBook.MapSummary", TextCatalog.Core.Count(ui, "WorkshopBook.Villages", Villages.Length), TextCatalog.Core.Count(ui, "WorkshopBook.Resources", _entries.Length), TextCatalog.Core.Count(ui, "WorkshopBook.EmptyCells", Gaps().Length))).Append('\n');
        return md.ToString();

        static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
    }
}
