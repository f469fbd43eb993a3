using System.Globalization;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Workshops;

/// <summary>One category of resources a village can list (for example people 人).</summary>
/// <remarks>Immutable. Checked when a <see cref="ResourceCategories"/> set is built; a category is known by its <see cref="Key"/>.</remarks>
public sealed class ResourceCategory
{
    /// <summary>Initializes a new category.</summary>
    /// <param name="key">A short stable key used in data (for example <c>people</c>).</param>
    /// <param name="name">The name shown in English (for example "People").</param>
    /// <param name="localName">The name in the workshop's own language (for example 人), or null.</param>
    [JsonConstructor]
    public ResourceCategory(string key, string name, string? localName = null) => (Key, Name, LocalName) = (key, name, localName);

    /// <summary>Gets a short stable key used in data (for example <c>people</c>).</summary>
    public string Key { get; }

    /// <summary>Gets the name shown in English (for example "People").</summary>
    public string Name { get; }

    /// <summary>Gets the name in the workshop's own language (for example 人), or null.</summary>
    public string? LocalName { get; }

    /// <summary>Gets the label shown in books and on walls: the local name and the name (for example "人 People").</summary>
    public string Label => LocalName is null ? Name : $"{LocalName} {Name}";

    /// <summary>Gets the label for readers of a language: a category of the <see cref="ResourceCategories.FiveResources"/> preset reads as the
    /// library's words for it (人 in Chinese, "人 People" in English); any other category reads as its <see cref="Label"/>, as the facilitator wrote it.</summary>
    /// <param name="culture">The language; null: <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The label.</returns>
    public string LabelIn(CultureInfo? culture = null) =>
        ResourceCategories.FiveResources.Categories.Any(c => c.Key == Key && c.Name == Name && c.LocalName == LocalName) ? Labels.Text(TextCatalog.Resolve(culture), "FiveResources." + Key) : Label;

    /// <inheritdoc />
    public override string ToString() => Label;
}
