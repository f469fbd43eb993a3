namespace Facilitation.Methods;

/// <summary>Subscribing to any session's events with a plain delegate.</summary>
public static class ObservableSessionExtensions
{
    /// <summary>Calls <paramref name="handler"/> for every event the session raises from now on, in version order, after the session's lock is released.</summary>
    /// <typeparam name="TEvent">The session's event type.</typeparam>
    /// <param name="session">The session (any <see cref="IObservable{T}"/>).</param>
    /// <param name="handler">The handler; an exception it throws never affects the session.</param>
    /// <returns>A subscription; dispose it to stop.</returns>
    public static IDisposable OnEvent<TEvent>(this IObservable<TEvent> session, Action<TEvent> handler)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(handler);
        return session.Subscribe(new ActionObserver<TEvent>(handler));
    }
}
