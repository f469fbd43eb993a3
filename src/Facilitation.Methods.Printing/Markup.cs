using System.Text;

namespace Facilitation.Methods.Printing;

/// <summary>Escapes text for HTML and SVG (the same rules serve both, in element content and in quoted attributes).</summary>
internal static class Markup
{
    /// <summary>Escapes <c>&amp; &lt; &gt; " '</c>, drops control characters (XML forbids them in SVG) and bidirectional embedding, override and isolate characters (so a name cannot reorder the text printed around it).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var s = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': s.Append("&amp;"); break;
                case '<': s.Append("&lt;"); break;
                case '>': s.Append("&gt;"); break;
                case '"': s.Append("&quot;"); break;
                case '\'': s.Append("&#39;"); break;
                case '\n': s.Append('\n'); break;
                case '\t': s.Append(' '); break;
                case >= '\u202A' and <= '\u202E':
                case >= '\u2066' and <= '\u2069':
                case < ' ':
                case >= '\u007F' and <= '\u009F':
                case '\uFFFE' or '\uFFFF':
                    break;
                default: s.Append(c); break;
            }
        }

        return s.ToString();
    }

    /// <summary>Shortens text to about <paramref name="width"/> pixels at <paramref name="fontSize"/> (a wide glyph such as a Chinese character counts one em, others about half), ending in "…" when cut.</summary>
    /// <param name="text">The text.</param>
    /// <param name="width">The room, in pixels.</param>
    /// <param name="fontSize">The font size, in pixels.</param>
    /// <returns>The text, shortened when needed.</returns>
    public static string Fit(string text, double width, double fontSize)
    {
        var used = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            used += Width(text[i]) * fontSize;
            if (used > width)
            {
                var cut = Math.Max(0, i - 1);
                if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
                {
                    cut--;
                }

                return text[..cut] + "…";
            }
        }

        return text;
    }

    /// <summary>Estimates a glyph's advance in ems: East Asian wide characters one em, the rest six-tenths (generous, so estimates err on the short side).</summary>
    private static double Width(char c) => c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6')) ? 1.0 : 0.6;
}
