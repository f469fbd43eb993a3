// Shared by the samples: their console output in English or Simplified Chinese, whichever the UI culture asks for
// (--culture zh-CN|en, else the environment, e.g. LANG=zh_CN.UTF-8). The library's own texts come from its resources;
// a sample keeps its few sentences next to the code that prints them.
using System.Globalization;

/// <summary>Picks a sample's sentence in the current UI culture's language: Chinese for any <c>zh</c> culture, else English.</summary>
internal static class SampleText
{
    /// <summary>Gets a value indicating whether the output is in Chinese.</summary>
    public static bool Chinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    /// <summary>Writes the sentence in the output's language; numbers keep the invariant format so runs compare across machines.</summary>
    /// <param name="english">The English sentence.</param>
    /// <param name="chinese">The Chinese sentence.</param>
    /// <returns>The sentence.</returns>
    public static string T(FormattableString english, FormattableString chinese) => (Chinese ? chinese : english).ToString(CultureInfo.InvariantCulture);
}
