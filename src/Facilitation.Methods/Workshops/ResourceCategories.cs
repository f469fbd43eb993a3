using System.Collections.Immutable;
using System.Globalization;

namespace Facilitation.Methods.Workshops;

/// <summary>The resource categories of a workshop, defined once and used by the inventory, the Open Space's issues and brainstorms: the <see cref="FiveResources"/> preset (人/文/地/产/景) or a custom set.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ResourceCategories
{
    /// <summary>Initializes a custom set of categories.</summary>
    /// <param name="categories">The categories in the order they are shown; keys, names and local names must be unique (ignoring case).</param>
    /// <exception cref="ArgumentException">The set is empty, too large, holds a null or invalid entry, or repeats a key or name.</exception>
    public ResourceCategories(IEnumerable<ResourceCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var list = categories.ToImmutableArray();
        if (list.Length == 0 || list.Length > WorkshopDefaults.MaxCategories)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A set of resource categories needs between 1 and {WorkshopDefaults.MaxCategories} categories, but {list.Length} were given."), nameof(categories));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var category in list)
        {
            if (category is null)
            {
                throw new ArgumentException("The resource categories hold an empty (null) entry; remove it.", nameof(categories));
            }

            Identifier.Check(category.Key, nameof(categories), "resource category");
            Identifier.CheckText(category.Name, nameof(categories), "resource category name", Limits.MaxNameLength);
            if (category.LocalName is not null)
            {
                Identifier.CheckText(category.LocalName, nameof(categories), "resource category local name", Limits.MaxNameLength);
            }

            foreach (var word in new[] { category.Key, category.Name, category.LocalName }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!seen.Add(word))
                {
                    throw new ArgumentException($"The resource category word '{Identifier.Shorten(word)}' is used twice; every key, name and local name must be unique.", nameof(categories));
                }
            }
        }

        Categories = list;
    }

    /// <summary>Gets the five resources of rural community work: people 人, culture 文, land 地, industry 产, scenery 景.</summary>
    public static ResourceCategories FiveResources { get; } = new(
    [
        new("people", "People", "人"),
        new("culture", "Culture", "文"),
        new("land", "Land", "地"),
        new("industry", "Industry", "产"),
        new("scenery", "Scenery", "景"),
    ]);

    /// <summary>Gets the categories in the order they are shown.</summary>
    public ImmutableArray<ResourceCategory> Categories { get; }

    /// <summary>Finds a category by its key, name or local name (ignoring case).</summary>
    /// <param name="word">The key, name or local name (for example <c>people</c>, "People" or 人).</param>
    /// <returns>The category, or null when none matches.</returns>
    public ResourceCategory? Find(string? word) =>
        word is null ? null : Categories.FirstOrDefault(c => Matches(c.Key, word) || Matches(c.Name, word) || Matches(c.LocalName, word));

    /// <summary>Finds a category by its key, name or local name, or throws naming the categories that exist.</summary>
    /// <param name="word">The key, name or local name.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentException">No category matches.</exception>
    public ResourceCategory Get(string word) =>
        Find(word) ?? throw new ArgumentException($"There is no resource category '{Identifier.Shorten(word ?? string.Empty)}'; use one of: {string.Join(", ", Categories.Select(c => c.Key))}.", nameof(word));

    /// <summary>Gets the keys, in order: use them as a brainstorm's categories (<see cref="Brainstorm.BrainstormDesign.Categories"/>) so ideas land in the same categories as the inventory; for the five resources they equal <see cref="Brainstorm.BrainstormCategories.FiveResources"/>.</summary>
    public ImmutableArray<string> Keys => [.. Categories.Select(c => c.Key)];

    /// <inheritdoc />
    public override string ToString() => string.Join(" / ", Categories.Select(c => c.Label));

    private static bool Matches(string? candidate, string word) => string.Equals(candidate, word, StringComparison.OrdinalIgnoreCase);
}
