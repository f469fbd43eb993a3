namespace Facilitation.Methods.WorldCafe;

/// <summary>The base of every event a <see cref="WorldCafeSession"/> raises; the derived type says what happened.</summary>
/// <remarks>Immutable. Events of one command share a <see cref="SessionEvent.Version"/>; an anonymous note's event carries <see cref="Actor.System"/>, never its writer.</remarks>
public abstract record WorldCafeEvent : SessionEvent;
