using System.Text.Json.Serialization;

namespace Facilitation.Methods;

/// <summary>The base of every event a session raises: what happened is the derived type; when, by whom, and at which session version is here.</summary>
/// <remarks>Immutable to hosts: the session sets the metadata, a host cannot. <see cref="Version"/> increases by one for every accepted command, so a host can store events with optimistic concurrency and detect gaps.</remarks>
public abstract class SessionEvent
{
    /// <summary>Only this library derives events.</summary>
    private protected SessionEvent()
    {
    }

    /// <summary>Gets the session version after the command that raised this event.</summary>
    [JsonInclude]
    public long Version { get; internal set; }

    /// <summary>Gets when it happened, read from the session's <see cref="TimeProvider"/>.</summary>
    [JsonInclude]
    public DateTimeOffset OccurredAt { get; internal set; }

    /// <summary>Gets who sent the command that raised this event; <see cref="Actor.Anonymous"/> on an anonymous contribution.</summary>
    [JsonInclude]
    public Actor Actor { get; internal set; }

    /// <summary>Gets the client-chosen id of the command, if it carried one.</summary>
    [JsonInclude]
    public string? CommandId { get; internal set; }

    /// <summary>A shallow copy, for the library's rules to fill in or stamp a proposed event without changing the one they were given.</summary>
    internal SessionEvent Copy() => (SessionEvent)MemberwiseClone();
}

/// <summary>Copies of events with some properties changed: what a <c>with</c> expression does for a record.</summary>
internal static class SessionEventCopies
{
    /// <summary>Copies an event and changes the copy.</summary>
    public static TEvent With<TEvent>(this TEvent e, Action<TEvent> change)
        where TEvent : SessionEvent
    {
        var copy = (TEvent)e.Copy();
        change(copy);
        return copy;
    }

    /// <summary>Copies an event and changes the copy with a value, so a hot path can pass a static lambda (no closure to allocate).</summary>
    public static TEvent With<TEvent, TValue>(this TEvent e, TValue value, Action<TEvent, TValue> change)
        where TEvent : SessionEvent
    {
        var copy = (TEvent)e.Copy();
        change(copy, value);
        return copy;
    }
}
