namespace Facilitation.Methods.Sessions;

/// <summary>A timebox alarm: at <paramref name="At"/>, the engine proposes <paramref name="Event"/> as <see cref="Actor.System"/>.</summary>
/// <remarks>A value, and its event is a shared instance wherever it can be (the rules never change a proposed event): the engine asks for
/// the next alarm after every command, so an alarm must cost nothing to ask for.</remarks>
/// <param name="At">When the alarm rings.</param>
/// <param name="Event">The event proposed when it rings (a time warning or a time-up).</param>
/// <typeparam name="TEvent">The method's event type.</typeparam>
internal readonly record struct SessionAlarm<TEvent>(DateTimeOffset At, TEvent Event)
    where TEvent : SessionEvent;
