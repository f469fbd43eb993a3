using System.Globalization;
using System.Resources;

namespace Facilitation.Methods;

/// <summary>Looks up the human-facing texts of one assembly's <c>Strings.resx</c> (English, the neutral language) and its satellites (for example <c>Strings.zh-Hans.resx</c>).</summary>
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

    /// <summary>Writes in a culture until the scope ends: sets the current UI culture (which FluentValidation's own messages and
    /// <see cref="Say"/> read) for the synchronous work of one call, and restores it. With null nothing changes: the caller's UI culture applies.</summary>
    /// <remarks>The UI culture flows with the thread and its async context only, so another thread or request never sees it. Nothing
    /// written in this culture may enter an event or a saved document: refusals and validation messages are thrown, never stored.</remarks>
    /// <param name="culture">The culture to write in, or null.</param>
    /// <returns>The scope; dispose it to restore the caller's UI culture.</returns>
    public static CultureScope Use(CultureInfo? culture) => new(culture);

    /// <summary>Gets one core text in the current UI culture (see <see cref="Use"/>), placeholders filled.</summary>
    /// <param name="key">The resource key.</param>
    /// <param name="args">The values for the placeholders.</param>
    /// <returns>The text.</returns>
    public static string Say(string key, params object?[] args) => Core.Format(CultureInfo.CurrentUICulture, key, args);

    /// <summary>Gets a core counting text in the current UI culture, in the right plural form (see <see cref="Count"/>).</summary>
    /// <param name="key">The resource key without its <c>.One</c>/<c>.Other</c> suffix.</param>
    /// <param name="count">The count.</param>
    /// <param name="args">The values for placeholders 1, 2, ….</param>
    /// <returns>The text.</returns>
    public static string SayCount(string key, int count, params object?[] args) => Core.Count(CultureInfo.CurrentUICulture, key, count, args);

    /// <summary>Gets one text, or null when the key is not in the catalogue.</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="key">The resource key.</param>
    /// <returns>The text, or null.</returns>
    public string? Find(CultureInfo culture, string key) => resources.GetString(key, culture);

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
    /// <remarks>An actor, a round or an Open Space agenda cell among the values is written in the culture too ("participant 'p1'" / "参与者“p1”").</remarks>
    public string Format(CultureInfo culture, string key, params object?[] args) =>
        string.Format(culture, Get(culture, key), [.. (args ?? []).Select(a => Describe(culture, a))]);

    // The library's own values that read as words: their ToString is English (and stays so for logs and diagrams).
    private static object? Describe(CultureInfo culture, object? value) => value switch
    {
        Actor actor => actor.Role switch
        {
            ActorRole.Participant => Core.Format(culture, "Actor.Participant", actor.Participant!.Value.Value),
            ActorRole.CoFacilitator => Core.Format(culture, "Actor.CoFacilitator", actor.Participant!.Value.Value),
            _ => Core.Get(culture, "Actor." + actor.Role),
        },
        Round round => Core.Format(culture, "Round.Label", round.Number),
        OpenSpace.AgendaCell cell => Core.Format(culture, "AgendaCell", cell.Slot, cell.Space),
        _ => value,
    };

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

/// <summary>The scope of <see cref="TextCatalog.Use"/>: restores the caller's UI culture when disposed.</summary>
internal readonly struct CultureScope : IDisposable
{
    private readonly CultureInfo? _previous;

    /// <summary>Initializes a new instance of the <see cref="CultureScope"/> struct and switches to the culture, when one is given.</summary>
    /// <param name="culture">The culture to write in, or null.</param>
    public CultureScope(CultureInfo? culture)
    {
        if (culture is not null && !Equals(culture, CultureInfo.CurrentUICulture))
        {
            _previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>Restores the caller's UI culture.</summary>
    public void Dispose()
    {
        if (_previous is not null)
        {
            CultureInfo.CurrentUICulture = _previous;
        }
    }
}
