namespace Facilitation.Methods.Storage;

/// <summary>A session store in this process's memory: for tests, samples and small hosts that do not need sessions to outlive the process.</summary>
/// <remarks>Thread-safe: one lock serialises every operation, each of which only copies references. Everything is lost when the store is collected.
/// Its members are those of <see cref="ISessionStore"/>: hold it as one.</remarks>
public sealed class InMemorySessionStore : ISessionStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> sessions = new(StringComparer.Ordinal);

    /// <inheritdoc />
    ValueTask<bool> ISessionStore.CreateAsync(SessionRecord session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return ValueTask.FromResult(sessions.TryAdd(session.SessionId, new Entry(session)));
        }
    }

    /// <inheritdoc />
    ValueTask<long> ISessionStore.AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken)
    {
        SessionStoreLimits.CheckAppend(sessionId, expectedVersion, events);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (!sessions.TryGetValue(sessionId, out var entry))
            {
                throw new SessionNotFoundException(sessionId);
            }

            if (entry.Events.Count != expectedVersion)
            {
                throw new SessionConflictException(sessionId, expectedVersion, entry.Events.Count);
            }

            entry.Events.AddRange(events);
            return ValueTask.FromResult((long)entry.Events.Count);
        }
    }

    /// <inheritdoc />
    ValueTask<StoredSession?> ISessionStore.LoadAsync(string sessionId, long afterVersion, CancellationToken cancellationToken)
    {
        SessionStoreLimits.CheckId(sessionId);
        ArgumentOutOfRangeException.ThrowIfNegative(afterVersion);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (!sessions.TryGetValue(sessionId, out var entry))
            {
                return ValueTask.FromResult<StoredSession?>(null);
            }

            var from = (int)Math.Min(afterVersion, entry.Events.Count);
            StoredEvent[] events = [.. entry.Events.Skip(from)];
            return ValueTask.FromResult<StoredSession?>(new StoredSession(entry.Record, entry.Events.Count, events));
        }
    }

    /// <inheritdoc />
    ValueTask<IReadOnlyList<SessionInfo>> ISessionStore.ListByWorkshopAsync(string workshopId, CancellationToken cancellationToken)
    {
        SessionStoreLimits.CheckId(workshopId);
        return List(e => e.Record.WorkshopId == workshopId, cancellationToken);
    }

    /// <inheritdoc />
    ValueTask<IReadOnlyList<SessionInfo>> ISessionStore.ListByOwnerAsync(string owner, CancellationToken cancellationToken)
    {
        SessionStoreLimits.CheckId(owner);
        return List(e => e.Record.Owner == owner, cancellationToken);
    }

    /// <inheritdoc />
    ValueTask<bool> ISessionStore.DeleteAsync(string sessionId, CancellationToken cancellationToken)
    {
        SessionStoreLimits.CheckId(sessionId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return ValueTask.FromResult(sessions.Remove(sessionId));
        }
    }

    private ValueTask<IReadOnlyList<SessionInfo>> List(Func<Entry, bool> match, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            IReadOnlyList<SessionInfo> found =
            [
                .. sessions.Values.Where(match)
                    .OrderBy(e => e.Record.SessionId, StringComparer.Ordinal)
                    .Select(e => new SessionInfo(e.Record.SessionId, e.Record.Method, e.Record.WorkshopId, e.Record.Owner, e.Events.Count)),
            ];
            return ValueTask.FromResult(found);
        }
    }

    private sealed class Entry(SessionRecord record)
    {
        public SessionRecord Record { get; } = record;

        public List<StoredEvent> Events { get; } = [];
    }
}
