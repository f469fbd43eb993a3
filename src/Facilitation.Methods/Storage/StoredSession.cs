namespace Facilitation.Methods.Storage;

/// <summary>A session loaded from a store: its record, its current version and the events asked for.</summary>
/// <param name="Record">The session as it was created: id, method, workshop, owner and design JSON.</param>
/// <param name="Version">The version of the session's last stored event; 0 when none is stored yet.</param>
/// <param name="Events">The stored events after the version the caller asked from, oldest first, with consecutive versions.</param>
public sealed record StoredSession(SessionRecord Record, long Version, IReadOnlyList<StoredEvent> Events);
