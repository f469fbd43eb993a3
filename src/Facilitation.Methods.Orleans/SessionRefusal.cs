using System.Collections.Immutable;

namespace Facilitation.Methods.Orleans;

/// <summary>Why a session grain refused a command: the same facts as a <see cref="CommandRejectedException"/> in process.</summary>
[GenerateSerializer]
public sealed class SessionRefusal
{
    /// <summary>Initialises a refusal.</summary>
    /// <param name="kind">The kind of refusal.</param>
    /// <param name="command">The refused command.</param>
    /// <param name="phase">The session's phase when it refused.</param>
    /// <param name="reason">The reason, one sentence for a facilitator.</param>
    /// <param name="permittedCommands">The commands allowed in that phase.</param>
    public SessionRefusal(RejectionKind kind, string command, string phase, string reason, ImmutableArray<string> permittedCommands)
    {
        Kind = kind;
        Command = command;
        Phase = phase;
        Reason = reason;
        PermittedCommands = permittedCommands;
    }

    /// <summary>Gets the kind of refusal (<see cref="RejectionKind.Conflict"/> for a stale expected version or a reused command id).</summary>
    [Id(0)]
    public RejectionKind Kind { get; init; }

    /// <summary>Gets the refused command.</summary>
    [Id(1)]
    public string Command { get; init; }

    /// <summary>Gets the session's phase when it refused.</summary>
    [Id(2)]
    public string Phase { get; init; }

    /// <summary>Gets the reason, one sentence for a facilitator.</summary>
    [Id(3)]
    public string Reason { get; init; }

    /// <summary>Gets the commands allowed in that phase.</summary>
    [Id(4)]
    public ImmutableArray<string> PermittedCommands { get; init; }

    /// <summary>Gets the refusal as the exception an in-process session throws.</summary>
    /// <returns>The exception.</returns>
    public CommandRejectedException ToException() => new(Phase, Command, Kind, Reason, PermittedCommands);

    internal static SessionRefusal From(CommandRejectedException e) => new(e.Kind, e.Command, e.Phase, e.Reason, e.PermittedCommands);
}
