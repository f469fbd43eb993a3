namespace Facilitation.Methods.Storage;

/// <summary>
/// Keeps sessions as a design plus an append-only log of events, with optimistic concurrency: every append names the
/// version it expects, and an append whose expected version is stale is refused whole with a <see cref="SessionConflictException"/>.
/// </summary>
/// <remarks>
/// <para>Implementations are safe to call from many threads at once. Every operation is atomic: an append stores all its events
/// or none, and a load sees whole appends only.</para>
/// <para>Implementations: <see cref="InMemorySessionStore"/> here (tests, small hosts), and <c>SqliteSessionStore</c> in the
/// <c>Facilitation.Methods.Storage.Sqlite</c> package (one file on disk).</para>
/// </remarks>
public interface ISessionStore
{
    /// <summary>Creates a session with no events (version 0).</summary>
    /// <param name="session">The session's id, method, design and owners.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when the session was created; false when the store already holds a session with that id (which is left as it is), so a retried create is harmless.</returns>
    ValueTask<bool> CreateAsync(SessionRecord session, CancellationToken cancellationToken = default);

    /// <summary>Appends a session's new events, all or none.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="expectedVersion">The version the writer last saw (0 for a session with no events yet). The events must carry the versions right after it: <paramref name="expectedVersion"/> + 1, + 2, ….</param>
    /// <param name="events">The new events, oldest first: at least one and at most <see cref="SessionStoreLimits.MaxEventsPerAppend"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The session's new version: the version of the last event appended.</returns>
    /// <exception cref="ArgumentException">The events are empty, too many, or their versions do not follow <paramref name="expectedVersion"/> one by one.</exception>
    /// <exception cref="SessionConflictException">The session is not at <paramref name="expectedVersion"/>: another writer appended first. Nothing was stored; load, re-decide and retry.</exception>
    /// <exception cref="SessionNotFoundException">The store holds no such session.</exception>
    /// <exception cref="SessionStoreException">The session would hold more than <see cref="SessionStoreLimits.MaxEventsPerSession"/> events, or the store failed.</exception>
    ValueTask<long> AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Loads a session: its record, its version and its events after a given version.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="afterVersion">Only events with a greater version are returned; 0 (the default) returns the whole log. A host that already holds a session up to some version passes that version to read only what is new.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The session, or null when the store holds no session with that id.</returns>
    ValueTask<StoredSession?> LoadAsync(string sessionId, long afterVersion = 0, CancellationToken cancellationToken = default);

    /// <summary>Lists the sessions of one workshop, ordered by session id.</summary>
    /// <param name="workshopId">The workshop.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The sessions; empty when there are none.</returns>
    ValueTask<IReadOnlyList<SessionInfo>> ListByWorkshopAsync(string workshopId, CancellationToken cancellationToken = default);

    /// <summary>Lists the sessions of one owner, ordered by session id.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The sessions; empty when there are none.</returns>
    ValueTask<IReadOnlyList<SessionInfo>> ListByOwnerAsync(string owner, CancellationToken cancellationToken = default);

    /// <summary>Deletes a session and all its events.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when the session was deleted; false when the store held no such session.</returns>
    ValueTask<bool> DeleteAsync(string sessionId, CancellationToken cancellationToken = default);
}
