using System.Collections.Frozen;
using System.Text;

namespace Facilitation.Methods.Sessions;

/// <summary>The roles that may send a command (a set of <see cref="ActorRole"/>s).</summary>
[Flags]
internal enum Senders
{
    None = 0,
    Facilitator = 1,
    CoFacilitator = 2,
    Participant = 4,
    Anonymous = 8,
    System = 16,

    /// <summary>The lead facilitator and the co-facilitators the design names.</summary>
    Facilitators = Facilitator | CoFacilitator,
}

/// <summary>The conditions every method's permission table words alike, written once so the docs of the three methods say the same.</summary>
internal static class SendConditions
{
    /// <summary>The condition on a facilitator's command that co-facilitators may also send.</summary>
    public const string CoFacilitator = "a co-facilitator only when the design names them";

    /// <summary>The condition on a participant's command that acts on their own behalf (sign-ups, votes, moves).</summary>
    public const string Self = "a participant only for themselves";
}

/// <summary>
/// One method's permission table: which roles may send each command, and on what condition. The engine refuses an accepted command from a
/// role the table leaves out (so the table is never more generous than the rules), and the docs' permission tables are written from it
/// together with the phase machine (<see cref="ToMarkdown"/>), with a test that fails when the docs and the code disagree.
/// </summary>
/// <typeparam name="TCommand">The method's commands.</typeparam>
internal sealed class PermissionTable<TCommand>
    where TCommand : struct, Enum
{
    private static readonly (Senders Role, string Heading)[] Columns =
    [
        (Senders.Facilitator, "facilitator"), (Senders.CoFacilitator, "co-facilitator"), (Senders.Participant, "participant"),
        (Senders.Anonymous, "anonymous"), (Senders.System, "system"),
    ];

    private readonly FrozenDictionary<TCommand, (Senders Who, string Condition)> _rows;

    // The senders by the command's name, as the engine asks for every command (parsing the name cost more than the rest of the check).
    private readonly FrozenDictionary<string, Senders> _byName;

    /// <summary>Initializes the table; every command of the method must have a row.</summary>
    /// <param name="rows">Each command, the roles that may send it, and the condition (English, for the docs).</param>
    public PermissionTable(params (TCommand Command, Senders Who, string Condition)[] rows)
    {
        _rows = rows.ToFrozenDictionary(r => r.Command, r => (r.Who, r.Condition));
        _byName = _rows.ToFrozenDictionary(r => r.Key.ToString(), r => r.Value.Who, StringComparer.Ordinal);
        var missing = Enum.GetValues<TCommand>().Where(c => !_rows.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The permission table of {typeof(TCommand).Name} has no row for {string.Join(", ", missing)}.");
        }
    }

    /// <summary>Gets the rows of the commands only the facilitators send: the lead facilitator, and a co-facilitator when the design names them.</summary>
    public static IEnumerable<(TCommand Command, Senders Who, string Condition)> FacilitatorsOnly(params TCommand[] commands) =>
        commands.Select(c => (c, Senders.Facilitators, SendConditions.CoFacilitator));

    /// <summary>Tells whether a role may send a command, by the command's name.</summary>
    public bool Allows(string command, ActorRole role) => _byName.TryGetValue(command, out var who) && (who & Of(role)) != 0;

    /// <summary>Writes the table as Markdown: one row per command, with the phases that take it (from the phase machine).</summary>
    /// <param name="phasesOf">The phases in which the phase machine takes a command (under its guards).</param>
    public string ToMarkdown(Func<TCommand, IEnumerable<string>> phasesOf)
    {
        ArgumentNullException.ThrowIfNull(phasesOf);
        var text = new StringBuilder();
        text.Append("| command | phases |");
        foreach (var (_, heading) in Columns)
        {
            text.Append(' ').Append(heading).Append(" |");
        }

        text.Append(" condition |\n|---|---|");
        text.Append(string.Concat(Enumerable.Repeat(":-:|", Columns.Length)));
        text.Append("---|\n");
        foreach (var command in Enum.GetValues<TCommand>())
        {
            var (who, condition) = _rows[command];
            var phases = phasesOf(command).ToList();
            text.Append("| `").Append(command).Append("` | ").Append(phases.Count == 0 ? "–" : string.Join(", ", phases)).Append(" |");
            foreach (var (role, _) in Columns)
            {
                text.Append((who & role) != 0 ? " ✓ |" : " – |");
            }

            text.Append(' ').Append(condition).Append(" |\n");
        }

        return text.ToString();
    }

    private static Senders Of(ActorRole role) => role switch
    {
        ActorRole.Facilitator => Senders.Facilitator,
        ActorRole.CoFacilitator => Senders.CoFacilitator,
        ActorRole.Participant => Senders.Participant,
        ActorRole.Anonymous => Senders.Anonymous,
        ActorRole.System => Senders.System,
        _ => Senders.None,
    };
}
