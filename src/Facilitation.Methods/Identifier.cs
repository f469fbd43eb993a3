using System.Globalization;

namespace Facilitation.Methods;

/// <summary>The rules every identifier and every free text in the library obeys, in one place.</summary>
internal static class Identifier
{
    /// <summary>The longest id accepted, in UTF-16 code units.</summary>
    public const int MaxLength = 200;

    /// <summary>Checks an id: not null, not blank, at most <see cref="MaxLength"/> characters, no control characters.</summary>
    public static string Check(string? value, string paramName, string kind)
    {
        var problem = FindProblem(value, kind);
        if (problem is not null)
        {
            throw value is null ? new ArgumentNullException(paramName, problem) : new ArgumentException(problem, paramName);
        }

        return value!;
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

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"A {kind} id must not contain control characters, but '{Shorten(value)}' contains U+{(int)c:X4}.");
            }
        }

        return null;
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

        foreach (var c in value)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return string.Create(CultureInfo.InvariantCulture, $"The {what} must not contain control characters (found U+{(int)c:X4}).");
            }
        }

        return null;
    }

    /// <summary>Shortens a value for an error message, so a hostile 10 MB string does not become a 10 MB message.</summary>
    public static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 37), "...");
}
