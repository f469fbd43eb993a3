using Stateless;

namespace Facilitation.Methods.Sessions;

/// <summary>
/// Where a rule book configures its phase machine, in Stateless's words (<c>Configure(phase).Permit(…).InternalTransitionIf(…)</c>).
/// It records every transition, answers "may this command run now, and where does it lead" from the record without allocating, and
/// builds the same Stateless machine from it for diagrams and tests.
/// </summary>
/// <typeparam name="TPhase">The method's phases.</typeparam>
/// <typeparam name="TCommand">The method's commands.</typeparam>
internal sealed class PhaseSetup<TPhase, TCommand>
    where TPhase : struct, Enum
    where TCommand : struct, Enum
{
    // Every call, in the order the rule book made it: Build replays them, so the Stateless machine (and its diagram) is the same.
    private readonly List<Step> _steps = [];
    private readonly Dictionary<TPhase, TPhase> _superphases = [];
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

    /// <summary>Starts or continues the configuration of a phase.</summary>
    public Phase Configure(TPhase phase)
    {
        _steps.Add(new Step(Kind.Configure, phase, default, null, null, null, null, null));
        return new Phase(this, phase);
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
    public StateMachine<TPhase, TCommand> Build(Func<TPhase> phase)
    {
        var machine = new StateMachine<TPhase, TCommand>(phase, _ => { }, FiringMode.Immediate);
        foreach (var s in _steps)
        {
            var c = machine.Configure(s.From);
            _ = s.Kind switch
            {
                Kind.Configure => c,
                Kind.SubstateOf => c.SubstateOf(s.To!.Value),
                Kind.Permit => c.Permit(s.Command, s.To!.Value),
                Kind.PermitIf => c.PermitIf(s.Command, s.To!.Value, s.Guard!, s.Description),
                Kind.PermitReentry => c.PermitReentry(s.Command),
                Kind.PermitReentryIf => c.PermitReentryIf(s.Command, s.Guard!, s.Description),
                Kind.InternalTransition => c.InternalTransition(s.Command, s.Action!),
                Kind.InternalTransitionIf => c.InternalTransitionIf(s.Command, s.ArgsGuard!, s.Action!, s.Description),
                _ => c.Ignore(s.Command),
            };
        }

        return machine;
    }

    private Dictionary<(TPhase, TCommand), Step[]> Freeze() =>
        _steps.Where(s => s.Kind is not (Kind.Configure or Kind.SubstateOf))
            .GroupBy(s => (s.From, s.Command))
            .ToDictionary(g => g.Key, g => g.ToArray());

    private Phase Add(Step step)
    {
        if (_byPhase is not null)
        {
            throw new InvalidOperationException("The phase machine is configured only while it is built.");
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
