using System.Globalization;

namespace Facilitation.Methods;

/// <summary>How a host runs one session: its id, its clock, its language, and where subscriber failures go. The same options serve every method's <c>Create</c> and <c>Restore</c>.</summary>
/// <remarks>Immutable. Pass <c>null</c> for all defaults.</remarks>
public sealed class SessionOptions
{
    /// <summary>Gets the session's id (any id text, see <see cref="Limits.MaxIdLength"/>). <c>Restore</c> ignores it: a restored session keeps its saved id (a version-1 document, which had none, takes this one, or a new one when null).</summary>
    /// <value>The default value is null: <c>Create</c> generates a new GUID (32 hex digits).</value>
    public string? Id { get; init; }

    /// <summary>Gets the clock every reading and every timer goes through.</summary>
    /// <value>The default value is null: <see cref="TimeProvider.System"/>.</value>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>Gets the handler told when a subscriber throws. It runs outside the session's gate; an exception it throws in turn is swallowed, so nothing a subscriber does can fail a command or stop a timer.</summary>
    /// <value>The default value is null: subscriber failures are ignored.</value>
    public Action<Exception>? OnSubscriberError { get; init; }

    /// <summary>Gets the language the session writes its refusals and design validation messages in (<c>zh-CN</c>, <c>en</c>, or any culture:
    /// one without texts of its own falls back to its parent and then to English).</summary>
    /// <value>The default value is null: each call writes in <see cref="CultureInfo.CurrentUICulture"/> as it is at the time of the call
    /// (a web app sets it per request). Nothing the session stores depends on it: events and saved documents are the same in every language.</value>
    public CultureInfo? Culture { get; init; }
}
