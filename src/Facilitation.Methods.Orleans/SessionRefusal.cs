using System.Collections.Immutable;

namespace Facilitation.Methods.Orleans;

/// <summary>Why a session grain refused a command: the same facts as a <see cref="CommandRejectedException"/> in process.</summary>
/// <param name="Kind">The kind of refusal (<see cref="RejectionKind.Conflict"/> for a stale expected version or a reused command id).</param>
/// <param name="Command">The refused command.</param>
/// <param name="Phase">The session's phase when it refused.</param>
/// <param name="Reason">The reason, one sentence for a facilitator.</param>
/// <param name="PermittedCommands">The commands allowed in that phase.</param>
[GenerateSerializer]
public sealed record SessionRefusal(RejectionKind Kind, string Command, string Phase, string Reason, ImmutableArray<string> PermittedCommands)
{
    /// <summary>Gets the refusal as the exception an in-process session throws.</summary>
    /// <returns>The exception.</returns>
    public CommandRejectedException ToException() => new(Phase, Command, Kind, Reason, PermittedCommands);

    internal static SessionRefusal From(CommandRejectedException e) => new(e.Kind, e.Command, e.Phase, e.Reason, e.PermittedCommands);
}
