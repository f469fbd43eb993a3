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

    /// <summary>Returns text in Unicode normalization form C (composed), or the text itself when it cannot be normalised (it holds an unpaired surrogate, which the checks refuse).</summary>
    public static string Normalize(string value) =>
        FindBrokenSurrogate(value) >= 0 || value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);

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
            return $"A {kind} id is required, but none was given.";
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return $"A {kind} id must not be empty or only whitespace.";
        }

        if (value.Length > MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"A {kind} id must be at most {MaxLength} characters long, but '{Shorten(value)}' has {value.Length}.");
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]))
            {
                return string.Create(CultureInfo.InvariantCulture, $"A {kind} id must not contain control characters, but '{Shorten(value)}' contains U+{(int)value[i]:X4} at position {i + 1}.");
            }
        }

        return FindBrokenSurrogate(value) is var at and >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"A {kind} id must be valid Unicode text, but '{Shorten(value)}' has an unpaired surrogate U+{(int)value[at]:X4} at position {at + 1}.")
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
            return $"The {what} is required, but none was given.";
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return $"The {what} must not be empty or only whitespace.";
        }

        if (value.Length > maxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The {what} must be at most {maxLength} characters long, but has {value.Length}.");
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]) && value[i] is not ('\n' or '\r' or '\t'))
            {
                return string.Create(CultureInfo.InvariantCulture, $"The {what} must not contain control characters (found U+{(int)value[i]:X4} at position {i + 1}).");
            }
        }

        return FindBrokenSurrogate(value) is var at and >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"The {what} must be valid Unicode text (found an unpaired surrogate U+{(int)value[at]:X4} at position {at + 1}).")
            : null;
    }

    /// <summary>Shortens a value for an error message, so a hostile 10 MB string does not become a 10 MB message.</summary>
    public static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 37), "...");
}
