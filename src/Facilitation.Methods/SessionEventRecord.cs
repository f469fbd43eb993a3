namespace Facilitation.Methods;

/// <summary>One event of a session's log in the form a store keeps it: the version, the event's type name and its JSON, which a store treats as opaque text.</summary>
/// <remarks>Immutable. Get records from <see cref="IFacilitationSession.GetEventRecords"/>; give them back, in version order, to the method's
/// <c>Restore(designJson, records, options)</c>. Versions start at 1 and increase by one per event.</remarks>
/// <param name="version">The session version after this event.</param>
/// <param name="type">The event's type name in camelCase, for example <c>issuePosted</c>.</param>
/// <param name="json">The event as JSON: when, who, the command id, and the event's data.</param>
public sealed class SessionEventRecord(long version, string type, string json)
{
    /// <summary>Gets the session version after this event.</summary>
    public long Version { get; } = version;

    /// <summary>Gets the event's type name in camelCase, for example <c>issuePosted</c>.</summary>
    public string Type { get; } = type;

    /// <summary>Gets the event as JSON: when, who, the command id, and the event's data.</summary>
    public string Json { get; } = json;
}
