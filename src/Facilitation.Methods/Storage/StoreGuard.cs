namespace Facilitation.Methods.Storage;

/// <summary>The checks every stored value passes, with errors that name the value and the limit.</summary>
internal static class StoreGuard
{
    public static string Id(string? value, string what, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The {what} must not be empty.", paramName);
        }

        if (value.Length > SessionStoreLimits.MaxIdLength)
        {
            throw new ArgumentException($"The {what} is {value.Length} characters long; at most {SessionStoreLimits.MaxIdLength} are allowed.", paramName);
        }

        if (value.Any(char.IsControl))
        {
            throw new ArgumentException($"The {what} contains a control character; use printable characters only.", paramName);
        }

        return value;
    }

    public static string? OptionalId(string? value, string what, string paramName) => value is null ? null : Id(value, what, paramName);

    public static string Name(string? value, string what, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The {what} must not be empty.", paramName);
        }

        if (value.Length > SessionStoreLimits.MaxNameLength)
        {
            throw new ArgumentException($"The {what} is {value.Length} characters long; at most {SessionStoreLimits.MaxNameLength} are allowed.", paramName);
        }

        return value;
    }

    public static string Json(string? value, int max, string what, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The {what} must not be empty.", paramName);
        }

        if (value.Length > max)
        {
            throw new ArgumentException($"The {what} is {value.Length:N0} characters long; at most {max:N0} are allowed.", paramName);
        }

        return value;
    }

    /// <summary>Checks an append's arguments: a valid session id, a non-negative expected version, and 1 to <see cref="SessionStoreLimits.MaxEventsPerAppend"/> events numbered on from it.</summary>
    public static void Append(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events)
    {
        Id(sessionId, "session id", nameof(sessionId));
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0 || events.Count > SessionStoreLimits.MaxEventsPerAppend)
        {
            throw new ArgumentException($"An append carries 1 to {SessionStoreLimits.MaxEventsPerAppend:N0} events; this one carries {events.Count:N0}.", nameof(events));
        }

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i] ?? throw new ArgumentException($"Event {i} of the append is null.", nameof(events));
            if (e.Version != expectedVersion + 1 + i)
            {
                throw new ArgumentException($"Event {i} of the append to session '{sessionId}' has version {e.Version}, but appending after version {expectedVersion} it must be {expectedVersion + 1 + i}: events carry consecutive versions.", nameof(events));
            }
        }

        if (expectedVersion + events.Count > SessionStoreLimits.MaxEventsPerSession)
        {
            throw new SessionStoreException($"Session '{sessionId}' would hold {expectedVersion + events.Count:N0} events; a session holds at most {SessionStoreLimits.MaxEventsPerSession:N0}.");
        }
    }
}
