using Stateless;
using Stateless.Graph;

namespace Facilitation.Methods;

/// <summary>Helpers every session uses around its private Stateless machine.</summary>
internal static class PhaseMachine
{
    /// <summary>Throws <see cref="CommandRejectedException"/> (kind <see cref="RejectionKind.WrongPhase"/>) unless the trigger can fire now.</summary>
    public static void EnsurePermitted<TPhase, TCommand>(StateMachine<TPhase, TCommand> machine, TCommand command)
        where TPhase : struct, Enum
        where TCommand : struct, Enum
    {
        if (!machine.CanFire(command))
        {
            throw Reject(machine, command, RejectionKind.WrongPhase, TextCatalog.Say("Refusal.WrongPhase", command, machine.State));
        }
    }

    /// <summary>Creates the exception for a refused command, naming the phase and the commands allowed now.</summary>
    public static CommandRejectedException Reject<TPhase, TCommand>(StateMachine<TPhase, TCommand> machine, TCommand command, RejectionKind kind, string reason)
        where TPhase : struct, Enum
        where TCommand : struct, Enum
        => new(machine.State.ToString(), command.ToString(), kind, reason, Permitted(machine).Select(c => c.ToString()));

    /// <summary>Gets the commands the machine accepts now, in declaration order.</summary>
    public static IReadOnlyList<TCommand> Permitted<TPhase, TCommand>(StateMachine<TPhase, TCommand> machine)
        where TPhase : struct, Enum
        where TCommand : struct, Enum
    {
        // Our guards are all synchronous, so the synchronous query is exact; Stateless marks it obsolete only for async guards.
#pragma warning disable CS0618
        return [.. new SortedSet<TCommand>(machine.GetPermittedTriggers())];
#pragma warning restore CS0618
    }

    /// <summary>Draws the machine as a Mermaid state diagram.</summary>
    public static string ToMermaid<TPhase, TCommand>(StateMachine<TPhase, TCommand> machine)
        where TPhase : struct, Enum
        where TCommand : struct, Enum
        => MermaidGraph.Format(machine.GetInfo()).ReplaceLineEndings("\n");
}
