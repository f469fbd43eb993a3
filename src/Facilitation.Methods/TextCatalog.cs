using System.Globalization;
using System.Resources;

namespace Facilitation.Methods;

/// <summary>Looks up the human-facing texts of one assembly's <c>Strings.resx</c> (English, the neutral language) and its satellites (for example <c>Strings.zh-CN.resx</c>).</summary>
/// <remarks>
/// A missing culture falls back to its parent and then to English, so a new language is a new resource file and nothing else.
/// Plurals: a text that counts has two keys, <c>Key.One</c> and <c>Key.Other</c>; the numbers that take the <c>One</c> form are
/// listed per language in the core resource <c>Plural.OneNumbers</c> ("1" in English, none in Chinese), so the plural rule is data too.
/// </remarks>
internal sealed class TextCatalog(ResourceManager resources)
{
    /// <summary>The core package's texts.</summary>
    public static readonly TextCatalog Core = new(new ResourceManager("Facilitation.Methods.Resources.Strings", typeof(TextCatalog).Assembly));

    /// <summary>Gets the culture to write in: the one given, else the current UI culture.</summary>
    /// <param name="culture">The culture asked for, or null.</param>
    /// <returns>The culture.</returns>
    public static CultureInfo Resolve(CultureInfo? culture) => culture ?? CultureInfo.CurrentUICulture;

    /// <summary>Gets one text.</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="key">The resource key.</param>
    /// <returns>The text.</returns>
    public string Get(CultureInfo culture, string key) =>
        resources.GetString(key, culture) ?? throw new InvalidOperationException($"The text '{key}' is missing from {resources.BaseName}.");

    /// <summary>Gets one text with its placeholders filled, numbers and dates formatted for the culture.</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="key">The resource key.</param>
    /// <param name="args">The values for the placeholders.</param>
    /// <returns>The text.</returns>
    public string Format(CultureInfo culture, string key, params object?[] args) => string.Format(culture, Get(culture, key), args);

    /// <summary>Gets a counting text in the right plural form: <c>{0}</c> is the count, later placeholders take <paramref name="args"/>.</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="key">The resource key without its <c>.One</c>/<c>.Other</c> suffix.</param>
    /// <param name="count">The count.</param>
    /// <param name="args">The values for placeholders 1, 2, ….</param>
    /// <returns>The text.</returns>
    public string Count(CultureInfo culture, string key, int count, params object?[] args) =>
        Format(culture, key + (IsOne(culture, count) ? ".One" : ".Other"), [count, .. args]);

    private static bool IsOne(CultureInfo culture, int count)
    {
        var ones = Core.Get(culture, "Plural.OneNumbers");
        var text = count.ToString(CultureInfo.InvariantCulture);
        return ones.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Contains(text, StringComparer.Ordinal);
    }
}
