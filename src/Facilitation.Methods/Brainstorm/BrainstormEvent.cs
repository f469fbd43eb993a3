namespace Facilitation.Methods.Brainstorm;

/// <summary>The base of every event a brainstorm session raises; one event per accepted command, stamped with the session version.</summary>
/// <remarks>Events about anonymous ideas name <see cref="Actor.System"/> as their actor, never the writer.</remarks>
public abstract record BrainstormEvent : SessionEvent;
