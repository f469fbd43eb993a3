using System.Globalization;
using Facilitation.Methods;

namespace Facilitation.Samples.Web;

/// <summary>The two headers that make a command safe to retry and safe against a stale screen.</summary>
internal static class Preconditions
{
    /// <summary>The longest Idempotency-Key accepted (the library scopes it to the caller).</summary>
    public const int MaxKeyLength = 100;

    /// <summary>
    /// Reads <c>If-Match</c> strictly. Absent or <c>*</c>: no version check. Exactly one strong entity tag holding a
    /// version (<c>"42"</c>): that version is expected. Anything else — weak (<c>W/"42"</c>), a list, unquoted, not a
    /// number, negative or too large for a version — is an error, never silently ignored.
    /// </summary>
    /// <returns>The expected version, or null for none; <paramref name="problem"/> says what is wrong when the header is malformed.</returns>
    public static long? ExpectedVersion(HttpContext http, out string? problem)
    {
        problem = null;
        var values = http.Request.Headers.IfMatch;
        if (values.Count == 0)
        {
            return null;
        }

        var header = values.Count == 1 ? values[0]!.Trim() : null;
        if (header == "*")
        {
            return null;
        }

        if (header is null || header.Contains(',', StringComparison.Ordinal))
        {
            problem = "If-Match must hold one entity tag (the ETag you read), not a list.";
            return null;
        }

        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            problem = "If-Match must hold a strong entity tag such as \"42\"; a weak one (W/) cannot protect a write.";
            return null;
        }

        if (header.Length < 3 || header[0] != '"' || header[^1] != '"'
            || !long.TryParse(header.AsSpan(1, header.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            problem = $"If-Match must be the quoted version from the ETag you read, such as \"42\"; '{Shorten(header)}' is not one.";
            return null;
        }

        return version;
    }

    /// <summary>Reads <c>Idempotency-Key</c>: a retry with the same key is applied once.</summary>
    public static string? Key(HttpContext http, out string? problem)
    {
        problem = null;
        var values = http.Request.Headers["Idempotency-Key"];
        if (values.Count == 0)
        {
            return null;
        }

        var key = values.Count == 1 ? values[0]!.Trim() : string.Empty;
        if (key.Length is 0 or > MaxKeyLength)
        {
            problem = $"Idempotency-Key must be one value of 1 to {MaxKeyLength} characters.";
            return null;
        }

        return key;
    }

    public static CommandOptions? Options(string? key, long? expected) =>
        key is null && expected is null ? null : new CommandOptions { CommandId = key, ExpectedVersion = expected };

    public static string ETag(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
