namespace Facilitation.Methods;

/// <summary>A session whose events have the method's own type; subscribe with <see cref="IObservable{T}.Subscribe"/> or <c>OnEvent</c>.</summary>
/// <typeparam name="TEvent">The method's event type.</typeparam>
public interface IFacilitationSession<out TEvent> : IFacilitationSession, IObservable<TEvent>
    where TEvent : SessionEvent
{
}
