namespace Facilitation.Methods;

/// <summary>The base of every event a session raises: what happened is the derived type; when, by whom, and at which session version is here.</summary>
/// <remarks>Immutable. <see cref="Version"/> increases by one for every accepted command, so a host can store events with optimistic concurrency and detect gaps.</remarks>
public abstract record SessionEvent
{
    /// <summary>Gets the session version after the command that raised this event.</summary>
    public long Version { get; init; }

    /// <summary>Gets when it happened, read from the session's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>Gets who sent the command that raised this event.</summary>
    public Actor Actor { get; init; }

    /// <summary>Gets the client-chosen id of the command, if it carried one.</summary>
    public string? CommandId { get; init; }
}
