using System.Collections.Immutable;

namespace Facilitation.Methods;

/// <summary>
/// What every method's session has in common (World Café, Open Space, brainstorm): a host that learns one learns all three.
/// The facilitator-named commands (<c>StartRound</c>, <c>PostIssue</c>, <c>CastDots</c>) live on the method's own session type.
/// </summary>
/// <remarks>
/// <para>Every command has the shape <c>Command(Actor actor, payload…, CommandOptions? options = null)</c>: the actor first, the
/// <see cref="CommandOptions"/> (command id and expected version) last. A command is applied atomically and recorded as exactly one
/// event, or refused with <see cref="CommandRejectedException"/> and the session unchanged.</para>
/// <para>Sessions are created with the method's static <c>Create(design, options)</c> and restored with its static
/// <c>Restore(document, options)</c> or <c>Restore(designJson, records, options)</c>. See <c>docs/sessions.md</c>.</para>
/// <para>Thread-safe. Events reach subscribers after the session's gate is released, in version order, with no gaps.</para>
/// </remarks>
public interface IFacilitationSession : IDisposable
{
    /// <summary>Gets the session's id, chosen by the host in <see cref="SessionOptions.Id"/> or generated at creation; kept by save and restore.</summary>
    string Id { get; }

    /// <summary>Gets the version: the number of events in the session's log (every accepted command adds one).</summary>
    long Version { get; }

    /// <summary>Gets the current phase's name (the method's session also has it typed).</summary>
    string Phase { get; }

    /// <summary>Gets the names of the commands the phase machine accepts now, in declaration order. A permitted command may still be refused for its payload or its actor.</summary>
    ImmutableArray<string> PermittedCommands { get; }

    /// <summary>Gets the JSON that opens the session's record: format, format version, method, session id and design. A store keeps it once per session, next to the records of <see cref="GetEventRecords"/>.</summary>
    string DesignJson { get; }

    /// <summary>Tells why a command would be refused now, before its payload is known: the phase, or the condition that does not hold.</summary>
    /// <param name="command">The command's name, as in <see cref="PermittedCommands"/>.</param>
    /// <returns>Null when the command is permitted now; otherwise the reason, in a sentence.</returns>
    string? WhyRefused(string command);

    /// <summary>Calls a handler for every event raised from now on, in version order, after the session's gate is released.</summary>
    /// <param name="handler">The handler; an exception it throws goes to <see cref="SessionOptions.OnSubscriberError"/> and never affects the session or other subscribers.</param>
    /// <returns>A subscription; dispose it to stop.</returns>
    IDisposable OnEvent(Action<SessionEvent> handler);

    /// <summary>Gets the log as records a store can keep: one per event, with its version, type name and opaque JSON.</summary>
    /// <param name="afterVersion">Only events with a higher version are returned; 0 for all.</param>
    /// <returns>The records, in version order.</returns>
    ImmutableArray<SessionEventRecord> GetEventRecords(long afterVersion = 0);

    /// <summary>Saves the session, at any moment, as one JSON document: the design and the event log.</summary>
    /// <returns>The document: compact JSON, camelCase, any script written as itself; at most <see cref="Limits.MaxDocumentLength"/> bytes of UTF-8.</returns>
    string Save();

    /// <summary>Draws the method's phase machine as a Mermaid state diagram, with guard descriptions.</summary>
    /// <returns>The Mermaid text (LF line endings).</returns>
    string ToMermaid();
}
