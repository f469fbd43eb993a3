using System.Collections.Immutable;
using System.Text.Json;

namespace Facilitation.Methods.Sessions;

/// <summary>
/// One method's rule book, as a decider: the engine owns everything impure around it (gate, versions, ids, timers, limits, the document).
/// </summary>
/// <remarks>
/// A command is proposed as the event it would raise, with the fields only the session can know left for <see cref="Decide"/> to fill.
/// <see cref="Decide"/> checks it against the state and returns the event to record, or throws <see cref="CommandRejectedException"/>;
/// it never changes the state. <see cref="Evolve"/> applies an accepted event and must not fail for an event <see cref="Decide"/> returned.
/// Restore replays every saved event through <see cref="Decide"/> (which must return it unchanged) and then <see cref="Evolve"/>:
/// no rule is written twice, and a document that breaks a rule is refused when it is read, never later.
/// </remarks>
/// <typeparam name="TState">The method's state: owned by the engine, read and changed only under its gate.</typeparam>
/// <typeparam name="TEvent">The method's event type.</typeparam>
internal interface ISessionRules<TState, TEvent>
    where TEvent : SessionEvent
{
    /// <summary>Gets the method's name in documents, for example <c>openSpace</c>.</summary>
    string Method { get; }

    /// <summary>Gets the JSON options whose resolver knows the event types (a source-generated context); the polymorphic type names are the event type names.</summary>
    JsonSerializerOptions Json { get; }

    /// <summary>Gets the name of the command that proposes an event, as the phase machine and <see cref="CommandRejectedException.Command"/> call it.</summary>
    string CommandOf(TEvent proposed);

    /// <summary>Gets the name of the current phase.</summary>
    string PhaseOf(TState state);

    /// <summary>Gets the names of the commands the phase machine accepts in this state.</summary>
    ImmutableArray<string> PermittedCommands(TState state);

    /// <summary>Tells why a command is refused in this state before its payload is known, or null when it is permitted.</summary>
    string? WhyRefused(TState state, string command);

    /// <summary>Checks a proposed event against the state and returns the event to record (completed), or throws <see cref="CommandRejectedException"/>.</summary>
    TEvent Decide(TState state, Actor actor, TEvent proposed, DateTimeOffset now);

    /// <summary>Applies an accepted event; may change <paramref name="state"/> in place and return it.</summary>
    TState Evolve(TState state, TEvent accepted);

    /// <summary>Tells whether an accepted event is an anonymous contribution: it is recorded as sent by <see cref="Actor.Anonymous"/>, and its command id only as a hash.</summary>
    bool IsAnonymous(TEvent accepted);

    /// <summary>Gets the part of a proposed event that identifies the command for retries (its fingerprint). The default is the whole event;
    /// a method that puts slow work made outside the gate into the proposed event (a seating plan) strips it, so a retry that
    /// planned again is still the same command.</summary>
    TEvent Payload(TEvent proposed) => proposed;

    /// <summary>Tells whether the method's permission table lets a role send a command. The engine refuses a command the rules accepted
    /// from a role the table leaves out, so the table (and the docs written from it) is never more generous than the rules. The default: any role.</summary>
    bool MaySend(string command, ActorRole role) => true;

    /// <summary>Gets an upper bound on the bytes of an accepted event's data JSON (<see cref="RecordSize"/>), or -1 when the rules give none.
    /// With a bound, the engine writes the event's record only when it is read (<c>Save</c>, the event records) and counts the bound against
    /// the size cap until then (exactly, by writing the records, near the cap); without one, it writes the record when the event is accepted.
    /// The default: none. Worth giving for the events a session raises by the thousand (notes, ideas).</summary>
    int MaxDataLength(TEvent accepted) => -1;

    /// <summary>Gets the next timebox alarm (a time warning or a time-up) the state calls for, or null when no timebox runs.</summary>
    SessionAlarm<TEvent>? NextAlarm(TState state);
}
