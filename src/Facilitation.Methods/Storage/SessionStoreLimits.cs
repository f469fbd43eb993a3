using System.Runtime.CompilerServices;

namespace Facilitation.Methods.Storage;

/// <summary>The size limits every <see cref="ISessionStore"/> enforces, so a stored session cannot grow without bound and a hostile id cannot fill a disk.</summary>
public static class SessionStoreLimits
{
    /// <summary>The longest session, workshop or owner id, in characters.</summary>
    /// <value>200.</value>
    public const int MaxIdLength = Limits.MaxIdLength;

    /// <summary>The longest method kind (for example <c>worldCafe</c>) or event type name, in characters.</summary>
    /// <value>200.</value>
    public const int MaxNameLength = 200;

    /// <summary>The largest design JSON of one session, in characters: the size of the largest saved session, so any design a session accepts fits.</summary>
    /// <value>33,554,432 (32 Mi characters).</value>
    public const int MaxDesignJsonLength = 32 * 1024 * 1024;

    /// <summary>The largest JSON payload of one event, in characters: the size of the largest saved session, so any event a session accepts fits.</summary>
    /// <value>33,554,432 (32 Mi characters).</value>
    public const int MaxEventJsonLength = 32 * 1024 * 1024;

    /// <summary>The most events one append may carry.</summary>
    /// <value>10,000.</value>
    public const int MaxEventsPerAppend = 10_000;

    /// <summary>The most events one session may hold; an append past it is refused.</summary>
    /// <value>1,000,000.</value>
    public const int MaxEventsPerSession = 1_000_000;

    /// <summary>Checks a session, workshop or owner id: not empty, at most <see cref="MaxIdLength"/> characters, no control characters.
    /// Every store calls it first, so every store refuses the same input with the same error.</summary>
    /// <param name="id">The id.</param>
    /// <param name="paramName">The argument's name, for the error; filled in by the compiler.</param>
    /// <exception cref="ArgumentException">The id is empty, too long or contains a control character.</exception>
    public static void CheckId(string? id, [CallerArgumentExpression(nameof(id))] string? paramName = null) =>
        StoreGuard.Id(id, paramName ?? "id", paramName ?? "id");

    /// <summary>Checks an append: a valid session id, a non-negative expected version, 1 to <see cref="MaxEventsPerAppend"/> events whose versions
    /// run on from the expected version one by one, and no more than <see cref="MaxEventsPerSession"/> events in all.
    /// Every store calls it first, so every store refuses the same input with the same error.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="expectedVersion">The version the writer expects the session to be at.</param>
    /// <param name="events">The events to append.</param>
    /// <exception cref="ArgumentException">An argument breaks one of the rules above; the message says which and where.</exception>
    /// <exception cref="SessionStoreException">The session would hold more than <see cref="MaxEventsPerSession"/> events.</exception>
    public static void CheckAppend(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events) =>
        StoreGuard.Append(sessionId, expectedVersion, events);
}
