using System.Collections.Immutable;
using System.Globalization;
using Stateless;
using Stateless.Graph;

namespace Facilitation.Methods.Sessions;

/// <summary>
/// A method's phase machine, read against the engine's state: which commands each phase accepts, under which guards, and to which
/// phase a command moves the session. It never owns the phase: the state does, and events change it.
/// </summary>
/// <remarks>
/// <para>The rule books configure it with Stateless's vocabulary (<see cref="PhaseSetup{TPhase, TCommand}"/>: <c>Permit</c>, <c>PermitIf</c>,
/// <c>InternalTransitionIf</c>, <c>SubstateOf</c>, …); commands several phases take alike are configured once, on a superphase that no
/// session is ever in (<see cref="PhaseSetup{TPhase, TCommand}.Superphase"/>). Every command asks the machine, so the questions are answered from the recorded
/// transitions without allocating (Stateless's <c>CanFire</c> cost about what a whole note costs); the same recording builds the Stateless
/// machine for the diagrams (<see cref="ToMermaid"/>) and for <see cref="ToStateMachine"/>, which tests hold the answers against.</para>
/// <para>Not thread-safe: use it only under the engine's gate (inside the rules).</para>
/// </remarks>
/// <typeparam name="TState">The method's state.</typeparam>
/// <typeparam name="TPhase">The method's phases.</typeparam>
/// <typeparam name="TCommand">The method's commands (the machine's triggers).</typeparam>
internal sealed class PhaseBook<TState, TPhase, TCommand>
    where TState : class
    where TPhase : struct, Enum
    where TCommand : struct, Enum
{
    private readonly Func<TState, TPhase> _phaseOf;
    private readonly TCommand[] _timerOnly;
    private readonly PhaseSetup<TPhase, TCommand> _setup;
    private TState? _current;

    /// <summary>Initializes the machine; <paramref name="configure"/> gets the setup and a function that returns the state being asked about, for guards.</summary>
    /// <param name="phaseOf">Reads the phase of a state.</param>
    /// <param name="configure">Configures the machine.</param>
    /// <param name="timerOnly">The commands only the session's timer sends (time warnings, time-ups): the machine checks them like any
    /// other when the timer proposes them, but they are never listed as permitted, and <see cref="WhyRefused(TState, TCommand)"/> always
    /// says they are the timer's, so a host never offers them to people.</param>
    public PhaseBook(Func<TState, TPhase> phaseOf, Action<PhaseSetup<TPhase, TCommand>, Func<TState>> configure, params TCommand[] timerOnly)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _phaseOf = phaseOf;
        _timerOnly = timerOnly ?? [];
        _setup = new PhaseSetup<TPhase, TCommand>();
        configure(_setup, () => _current!);
    }

    /// <summary>Gets the phase of a state.</summary>
    public TPhase PhaseOf(TState state) => _phaseOf(state);

    /// <summary>Throws <see cref="CommandRejectedException"/> (<see cref="RejectionKind.WrongPhase"/>) unless the command is permitted in this state; otherwise returns the phase it leads to (the same phase for a command that stays).</summary>
    public TPhase Ensure(TState state, TCommand command)
    {
        _current = state;
        var phase = _phaseOf(state);
        return _setup.Find(phase, command) is { } transition
            ? transition.To ?? phase
            : throw Reject(state, command, RejectionKind.WrongPhase, Unmet(phase, command)!);
    }

    /// <summary>Creates the refusal of a command in a state: the phase, the command, the reason and the commands permitted now.</summary>
    public CommandRejectedException Reject(TState state, TCommand command, RejectionKind kind, string reason) =>
        new(_phaseOf(state).ToString(), command.ToString(), kind, reason, Permitted(state));

    /// <summary>Gets the names of the commands a host may send in a state, in declaration order; the timer's own commands are never listed.</summary>
    public ImmutableArray<string> Permitted(TState state)
    {
        _current = state;
        var phase = _phaseOf(state);
        var permitted = ImmutableArray.CreateBuilder<string>();
        foreach (var command in Enum.GetValues<TCommand>())
        {
            if (Array.IndexOf(_timerOnly, command) < 0 && _setup.Find(phase, command) is not null)
            {
                permitted.Add(command.ToString());
            }
        }

        return permitted.DrainToImmutable();
    }

    /// <summary>Tells why a host's command is refused in a state (the timer's own command, the phase, or the unmet guards), or null when it is
    /// permitted; agrees with <see cref="Permitted"/>.</summary>
    public string? WhyRefused(TState state, TCommand command)
    {
        if (Array.IndexOf(_timerOnly, command) >= 0)
        {
            return TextCatalog.Say("Refusal.TimerOnly", command);
        }

        _current = state;
        var phase = _phaseOf(state);
        return _setup.Find(phase, command) is null ? Unmet(phase, command) : null;
    }

    /// <summary>Tells why a command, by name, is refused in a state, or null when it is permitted.</summary>
    public string? WhyRefused(TState state, string command) =>
        Enum.TryParse<TCommand>(command, ignoreCase: false, out var c) && Enum.IsDefined(c)
            ? WhyRefused(state, c)
            : TextCatalog.Say("Refusal.UnknownCommand", Identifier.Shorten(command), string.Join(", ", Enum.GetNames<TCommand>()));

    /// <summary>Gets the phases that take a command (under its guards, in the phase or a superphase), in declaration order, for the permission
    /// tables in the docs; only declared phases, never a superphase.</summary>
    public IEnumerable<string> PhasesOf(TCommand command) =>
        Enum.GetValues<TPhase>().Where(p => _setup.Takes(p, command)).Select(p => p.ToString());

    /// <summary>Builds the Stateless machine this book describes, reading its phase from <paramref name="phase"/> (for the diagrams, and for
    /// tests that hold this book's answers against Stateless's). Its guards read the state last given to <see cref="Ask"/>.</summary>
    public StateMachine<TPhase, TCommand> ToStateMachine(Func<TPhase> phase) => _setup.Build(phase);

    /// <summary>Makes the guards read <paramref name="state"/>, for a machine from <see cref="ToStateMachine"/>.</summary>
    public void Ask(TState state) => _current = state;

    /// <summary>Draws the machine as a Mermaid state diagram; a superphase is drawn by its name, as a composite state around its substates.</summary>
    /// <remarks>An internal transition without a guard gets Stateless's always-true guard, which it draws as <c>[Function]</c>; it checks
    /// nothing, so nothing is drawn (the rules check the payload, and the method's docs say who may send what).</remarks>
    public string ToMermaid() => MermaidGraph.Format(_setup.BuildNamed().GetInfo()).ReplaceLineEndings("\n").Replace(" [Function]\n", "\n", StringComparison.Ordinal);

    // Why the machine refuses a command in a phase whose guards were just asked (the phase, or the unmet guards); null when it is permitted.
    private string? Unmet(TPhase phase, TCommand command)
    {
        var unmet = _setup.Unmet(phase, command);
        if (unmet is null)
        {
            return null;
        }

        // Guard descriptions stay English in the diagram (ToMermaid); a refusal reads each one's translation, Guard.<description>.
        return unmet.Count > 0
            ? TextCatalog.Say("Refusal.Needs", command, string.Join(TextCatalog.Say("Refusal.And"), unmet.Select(Guard)))
            : TextCatalog.Say("Refusal.WrongPhase", command, phase);

        static string Guard(string description) => TextCatalog.Core.Find(CultureInfo.CurrentUICulture, "Guard." + description) ?? description;
    }
}
