namespace Facilitation.Methods;

/// <summary>Optional settings a host app attaches to one command: an id that makes retries idempotent, and the session version it expects (optimistic concurrency).</summary>
/// <remarks>Immutable. Pass <c>null</c> (the default of every command) when you need neither.</remarks>
public sealed class CommandOptions
{
    /// <summary>Gets a client-chosen id for the command. A retry with the same id is acknowledged with the first result and applied only once.</summary>
    /// <value>The default value is null: every call is a new command.</value>
    public string? CommandId { get; init; }

    /// <summary>Gets the session version the sender last saw. When set and the session has moved on, the command is refused with <see cref="RejectionKind.Conflict"/>, so a host storing sessions in a database never overwrites a change it did not see.</summary>
    /// <value>The default value is null: no version check.</value>
    public long? ExpectedVersion { get; init; }

    /// <summary>Creates options carrying only a command id.</summary>
    /// <param name="commandId">The command id.</param>
    /// <returns>The options.</returns>
    public static CommandOptions WithId(string commandId) => new() { CommandId = commandId };
}
