using System.Globalization;

namespace Facilitation.Methods.Workshops;

/// <summary>One category of resources a village can list (for example people 人).</summary>
/// <param name="Key">A short stable key used in data (for example <c>people</c>).</param>
/// <param name="Name">The name shown in English (for example "People").</param>
/// <param name="LocalName">The name in the workshop's own language (for example 人), or null.</param>
/// <remarks>Immutable. Checked when a <see cref="ResourceCategories"/> set is built.</remarks>
public sealed record ResourceCategory(string Key, string Name, string? LocalName = null)
{
    /// <summary>Gets the label shown in books and on walls: the local name and the name (for example "人 People").</summary>
    public string Label => LocalName is null ? Name : $"{LocalName} {Name}";

    /// <summary>Gets the label for readers of a language: a category of the <see cref="ResourceCategories.FiveResources"/> preset reads as the
    /// library's words for it (人 in Chinese, "人 People" in English); any other category reads as its <see cref="Label"/>, as the facilitator wrote it.</summary>
    /// <param name="culture">The language; null: <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The label.</returns>
    public string LabelIn(CultureInfo? culture = null) =>
        ResourceCategories.FiveResources.Categories.Contains(this) ? Labels.Text(TextCatalog.Resolve(culture), "FiveResources." + Key) : Label;

    /// <inheritdoc />
    public override string ToString() => Label;
}
