using System.Collections.Immutable;
using System.Globalization;
using Stateless;
using Stateless.Graph;
using Stateless.Reflection;

namespace Facilitation.Methods.Sessions;

/// <summary>
/// A method's private Stateless machine, read against the engine's state: which commands each phase accepts, under which guards,
/// and to which phase a command moves the session. It never owns the phase: the state does, and events change it.
/// </summary>
/// <remarks>Not thread-safe: use it only under the engine's gate (inside the rules), or on an instance of its own for diagrams.</remarks>
/// <typeparam name="TState">The method's state.</typeparam>
/// <typeparam name="TPhase">The method's phases.</typeparam>
/// <typeparam name="TCommand">The method's commands (the machine's triggers).</typeparam>
internal sealed class PhaseBook<TState, TPhase, TCommand>
    where TState : class
    where TPhase : struct, Enum
    where TCommand : struct, Enum
{
    private readonly StateMachine<TPhase, TCommand> _machine;
    private readonly Func<TState, TPhase> _phaseOf;
    private readonly (TPhase Phase, TCommand Command)[] _staysInPhase;
    private readonly TCommand[] _timerOnly;
    private TState? _current;
    private TPhase _target;

    /// <summary>Initializes the machine; <paramref name="configure"/> gets the machine and a function that returns the state being asked about, for guards.</summary>
    /// <param name="phaseOf">Reads the phase of a state.</param>
    /// <param name="configure">Configures the machine.</param>
    /// <param name="timerOnly">The commands only the session's timer sends (time warnings, time-ups): the machine checks them like any
    /// other when the timer proposes them, but they are never listed as permitted, and <see cref="WhyRefused(TState, TCommand)"/> always
    /// says they are the timer's, so a host never offers them to people.</param>
    public PhaseBook(Func<TState, TPhase> phaseOf, Action<StateMachine<TPhase, TCommand>, Func<TState>> configure, params TCommand[] timerOnly)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _phaseOf = phaseOf;
        _timerOnly = timerOnly ?? [];
        _machine = new StateMachine<TPhase, TCommand>(() => _current is null ? default : _phaseOf(_current), p => _target = p, FiringMode.Immediate);
        configure(_machine, () => _current!);
        _staysInPhase = StaysInPhase(_machine.GetInfo());
    }

    /// <summary>Gets the phase of a state.</summary>
    public TPhase PhaseOf(TState state) => _phaseOf(state);

    /// <summary>Throws <see cref="CommandRejectedException"/> (<see cref="RejectionKind.WrongPhase"/>) unless the command is permitted in this state; otherwise returns the phase it leads to (the same phase for a command that stays).</summary>
    public TPhase Ensure(TState state, TCommand command)
    {
        if (Unmet(state, command) is { } reason)
        {
            throw Reject(state, command, RejectionKind.WrongPhase, reason);
        }

        // A command that can only stay in this phase (every transition configured for it here is internal or ignored) needs
        // nothing more than the guard check above: firing it would change nothing, and Stateless's Fire costs more than a whole note.
        var phase = _phaseOf(state);
        if (Array.IndexOf(_staysInPhase, (phase, command)) >= 0)
        {
            return phase;
        }

        _current = state;
        _target = phase;
        _machine.Fire(command);
        return _target;
    }

    /// <summary>Creates the refusal of a command in a state: the phase, the command, the reason and the commands permitted now.</summary>
    public CommandRejectedException Reject(TState state, TCommand command, RejectionKind kind, string reason) =>
        new(_phaseOf(state).ToString(), command.ToString(), kind, reason, Permitted(state));

    /// <summary>Gets the names of the commands a host may send in a state, in declaration order; the timer's own commands are never listed.</summary>
    public ImmutableArray<string> Permitted(TState state)
    {
        _current = state;

        // Our guards are all synchronous, so the synchronous query is exact; Stateless marks it obsolete only for async guards.
#pragma warning disable CS0618
        return [.. new SortedSet<TCommand>(_machine.GetPermittedTriggers()).Where(c => Array.IndexOf(_timerOnly, c) < 0).Select(c => c.ToString())];
#pragma warning restore CS0618
    }

    /// <summary>Tells why a host's command is refused in a state (the timer's own command, the phase, or the unmet guards), or null when it is
    /// permitted; agrees with <see cref="Permitted"/>.</summary>
    public string? WhyRefused(TState state, TCommand command) =>
        Array.IndexOf(_timerOnly, command) >= 0
            ? TextCatalog.Say("Refusal.TimerOnly", command)
            : Unmet(state, command);

    // Why the machine refuses a command in a state (the phase, or the unmet guards), or null when it would fire; the timer's commands too.
    private string? Unmet(TState state, TCommand command)
    {
        _current = state;
        if (_machine.CanFire(command, out var unmet))
        {
            return null;
        }

        // Guard descriptions stay English in the diagram (ToMermaid); a refusal reads each one's translation, Guard.<description>.
        return unmet is { Count: > 0 }
            ? TextCatalog.Say("Refusal.Needs", command, string.Join(TextCatalog.Say("Refusal.And"), unmet.Select(Guard)))
            : TextCatalog.Say("Refusal.WrongPhase", command, _phaseOf(state));

        static string Guard(string description) => TextCatalog.Core.Find(CultureInfo.CurrentUICulture, "Guard." + description) ?? description;
    }

    /// <summary>Tells why a command, by name, is refused in a state, or null when it is permitted.</summary>
    public string? WhyRefused(TState state, string command) =>
        Enum.TryParse<TCommand>(command, ignoreCase: false, out var c) && Enum.IsDefined(c)
            ? WhyRefused(state, c)
            : TextCatalog.Say("Refusal.UnknownCommand", Identifier.Shorten(command), string.Join(", ", Enum.GetNames<TCommand>()));

    /// <summary>Finds the commands that can only stay in a phase: every transition configured for them in the phase and its superphases is
    /// internal or ignored (no entry or exit action runs). The methods' internal transitions have no actions, so not firing them changes nothing.</summary>
    private static (TPhase Phase, TCommand Command)[] StaysInPhase(StateMachineInfo info)
    {
        var stays = new HashSet<(TPhase, TCommand)>();
        foreach (var phase in info.States)
        {
            var onlyInternal = new Dictionary<TCommand, bool>();
            for (var s = phase; s is not null; s = s.Superstate)
            {
                foreach (var t in s.FixedTransitions)
                {
                    Note(onlyInternal, t.Trigger, t.IsInternalTransition);
                }

                foreach (var t in s.DynamicTransitions)
                {
                    Note(onlyInternal, t.Trigger, false);
                }

                foreach (var t in s.IgnoredTriggers)
                {
                    Note(onlyInternal, t.Trigger, true);
                }
            }

            foreach (var (command, internalOnly) in onlyInternal)
            {
                if (internalOnly)
                {
                    stays.Add(((TPhase)phase.UnderlyingState, command));
                }
            }
        }

        // An array, not a set: a few dozen pairs scanned in nanoseconds, and every session keeps its own (a frozen set was ~4 KB each).
        return [.. stays];

        static void Note(Dictionary<TCommand, bool> onlyInternal, TriggerInfo trigger, bool isInternal)
        {
            var command = (TCommand)trigger.UnderlyingTrigger;
            onlyInternal[command] = isInternal && onlyInternal.GetValueOrDefault(command, true);
        }
    }

    /// <summary>Draws the machine as a Mermaid state diagram.</summary>
    /// <remarks>An internal transition without a guard gets Stateless's always-true guard, which it draws as <c>[Function]</c>; it checks
    /// nothing, so nothing is drawn (the rules check the payload, and the method's docs say who may send what).</remarks>
    public string ToMermaid() => MermaidGraph.Format(_machine.GetInfo()).ReplaceLineEndings("\n").Replace(" [Function]\n", "\n", StringComparison.Ordinal);
}
