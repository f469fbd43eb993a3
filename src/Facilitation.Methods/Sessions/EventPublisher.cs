using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Facilitation.Methods.Sessions;

/// <summary>
/// Delivers a session's events to subscribers outside the gate, one at a time, in version order. A handler that calls back into the
/// session queues its events behind the current ones instead of re-entering a transition. A throwing subscriber is reported to
/// <c>onSubscriberError</c>; a throwing <c>onSubscriberError</c> is swallowed: neither reaches the session, the command that raised the event,
/// a timer thread, or another subscriber.
/// </summary>
/// <remarks>An event accepted while the session has no subscriber is not queued at all (most sessions have none, and every command paid
/// for the queue): a subscriber added between a command's acceptance and its publication does not get that command's event, only later ones.</remarks>
internal sealed class EventPublisher<TEvent>(Action<Exception>? onSubscriberError)
    where TEvent : SessionEvent
{
    private readonly Lock _publishGate = new();
    private readonly ConcurrentQueue<TEvent> _outbox = new();
    private ImmutableArray<IObserver<TEvent>> _observers = [];
    private bool _publishing;

    /// <summary>Queues an accepted event for the subscribers there are now (none: nothing is queued); call under the session's gate so the queue is in version order.</summary>
    public void Enqueue(TEvent accepted)
    {
        if (!_observers.IsEmpty)
        {
            _outbox.Enqueue(accepted);
        }
    }

    /// <summary>Adds a subscriber; dispose the result to remove it.</summary>
    public IDisposable Subscribe(IObserver<TEvent> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        ImmutableInterlocked.Update(ref _observers, static (list, o) => list.Add(o), observer);
        return new Unsubscriber(this, observer);
    }

    /// <summary>Reports a failure to <c>onSubscriberError</c>, swallowing whatever that handler throws in turn.</summary>
    public void Report(Exception failure)
    {
        try
        {
            onSubscriberError?.Invoke(failure);
        }
#pragma warning disable CA1031 // The host's error handler must never fail a command, kill a timer thread or cost a subscriber its event.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Delivers every queued event; call after releasing the session's gate. Returns at once if nothing is queued or another thread is delivering.</summary>
    public void Publish()
    {
        // An empty queue needs no lock. The delivering thread looks at the queue again after it stops, so an event queued meanwhile (by a
        // thread that found it delivering) is never left behind.
        while (!_outbox.IsEmpty)
        {
            lock (_publishGate)
            {
                if (_publishing || _outbox.IsEmpty)
                {
                    return;
                }

                _publishing = true;
            }

            try
            {
                while (_outbox.TryDequeue(out var e))
                {
                    foreach (var observer in _observers)
                    {
                        try
                        {
                            observer.OnNext(e);
                        }
#pragma warning disable CA1031 // A subscriber's failure must never reach the session or the other subscribers.
                        catch (Exception ex)
#pragma warning restore CA1031
                        {
                            Report(ex);
                        }
                    }
                }
            }
            finally
            {
                lock (_publishGate)
                {
                    _publishing = false;
                }
            }
        }
    }

    private sealed class Unsubscriber(EventPublisher<TEvent> publisher, IObserver<TEvent> observer) : IDisposable
    {
        public void Dispose() => ImmutableInterlocked.Update(ref publisher._observers, static (list, o) => list.Remove(o), observer);
    }
}
