using Stateless;

namespace Facilitation.Methods.Sessions;

/// <summary>
/// Where a rule book configures its phase machine, in Stateless's words (<c>Configure(phase).Permit(…).InternalTransitionIf(…)</c>).
/// It records every transition, answers "may this command run now, and where does it lead" from the record without allocating, and
/// builds the same Stateless machine from it for diagrams and tests.
/// </summary>
/// <remarks>
/// A command several phases take alike (people joining and leaving) is configured once, on a superphase the phases are substates of
/// (<see cref="Superphase"/>, <see cref="Phase.SubstateOf"/>). A superphase is a value the method's phase enum does not declare, named
/// only for the diagram: no session is ever in it, because no command may lead there (the setup refuses such a transition), so the
/// public enum and a session's <c>Phase</c> never show it.
/// </remarks>
/// <typeparam name="TPhase">The method's phases.</typeparam>
/// <typeparam name="TCommand">The method's commands.</typeparam>
internal sealed class PhaseSetup<TPhase, TCommand>
    where TPhase : struct, Enum
    where TCommand : struct, Enum
{
    // Every call, in the order the rule book made it: Build replays them, so the Stateless machine (and its diagram) is the same.
    private readonly List<Step> _steps = [];
    private readonly Dictionary<TPhase, TPhase> _superphases = [];

    // The superphases' names, for the diagram: an undeclared enum value would otherwise be drawn as its number.
    private readonly Dictionary<TPhase, string> _names = [];
    private Dictionary<(TPhase, TCommand), Step[]>? _byPhase;

    internal enum Kind
    {
        Configure,
        SubstateOf,
        Permit,
        PermitIf,
        PermitReentry,
        PermitReentryIf,
        InternalTransition,
        InternalTransitionIf,
        Ignore,
    }

    /// <summary>Starts or continues the configuration of a phase (a declared one, or a superphase already named).</summary>
    public Phase Configure(TPhase phase)
    {
        if (!Enum.IsDefined(phase) && !_names.ContainsKey(phase))
        {
            throw new InvalidOperationException($"{typeof(TPhase).Name} declares no phase {phase}: name it with Superphase first.");
        }

        _steps.Add(new Step(Kind.Configure, phase, default, null, null, null, null, null));
        return new Phase(this, phase);
    }

    /// <summary>Starts the configuration of a superphase: a value <typeparamref name="TPhase"/> does not declare (a named internal constant),
    /// which gathers the commands its substates share. No command may lead to it, so no session is ever in it.</summary>
    /// <param name="superphase">The undeclared value.</param>
    /// <param name="name">Its name in the diagram; not the name of a declared phase.</param>
    public Phase Superphase(TPhase superphase, string name)
    {
        if (Enum.IsDefined(superphase) || Enum.GetNames<TPhase>().Contains(name, StringComparer.Ordinal) || _names.ContainsValue(name))
        {
            throw new InvalidOperationException($"A superphase is a value {typeof(TPhase).Name} does not declare, with a name of its own: {superphase} ({name}) is not.");
        }

        _names.Add(superphase, name);
        return Configure(superphase);
    }

    /// <summary>Finds the transition a command takes in a phase (the phase's own first, then its superphases'), or null when none is permitted
    /// now; the guards read the state the book is asking about.</summary>
    public Step? Find(TPhase phase, TCommand command)
    {
        var table = _byPhase ??= Freeze();
        for (TPhase? p = phase; p is { } at; p = _superphases.TryGetValue(at, out var up) ? up : null)
        {
            if (table.TryGetValue((at, command), out var steps))
            {
                foreach (var step in steps)
                {
                    if (step.Passes())
                    {
                        return step;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Tells whether a phase takes a command at all (in the phase itself or a superphase), whatever its guards say now.</summary>
    public bool Takes(TPhase phase, TCommand command)
    {
        var table = _byPhase ??= Freeze();
        for (TPhase? p = phase; p is { } at; p = _superphases.TryGetValue(at, out var up) ? up : null)
        {
            if (table.ContainsKey((at, command)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the descriptions of the guards that keep a command from running in a phase (empty when the phase does not take it at all),
    /// or null when it is permitted.</summary>
    public List<string>? Unmet(TPhase phase, TCommand command)
    {
        if (Find(phase, command) is not null)
        {
            return null;
        }

        var unmet = new List<string>();
        for (TPhase? p = phase; p is { } at; p = _superphases.TryGetValue(at, out var up) ? up : null)
        {
            if (_byPhase!.TryGetValue((at, command), out var steps))
            {
                unmet.AddRange(steps.Where(s => s.Description is not null).Select(s => s.Description!));
            }
        }

        return unmet;
    }

    /// <summary>Builds the Stateless machine the recorded calls describe.</summary>
    public StateMachine<TPhase, TCommand> Build(Func<TPhase> phase) =>
        Replay(new StateMachine<TPhase, TCommand>(phase, _ => { }, FiringMode.Immediate), static p => p, static s => s.Action!);

    /// <summary>Builds the same machine over the phases' names (a superphase's given name, not its number), in the first phase, for the
    /// diagram. It is never fired, so its internal transitions do nothing.</summary>
    public StateMachine<string, TCommand> BuildNamed() =>
        Replay(new StateMachine<string, TCommand>(() => NameOf(default), _ => { }, FiringMode.Immediate), NameOf, static _ => static _ => { });

    /// <summary>Gets the name of a phase: a declared phase's own, a superphase's given name.</summary>
    public string NameOf(TPhase phase) => _names.TryGetValue(phase, out var name) ? name : phase.ToString();

    private StateMachine<TState, TCommand> Replay<TState>(
        StateMachine<TState, TCommand> machine,
        Func<TPhase, TState> state,
        Func<Step, Action<StateMachine<TState, TCommand>.Transition>> action)
    {
        foreach (var s in _steps)
        {
            var c = machine.Configure(state(s.From));
            _ = s.Kind switch
            {
                Kind.Configure => c,
                Kind.SubstateOf => c.SubstateOf(state(s.To!.Value)),
                Kind.Permit => c.Permit(s.Command, state(s.To!.Value)),
                Kind.PermitIf => c.PermitIf(s.Command, state(s.To!.Value), s.Guard!, s.Description),
                Kind.PermitReentry => c.PermitReentry(s.Command),
                Kind.PermitReentryIf => c.PermitReentryIf(s.Command, s.Guard!, s.Description),
                Kind.InternalTransition => c.InternalTransition(s.Command, action(s)),
                Kind.InternalTransitionIf => c.InternalTransitionIf(s.Command, s.ArgsGuard!, action(s), s.Description),
                _ => c.Ignore(s.Command),
            };
        }

        return machine;
    }

    private Dictionary<(TPhase, TCommand), Step[]> Freeze()
    {
        foreach (var superphase in _superphases.Values)
        {
            if (!Enum.IsDefined(superphase) && !_names.ContainsKey(superphase))
            {
                throw new InvalidOperationException($"{typeof(TPhase).Name} declares no phase {superphase}: name it with Superphase.");
            }
        }

        return _steps.Where(s => s.Kind is not (Kind.Configure or Kind.SubstateOf))
            .GroupBy(s => (s.From, s.Command))
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    private Phase Add(Step step)
    {
        if (_byPhase is not null)
        {
            throw new InvalidOperationException("The phase machine is configured only while it is built.");
        }

        // A command leads only to a declared phase: one that leads to a superphase (or re-enters one) would put a session in a phase its
        // enum does not declare.
        if (step.Kind is not Kind.SubstateOf && step.To is { } to && !Enum.IsDefined(to))
        {
            throw new InvalidOperationException($"No command may lead to {NameOf(to)}, which {typeof(TPhase).Name} does not declare: no session is ever in it ({step.Command} from {NameOf(step.From)}).");
        }

        _steps.Add(step);
        return new Phase(this, step.From);
    }

    /// <summary>One recorded call. <see cref="To"/> is the phase a command leads to (null: it stays, as an internal transition or an ignored command).</summary>
    internal sealed record Step(
        Kind Kind,
        TPhase From,
        TCommand Command,
        TPhase? To,
        Func<bool>? Guard,
        Func<object[], bool>? ArgsGuard,
        Action<StateMachine<TPhase, TCommand>.Transition>? Action,
        string? Description)
    {
        public bool Passes() => (Guard is null || Guard()) && (ArgsGuard is null || ArgsGuard([]));
    }

    /// <summary>The configuration of one phase, with Stateless's methods.</summary>
    internal readonly struct Phase(PhaseSetup<TPhase, TCommand> setup, TPhase phase)
    {
        public Phase SubstateOf(TPhase superphase)
        {
            setup._superphases.Add(phase, superphase);
            return setup.Add(new Step(Kind.SubstateOf, phase, default, superphase, null, null, null, null));
        }

        public Phase Permit(TCommand command, TPhase to) => setup.Add(new Step(Kind.Permit, phase, command, to, null, null, null, null));

        public Phase PermitIf(TCommand command, TPhase to, Func<bool> guard, string description) =>
            setup.Add(new Step(Kind.PermitIf, phase, command, to, guard, null, null, description));

        public Phase PermitReentry(TCommand command) => setup.Add(new Step(Kind.PermitReentry, phase, command, phase, null, null, null, null));

        public Phase PermitReentryIf(TCommand command, Func<bool> guard, string description) =>
            setup.Add(new Step(Kind.PermitReentryIf, phase, command, phase, guard, null, null, description));

        public Phase InternalTransition(TCommand command, Action<StateMachine<TPhase, TCommand>.Transition> action) =>
            setup.Add(new Step(Kind.InternalTransition, phase, command, null, null, null, action, null));

        public Phase InternalTransitionIf(TCommand command, Func<object[], bool> guard, Action<StateMachine<TPhase, TCommand>.Transition> action, string description) =>
            setup.Add(new Step(Kind.InternalTransitionIf, phase, command, null, null, guard, action, description));

        public Phase Ignore(TCommand command) => setup.Add(new Step(Kind.Ignore, phase, command, null, null, null, null, null));
    }
}
