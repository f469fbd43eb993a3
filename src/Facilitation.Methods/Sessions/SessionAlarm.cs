namespace Facilitation.Methods.Sessions;

/// <summary>A timebox alarm: at <paramref name="At"/>, the engine proposes <paramref name="Event"/> as <see cref="Actor.System"/>.</summary>
/// <param name="At">When the alarm rings.</param>
/// <param name="Event">The event proposed when it rings (a time warning or a time-up).</param>
/// <typeparam name="TEvent">The method's event type.</typeparam>
internal sealed record SessionAlarm<TEvent>(DateTimeOffset At, TEvent Event)
    where TEvent : SessionEvent;
