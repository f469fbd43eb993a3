using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Facilitation.Methods.Workshops;

namespace Facilitation.Methods.Storage;

/// <summary>
/// Keeps one running session's log in a store: after each command, <see cref="SaveAsync"/> appends the events the store does not
/// have yet, with the version the store last acknowledged, so a second host writing the same session is refused with a
/// <see cref="SessionConflictException"/> instead of overwriting.
/// </summary>
/// <remarks>
/// <para>Typical use: <c>var recorder = await SessionRecorder.StartAsync(store, cafe);</c> when a session is created or restored, then
/// <c>cafe.StartRound(actor); await recorder.SaveAsync();</c> — answer the client once <see cref="SaveAsync"/> returned, and the
/// command is durable. Restore with <see cref="RestoreAsync{TSession}"/>.</para>
/// <para>It uses only the session's public contract (<see cref="IFacilitationSession.DesignJson"/>,
/// <see cref="IFacilitationSession.GetEventRecords"/>), so it works for every method. A <see cref="WorkshopSession"/>'s method block
/// sessions are kept too, each under its own id (<c>{workshop}.{block}</c>) and listed under the workshop's id; restore the workshop with
/// <see cref="WorkshopSession.RestoreAsync"/>. Thread-safe: saves take turns.</para>
/// </remarks>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The SemaphoreSlim never creates its wait handle (only WaitAsync is used), so it holds nothing to release.")]
public sealed class SessionRecorder
{
    private readonly ISessionStore store;
    private readonly TimeProvider clock;
    private readonly SemaphoreSlim turn = new(1, 1);

    // A workshop's method block sessions, by session id: the version the store holds of each.
    private readonly Dictionary<string, long> blocks = new(StringComparer.Ordinal);
    private readonly string? owner;
    private long storedVersion;

    private SessionRecorder(ISessionStore store, IFacilitationSession session, long storedVersion, TimeProvider clock, string? owner)
    {
        this.store = store;
        this.clock = clock;
        this.owner = owner;
        Session = session;
        this.storedVersion = storedVersion;
    }

    /// <summary>Gets the session whose log this recorder keeps.</summary>
    public IFacilitationSession Session { get; }

    /// <summary>Gets the version of the session the store holds: every event up to it is stored.</summary>
    public long StoredVersion => Interlocked.Read(ref storedVersion);

    /// <summary>Starts keeping a session in a store: creates its record (method and design) when the store does not have it yet, and stores its events so far.</summary>
    /// <param name="store">The store.</param>
    /// <param name="session">A new session, or one restored from this store.</param>
    /// <param name="workshopId">The workshop the session belongs to, for <see cref="ISessionStore.ListByWorkshopAsync"/>; null for none.</param>
    /// <param name="owner">The session's owner, for <see cref="ISessionStore.ListByOwnerAsync"/>; null for none.</param>
    /// <param name="timeProvider">The clock that stamps stored events; null for <see cref="TimeProvider.System"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The recorder, with every event of the session stored.</returns>
    /// <exception cref="SessionConflictException">The store holds more of this session than the session itself: the session is stale (restore it again).</exception>
    public static async ValueTask<SessionRecorder> StartAsync(ISessionStore store, IFacilitationSession session, string? workshopId = null, string? owner = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(session);
        var designJson = session.DesignJson;
        long stored = 0;
        if (!await store.CreateAsync(new SessionRecord(session.Id, MethodOf(designJson), designJson, workshopId, owner), cancellationToken).ConfigureAwait(false))
        {
            var existing = await store.LoadAsync(session.Id, long.MaxValue, cancellationToken).ConfigureAwait(false);
            stored = existing?.Version ?? 0;
            if (stored > session.Version)
            {
                throw new SessionConflictException(session.Id, session.Version, stored);
            }
        }

        var recorder = new SessionRecorder(store, session, stored, timeProvider ?? TimeProvider.System, owner);
        await recorder.SaveAsync(cancellationToken).ConfigureAwait(false);
        return recorder;
    }

    /// <summary>Restores a session from a store: its design and every stored event, replayed by the method's own restore.</summary>
    /// <typeparam name="TSession">The method's session type.</typeparam>
    /// <param name="store">The store.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="restore">The method's restore, for example <c>(design, records) =&gt; WorldCafeSession.Restore(design, records, options)</c>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The restored session, or null when the store holds no such session.</returns>
    /// <exception cref="SessionDocumentException">The stored design or events do not make a valid session of that method.</exception>
    public static async ValueTask<TSession?> RestoreAsync<TSession>(ISessionStore store, string sessionId, Func<string, IReadOnlyList<SessionEventRecord>, TSession> restore, CancellationToken cancellationToken = default)
        where TSession : class, IFacilitationSession
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(restore);
        var stored = await store.LoadAsync(sessionId, 0, cancellationToken).ConfigureAwait(false);
        return stored is null ? null : restore(stored.Record.DesignJson, [.. stored.Events.Select(e => new SessionEventRecord(e.Version, e.Type, e.Json))]);
    }

    /// <summary>Appends the session's events that the store does not have yet. Call it after each command; when it returns, the command is stored.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored version (the session's version when no command ran meanwhile).</returns>
    /// <exception cref="SessionConflictException">Another writer stored events of this session since this recorder last did: this session is stale. Nothing was stored; restore the session from the store and re-send the command.</exception>
    public async ValueTask<long> SaveAsync(CancellationToken cancellationToken = default)
    {
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = clock.GetUtcNow();
            var records = Session.GetEventRecords(storedVersion);
            if (Session is WorkshopSession workshop)
            {
                // One moment for the workshop and its blocks; the blocks' events go first, so a stored workshop event never names a forward
                // its block's stored log lacks (a host stopped between the two appends finds the block's log ahead: RestoreAsync says so).
                var (own, sessions) = workshop.ForStore(storedVersion, id => blocks.GetValueOrDefault(id));
                records = own;
                foreach (var (session, log) in sessions)
                {
                    await SaveBlockAsync(workshop, session, log, now, cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var chunk in records.Chunk(SessionStoreLimits.MaxEventsPerAppend))
            {
                StoredEvent[] events = [.. chunk.Select(r => new StoredEvent(r.Version, r.Type, r.Json, now))];
                Interlocked.Exchange(ref storedVersion, await store.AppendAsync(Session.Id, storedVersion, events, cancellationToken).ConfigureAwait(false));
            }

            return storedVersion;
        }
        finally
        {
            turn.Release();
        }
    }

    // Keeps one of a workshop's method block sessions under its own id, listed by the workshop's id: created the first time it is seen (or found
    // already stored, after a restore), then its new events appended with the version the store last acknowledged.
    private async ValueTask SaveBlockAsync(WorkshopSession workshop, IFacilitationSession session, IReadOnlyList<SessionEventRecord> log, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!blocks.TryGetValue(session.Id, out var stored))
        {
            if (!await store.CreateAsync(new SessionRecord(session.Id, MethodOf(session.DesignJson), session.DesignJson, workshop.Id, owner), cancellationToken).ConfigureAwait(false))
            {
                stored = (await store.LoadAsync(session.Id, long.MaxValue, cancellationToken).ConfigureAwait(false))?.Version ?? 0;
                if (stored > session.Version)
                {
                    throw new SessionConflictException(session.Id, session.Version, stored);
                }
            }

            blocks[session.Id] = stored;
        }

        foreach (var chunk in log.Where(r => r.Version > stored).Chunk(SessionStoreLimits.MaxEventsPerAppend))
        {
            StoredEvent[] events = [.. chunk.Select(r => new StoredEvent(r.Version, r.Type, r.Json, now))];
            blocks[session.Id] = stored = await store.AppendAsync(session.Id, stored, events, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string MethodOf(string designJson)
    {
        using var document = JsonDocument.Parse(designJson);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("method", out var method) && method.ValueKind == JsonValueKind.String
            ? method.GetString()!
            : throw new SessionStoreException("The session's design JSON names no method; it cannot be stored.");
    }
}
