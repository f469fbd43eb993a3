using System.Globalization;
using System.Resources;

namespace Facilitation.Methods.Printing;

/// <summary>The language and formats one printable is written in, with the package's texts (<c>Resources/Strings.resx</c> and its satellites).</summary>
internal sealed class PrintContext
{
    private static readonly TextCatalog Texts = new(new ResourceManager("Facilitation.Methods.Printing.Resources.Strings", typeof(PrintContext).Assembly));

    public PrintContext(PrintOptions? options)
    {
        Options = options ?? new PrintOptions();
        Culture = TextCatalog.Resolve(Options.Culture);
    }

    public PrintOptions Options { get; }

    public CultureInfo Culture { get; }

    /// <summary>Gets the language tag for the document's <c>lang</c> attribute (it also makes browsers choose the right Chinese glyphs).</summary>
    public string Language => Culture.Name.Length == 0 ? "en" : Culture.Name;

    /// <summary>Gets a text.</summary>
    public string T(string key) => Texts.Get(Culture, key);

    /// <summary>Gets a text with its placeholders filled.</summary>
    public string F(string key, params object?[] args) => Texts.Format(Culture, key, args);

    /// <summary>Gets a counting text in the right plural form.</summary>
    public string N(string key, int count, params object?[] args) => Texts.Count(Culture, key, count, args);

    /// <summary>Gets a round's label: "Round 2", "第2轮".</summary>
    public string Round(Round round) => Harvesting.HarvestExport.RoundLabel(Culture, round);

    /// <summary>Gets a clock time in the culture's short form.</summary>
    public string Time(DateTimeOffset time) => time.ToString("t", Culture);

    /// <summary>Gets a date in the culture's long form.</summary>
    public string Date(DateOnly date) => date.ToString("D", Culture);

    /// <summary>Gets a length of time in whole minutes: "20 min", "20 分钟".</summary>
    public string Minutes(TimeSpan length) => N("Minutes", (int)Math.Round(length.TotalMinutes));
}
