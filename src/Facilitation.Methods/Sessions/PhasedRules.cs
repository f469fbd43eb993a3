using System.Collections.Immutable;
using System.Text.Json;

namespace Facilitation.Methods.Sessions;

/// <summary>
/// The part of a method's rule book every method words alike: its phase machine (<see cref="PhaseBook{TState, TPhase, TCommand}"/>)
/// answers for the phase, the permitted commands, the refusals and the diagram, and its permission table (if any) for who may send what.
/// A method's rules derive from it and write only their own decisions (<see cref="Decide"/>, <see cref="Evolve"/>, the alarms).
/// </summary>
/// <typeparam name="TState">The method's state.</typeparam>
/// <typeparam name="TEvent">The method's event type.</typeparam>
/// <typeparam name="TPhase">The method's phases.</typeparam>
/// <typeparam name="TCommand">The method's commands.</typeparam>
internal abstract class PhasedRules<TState, TEvent, TPhase, TCommand> : ISessionRules<TState, TEvent>
    where TState : class
    where TEvent : SessionEvent
    where TPhase : struct, Enum
    where TCommand : struct, Enum
{
    private readonly PermissionTable<TCommand>? _permissions;
    private readonly Func<TEvent, TCommand> _command;

    /// <summary>Initializes the rules; the derived constructor sets <see cref="Phases"/>.</summary>
    /// <param name="permissions">Who may send each command, or null when the rules alone decide (any role, as far as the table goes).</param>
    /// <param name="command">The command that proposes an event.</param>
    protected PhasedRules(PermissionTable<TCommand>? permissions, Func<TEvent, TCommand> command)
    {
        _permissions = permissions;
        _command = command;
    }

    /// <inheritdoc />
    public abstract string Method { get; }

    /// <inheritdoc />
    public abstract JsonSerializerOptions Json { get; }

    /// <summary>Gets the phase machine, set once by the derived constructor (its configuration may read the design).</summary>
    protected PhaseBook<TState, TPhase, TCommand> Phases { get; init; } = null!;

    /// <inheritdoc />
    public string CommandOf(TEvent proposed) => EnumName<TCommand>.Of(_command(proposed));

    /// <inheritdoc />
    public string PhaseOf(TState state) => EnumName<TPhase>.Of(Phases.PhaseOf(state));

    /// <inheritdoc />
    public ImmutableArray<string> PermittedCommands(TState state) => Phases.Permitted(state);

    /// <summary>Gets the commands permitted in a state, typed.</summary>
    public ImmutableArray<TCommand> Permitted(TState state) => [.. Phases.Permitted(state).Select(Enum.Parse<TCommand>)];

    /// <inheritdoc />
    public virtual string? WhyRefused(TState state, string command) => Phases.WhyRefused(state, command);

    /// <inheritdoc />
    public bool MaySend(string command, ActorRole role) => _permissions is null || _permissions.Allows(command, role);

    /// <summary>Writes the permission table for the docs: each command's phases and senders.</summary>
    public string PermissionTable() =>
        (_permissions ?? throw new InvalidOperationException($"{GetType().Name} has no permission table.")).ToMarkdown(Phases.PhasesOf);

    /// <summary>Draws the phase machine.</summary>
    public string ToMermaid() => Phases.ToMermaid();

    /// <inheritdoc />
    public virtual bool IsAnonymous(TEvent accepted) => false;

    /// <inheritdoc />
    public virtual TEvent Payload(TEvent proposed) => proposed;

    /// <inheritdoc />
    public virtual int MaxDataLength(TEvent accepted) => -1;

    /// <inheritdoc />
    public abstract SessionAlarm<TEvent>? NextAlarm(TState state);

    /// <inheritdoc />
    public abstract TEvent Decide(TState state, Actor actor, TEvent proposed, DateTimeOffset now);

    /// <inheritdoc />
    public abstract TState Evolve(TState state, TEvent accepted);

    /// <summary>Tells whether an actor acts as the facilitator: the lead facilitator, or a co-facilitator the design names (the system
    /// actor is the timer, never the facilitator).</summary>
    protected static bool IsFacilitator(Actor actor, ImmutableArray<ParticipantId> coFacilitators) =>
        actor.Role == ActorRole.Facilitator
        || (actor.Role == ActorRole.CoFacilitator && !coFacilitators.IsDefault && coFacilitators.Contains(actor.Participant!.Value));

    /// <summary>Creates the refusal of a command in a state: the phase, the command, the reason and the commands permitted now.</summary>
    protected CommandRejectedException Reject(TState state, TCommand command, RejectionKind kind, string reason) => Phases.Reject(state, command, kind, reason);
}
