using System.Globalization;
using System.Text;

namespace Facilitation.Methods;

/// <summary>The rules every identifier and every free text in the library obeys, in one place.</summary>
internal static class Identifier
{
    /// <summary>The longest id accepted, in UTF-16 code units.</summary>
    public const int MaxLength = 200;

    /// <summary>Checks an id: not null, not blank, at most <see cref="MaxLength"/> characters, no control characters, no unpaired surrogates. Returns it in Unicode normalization form C, so look-alike spellings of one id are one id.</summary>
    public static string Check(string? value, string paramName, string kind)
    {
        var problem = FindProblem(value, kind);
        if (problem is not null)
        {
            throw value is null ? new ArgumentNullException(paramName, problem) : new ArgumentException(problem, paramName);
        }

        return Normalize(value!);
    }

    /// <summary>Returns text in Unicode normalization form C (composed), or the text itself when it is in that form already (printable ASCII always is) or cannot be normalised (it holds an unpaired surrogate, which the checks refuse).</summary>
    public static string Normalize(string value) =>
        IsPrintableAscii(value) || FindBrokenSurrogate(value) >= 0 || value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);

    /// <summary>Tells whether every character is printable ASCII (U+0020 to U+007E): no control character, no surrogate, nothing to normalise.
    /// Nearly every id and text is, and one vectorised scan settles it.</summary>
    public static bool IsPrintableAscii(ReadOnlySpan<char> value) => !value.ContainsAnyExceptInRange(' ', '~');

    /// <summary>Returns the index of the first unpaired surrogate in a text, or -1 when every surrogate is paired.</summary>
    public static int FindBrokenSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns why <paramref name="value"/> is not a valid id of the given kind, or null when it is.</summary>
    public static string? FindProblem(string? value, string kind)
    {
        if (value is null)
        {
            return TextCatalog.Say("Id.Required", Noun(kind));
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return TextCatalog.Say("Id.Blank", Noun(kind));
        }

        if (value.Length > MaxLength)
        {
            return TextCatalog.Say("Id.TooLong", Noun(kind), MaxLength, Shorten(value), value.Length);
        }

        if (IsPrintableAscii(value))
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]))
            {
                return TextCatalog.Say("Id.Control", Noun(kind), Shorten(value), ((int)value[i]).ToString("X4", CultureInfo.InvariantCulture), i + 1);
            }
        }

        return FindBrokenSurrogate(value) is var at and >= 0
            ? TextCatalog.Say("Id.Surrogate", Noun(kind), Shorten(value), ((int)value[at]).ToString("X4", CultureInfo.InvariantCulture), at + 1)
            : null;
    }

    /// <summary>Checks free text (a note, a question, a name): not blank, within a length limit; line breaks and tabs are allowed, other control characters are not.</summary>
    public static string CheckText(string? value, string paramName, string what, int maxLength)
    {
        var problem = FindTextProblem(value, what, maxLength);
        if (problem is not null)
        {
            throw value is null ? new ArgumentNullException(paramName, problem) : new ArgumentException(problem, paramName);
        }

        return value!;
    }

    /// <summary>Returns why <paramref name="value"/> is not acceptable free text, or null when it is.</summary>
    public static string? FindTextProblem(string? value, string what, int maxLength)
    {
        if (value is null)
        {
            return TextCatalog.Say("Text.Required", Noun(what));
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return TextCatalog.Say("Text.Blank", Noun(what));
        }

        if (value.Length > maxLength)
        {
            return TextCatalog.Say("Text.TooLong", Noun(what), maxLength, value.Length);
        }

        if (IsPrintableAscii(value))
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]) && value[i] is not ('\n' or '\r' or '\t'))
            {
                return TextCatalog.Say("Text.Control", Noun(what), ((int)value[i]).ToString("X4", CultureInfo.InvariantCulture), i + 1);
            }
        }

        return FindBrokenSurrogate(value) is var at and >= 0
            ? TextCatalog.Say("Text.Surrogate", Noun(what), ((int)value[at]).ToString("X4", CultureInfo.InvariantCulture), at + 1)
            : null;
    }

    /// <summary>Names a kind of id or text in the current UI culture (<c>Noun.&lt;kind&gt;</c>), or keeps the English name when the catalogue has none.</summary>
    internal static string Noun(string kind) => TextCatalog.Core.Find(CultureInfo.CurrentUICulture, "Noun." + kind) ?? kind;

    /// <summary>Shortens a value for an error message, so a hostile 10 MB string does not become a 10 MB message.</summary>
    public static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 37), "...");
}
