using System.Collections.Immutable;

namespace Facilitation.Methods;

/// <summary>A session refused a command. The session is unchanged; the exception says in which phase, which command, why, and what is allowed now.</summary>
public sealed class CommandRejectedException : FacilitationException
{
    /// <summary>Initializes a new instance of the <see cref="CommandRejectedException"/> class.</summary>
    /// <param name="phase">The session's phase when the command arrived.</param>
    /// <param name="command">The refused command.</param>
    /// <param name="kind">Why it was refused, as a category.</param>
    /// <param name="reason">Why it was refused, in a sentence a person can act on.</param>
    /// <param name="permittedCommands">The commands the session accepts in this phase.</param>
    public CommandRejectedException(string phase, string command, RejectionKind kind, string reason, IEnumerable<string> permittedCommands)
        : base(Describe(phase, command, reason, permittedCommands))
    {
        Phase = phase;
        Command = command;
        Kind = kind;
        Reason = reason;
        PermittedCommands = [.. permittedCommands ?? []];
    }

    /// <summary>Gets the session's phase when the command arrived.</summary>
    public string Phase { get; }

    /// <summary>Gets the refused command.</summary>
    public string Command { get; }

    /// <summary>Gets why the command was refused, as a category.</summary>
    public RejectionKind Kind { get; }

    /// <summary>Gets why the command was refused, in a sentence.</summary>
    public string Reason { get; }

    /// <summary>Gets the commands the session accepts in this phase.</summary>
    public ImmutableArray<string> PermittedCommands { get; }

    private static string Describe(string phase, string command, string reason, IEnumerable<string> permitted)
    {
        // Written in the current UI culture: the session sets it to SessionOptions.Culture while it builds a refusal.
        var allowed = string.Join(", ", permitted ?? []);
        return TextCatalog.Say("Refusal.Describe", command, phase, reason, allowed.Length == 0 ? TextCatalog.Say("Refusal.Nothing") : allowed);
    }
}
