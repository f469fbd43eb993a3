namespace Facilitation.Methods.Storage;

/// <summary>One event of a session's log as a store keeps it. The store does not read the payload: it keeps the version, type name, JSON and time exactly as given.</summary>
/// <remarks>Immutable; every value is checked when the record is made.</remarks>
public sealed class StoredEvent
{
    /// <summary>Initializes a new instance of the <see cref="StoredEvent"/> class.</summary>
    /// <param name="version">The session version this event makes: the first event of a session is version 1, and each next event adds one.</param>
    /// <param name="type">The event's type name, as the session names it.</param>
    /// <param name="json">The event's payload as JSON.</param>
    /// <param name="time">When the event happened, read from the session's clock.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="type"/> or <paramref name="json"/> is empty or too long (see <see cref="SessionStoreLimits"/>).</exception>
    public StoredEvent(long version, string type, string json, DateTimeOffset time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1L);
        Version = version;
        Type = StoreGuard.Name(type, "event type", nameof(type));
        Json = StoreGuard.Json(json, SessionStoreLimits.MaxEventJsonLength, "event JSON", nameof(json));
        Time = time;
    }

    /// <summary>Gets the session version this event makes (1 for the first event).</summary>
    public long Version { get; }

    /// <summary>Gets the event's type name.</summary>
    public string Type { get; }

    /// <summary>Gets the event's payload as JSON.</summary>
    public string Json { get; }

    /// <summary>Gets when the event happened.</summary>
    public DateTimeOffset Time { get; }
}
