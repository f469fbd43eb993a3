namespace Facilitation.Methods.Storage;

/// <summary>A session store in this process's memory: for tests, samples and small hosts that do not need sessions to outlive the process.</summary>
/// <remarks>Thread-safe: one lock serialises every operation, each of which only copies references. Everything is lost when the store is collected.</remarks>
public sealed class InMemorySessionStore : ISessionStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> sessions = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<bool> CreateAsync(SessionRecord session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return ValueTask.FromResult(sessions.TryAdd(session.SessionId, new Entry(session)));
        }
    }

    /// <inheritdoc />
    public ValueTask<long> AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default)
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
    public ValueTask<StoredSession?> LoadAsync(string sessionId, long afterVersion = 0, CancellationToken cancellationToken = default)
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
    public ValueTask<IReadOnlyList<SessionInfo>> ListByWorkshopAsync(string workshopId, CancellationToken cancellationToken = default)
    {
        SessionStoreLimits.CheckId(workshopId);
        return List(e => e.Record.WorkshopId == workshopId, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<SessionInfo>> ListByOwnerAsync(string owner, CancellationToken cancellationToken = default)
    {
        SessionStoreLimits.CheckId(owner);
        return List(e => e.Record.Owner == owner, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteAsync(string sessionId, CancellationToken cancellationToken = default)
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
