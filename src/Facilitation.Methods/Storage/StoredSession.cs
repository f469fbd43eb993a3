namespace Facilitation.Methods.Storage;

/// <summary>A session loaded from a store: its record, its current version and the events asked for.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="record">The session as it was created: id, method, workshop, owner and design JSON.</param>
/// <param name="version">The version of the session's last stored event; 0 when none is stored yet.</param>
/// <param name="events">The stored events after the version the caller asked from, oldest first, with consecutive versions.</param>
public sealed class StoredSession(SessionRecord record, long version, IReadOnlyList<StoredEvent> events)
{
    /// <summary>Gets the session as it was created: id, method, workshop, owner and design JSON.</summary>
    public SessionRecord Record { get; } = record;

    /// <summary>Gets the version of the session's last stored event; 0 when none is stored yet.</summary>
    public long Version { get; } = version;

    /// <summary>Gets the stored events after the version the caller asked from, oldest first, with consecutive versions.</summary>
    public IReadOnlyList<StoredEvent> Events { get; } = events;
}
