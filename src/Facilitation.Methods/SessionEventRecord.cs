namespace Facilitation.Methods;

/// <summary>One event of a session's log in the form a store keeps it: the version, the event's type name and its JSON, which a store treats as opaque text.</summary>
/// <remarks>Immutable. Get records from <see cref="IFacilitationSession.GetEventRecords"/>; give them back, in version order, to the method's
/// <c>Restore(designJson, records, options)</c>. Versions start at 1 and increase by one per event.</remarks>
/// <param name="Version">The session version after this event.</param>
/// <param name="Type">The event's type name in camelCase, for example <c>issuePosted</c>.</param>
/// <param name="Json">The event as JSON: when, who, the command id, and the event's data.</param>
public sealed record SessionEventRecord(long Version, string Type, string Json);
