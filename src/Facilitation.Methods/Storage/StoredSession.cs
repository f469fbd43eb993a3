namespace Facilitation.Methods.Storage;

/// <summary>A session loaded from a store: its record, its current version and the events asked for.</summary>
public sealed class StoredSession
{
    /// <summary>Initializes a new instance of the <see cref="StoredSession"/> class.</summary>
    /// <param name="Record">The session as it was created: id, method, workshop, owner and design JSON.</param>
    /// <param name="Version">The version of the session's last stored event; 0 when none is stored yet.</param>
    /// <param name="Events">The stored events after the version the caller asked from, oldest first, with consecutive versions.</param>
    public StoredSession(SessionRecord Record, long Version, IReadOnlyList<StoredEvent> Events)
    {
        this.Record = Record;
        this.Version = Version;
        this.Events = Events;
    }

    /// <summary>The session as it was created: id, method, workshop, owner and design JSON.</summary>
    public SessionRecord Record { get; }

    /// <summary>The version of the session's last stored event; 0 when none is stored yet.</summary>
    public long Version { get; }

    /// <summary>The stored events after the version the caller asked from, oldest first, with consecutive versions.</summary>
    public IReadOnlyList<StoredEvent> Events { get; }
}
