using System.Collections.Immutable;

namespace Facilitation.Methods;

/// <summary>
/// The small mechanism every session shares: one gate that serialises commands, the version counter, the event log,
/// idempotent command ids, and publication to subscribers in version order after the gate is released.
/// </summary>
/// <remarks>
/// A command's <c>apply</c> function must validate everything before it changes anything and throw
/// <see cref="CommandRejectedException"/> to refuse; then the session is unchanged and no version is used.
/// Subscribers run outside the gate, one at a time, in version order; a handler that calls back into the session
/// queues its events behind the current ones instead of re-entering a transition. A throwing handler is reported to
/// <c>onSubscriberError</c> and never affects the session or the other handlers.
/// </remarks>
/// <typeparam name="TEvent">The session's event type.</typeparam>
internal sealed class SessionKernel<TEvent>
    where TEvent : SessionEvent
{
    /// <summary>How many command ids are remembered for idempotent retries.</summary>
    public const int RememberedCommandIds = 4_096;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, object?> _results = new(StringComparer.Ordinal);
    private readonly Queue<string> _commandIdOrder = new();
    private readonly List<TEvent> _log = [];
    private readonly Sessions.EventPublisher<TEvent> _publisher;

    public SessionKernel(TimeProvider clock, Action<Exception>? onSubscriberError = null, long version = 0)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Clock = clock;
        _publisher = new Sessions.EventPublisher<TEvent>(onSubscriberError);
        Version = version;
    }

    /// <summary>Gets the clock every reading goes through.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Gets the version: the number of accepted commands that changed the session.</summary>
    public long Version { get; private set; }

    /// <summary>Gets the gate, for sessions that need to read several fields consistently.</summary>
    public Lock Gate => _gate;

    /// <summary>Gets a copy of the event log.</summary>
    public ImmutableArray<TEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _log];
            }
        }
    }

    /// <summary>Gets the command ids remembered for idempotent retries, oldest first.</summary>
    public ImmutableArray<string> RememberedIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _commandIdOrder];
            }
        }
    }

    /// <summary>Runs a command under the gate. <paramref name="apply"/> gets the current time and a list to add the events it raises to (unstamped), and returns the command's result.</summary>
    /// <returns>The command's result; for a retried command id, the first call's result without applying again.</returns>
    public TResult Execute<TResult>(string? commandId, Actor actor, Func<DateTimeOffset, List<TEvent>, TResult> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        if (commandId is not null)
        {
            Identifier.Check(commandId, nameof(commandId), "command");
        }

        TResult result;
        lock (_gate)
        {
            if (commandId is not null && _results.TryGetValue(commandId, out var earlier))
            {
                // A retry: acknowledge it with the first call's result, never apply it again. After a restore the
                // result is not known (null); a session that returns a value type must recover it itself.
                return earlier switch
                {
                    TResult same => same,
                    null when default(TResult) is null => default!,
                    _ => throw new FacilitationException($"The command id '{Identifier.Shorten(commandId)}' was already used for a different command, or for one applied before the session was restored; it was not applied again. Use a new id for a new command."),
                };
            }

            var now = Clock.GetUtcNow();
            var raised = new List<TEvent>();
            result = apply(now, raised);
            if (raised.Count > 0)
            {
                Version++;
                foreach (var e in raised)
                {
                    var stamped = (TEvent)(e with { Version = Version, OccurredAt = now, Actor = actor, CommandId = commandId });
                    _log.Add(stamped);
                    _publisher.Enqueue(stamped);
                }
            }

            if (commandId is not null)
            {
                Remember(commandId, result);
            }
        }

        _publisher.Publish();
        return result;
    }

    /// <summary>Restores the remembered command ids and the log after loading a saved session.</summary>
    public void Restore(long version, IEnumerable<string> commandIds, IEnumerable<TEvent> log)
    {
        lock (_gate)
        {
            Version = version;
            _log.Clear();
            _log.AddRange(log);
            _results.Clear();
            _commandIdOrder.Clear();
            foreach (var id in commandIds)
            {
                Remember(id, null);
            }
        }
    }

    /// <summary>Adds a subscriber; dispose the result to remove it.</summary>
    public IDisposable Subscribe(IObserver<TEvent> observer) => _publisher.Subscribe(observer);

    private void Remember(string commandId, object? result)
    {
        if (_results.TryAdd(commandId, result))
        {
            _commandIdOrder.Enqueue(commandId);
            if (_commandIdOrder.Count > RememberedCommandIds)
            {
                _results.Remove(_commandIdOrder.Dequeue());
            }
        }
    }
}
