using System.Collections.Immutable;

namespace Facilitation.Methods.Rotation;

/// <summary>
/// Who is to be seated, where, for how many rounds, under which rules: the input of the <see cref="RotationPlanner"/>.
/// </summary>
/// <remarks>
/// Immutable; build it with an object initializer or <c>with</c>. An unset (default) array counts as empty.
/// Check it with <see cref="RotationPlanner.Validate(RotationProblem)"/> before planning, or let
/// <see cref="RotationPlanner.Plan(RotationProblem, CancellationToken)"/> throw an <see cref="InvalidDesignException"/>.
/// </remarks>
public sealed record RotationProblem
{
    private readonly ImmutableArray<Participant> _participants = [];
    private readonly ImmutableArray<Group> _groups = [];
    private readonly ImmutableArray<ParticipantPair> _keepApart = [];
    private readonly ImmutableArray<ParticipantPair> _keepTogether = [];
    private readonly ImmutableArray<Absence> _absences = [];
    private readonly ImmutableArray<Seating> _history = [];
    private readonly ImmutableArray<Seating> _announced = [];
    private readonly ImmutableArray<ParticipantPair> _metBefore = [];

    /// <summary>Gets the people to seat.</summary>
    /// <value>The default value is empty (which is invalid: at least 2 are needed).</value>
    public ImmutableArray<Participant> Participants { get => _participants; init => _participants = value.IsDefault ? [] : value; }

    /// <summary>Gets the groups (tables) people sit in, in the order seatings list them.</summary>
    /// <value>The default value is empty (which is invalid: at least 1 is needed).</value>
    public ImmutableArray<Group> Groups { get => _groups; init => _groups = value.IsDefault ? [] : value; }

    /// <summary>Gets the number of rounds to seat, <b>including</b> the rounds already held in <see cref="History"/>.</summary>
    /// <value>The default value is 0 (which is invalid: at least 1 is needed).</value>
    public int Rounds { get; init; }

    /// <summary>Gets the pairs who must never share a group.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<ParticipantPair> KeepApart { get => _keepApart; init => _keepApart = value.IsDefault ? [] : value; }

    /// <summary>Gets the pairs who must share a group in every round both attend.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<ParticipantPair> KeepTogether { get => _keepTogether; init => _keepTogether = value.IsDefault ? [] : value; }

    /// <summary>Gets the rounds in which participants are away.</summary>
    /// <value>The default value is empty: everyone attends every round.</value>
    public ImmutableArray<Absence> Absences { get => _absences; init => _absences = value.IsDefault ? [] : value; }

    /// <summary>Gets the rounds already held, in order (numbered 1, 2, …); they are fixed and returned unchanged as the plan's first rounds.</summary>
    /// <value>The default value is empty: nothing held yet.</value>
    public ImmutableArray<Seating> History { get => _history; init => _history = value.IsDefault ? [] : value; }

    /// <summary>
    /// Gets the seating already announced (printed on route cards, sent to breakout rooms) for the rounds after
    /// <see cref="History"/>, in order (numbered from <c>History.Length + 1</c>). When given, the planner changes as few
    /// announced seats as it can — fewest moved people comes right after the hard rules (balance included), before the
    /// objective: a newcomer takes a free seat, and a gap left by someone who went is filled only where balance requires it.
    /// People not in the announced seating are placed freely. <see cref="FairnessReport.Moved"/> counts what changed.
    /// </summary>
    /// <value>The default value is empty: nothing announced, everything planned freely.</value>
    public ImmutableArray<Seating> Announced { get => _announced; init => _announced = value.IsDefault ? [] : value; }

    /// <summary>
    /// Gets the pairs who met before this plan, in an earlier session (the tables of yesterday's café, a brainstorm team, an
    /// Open Space session attended together). Each counts as one meeting already held: the objective treats seating such a
    /// pair together like a repeated meeting, so the planner mixes people who have not met yet where it can. They are not
    /// counted in the <see cref="FairnessReport"/>, which covers this plan's rounds only. A pair listed twice counts once.
    /// </summary>
    /// <value>The default value is empty: nobody met before.</value>
    public ImmutableArray<ParticipantPair> MetBefore { get => _metBefore; init => _metBefore = value.IsDefault ? [] : value; }

    /// <summary>Gets the attribute whose equal values should be spread across groups (a goal after the objective).</summary>
    /// <value>The default value is null: no mixing goal.</value>
    public string? MixBy { get; init; }

    /// <summary>Gets a value indicating whether everyone in a group must share a language with everyone else there (people who list no language talk with all).</summary>
    /// <value>The default value is false.</value>
    public bool MustShareLanguage { get; init; }

    /// <summary>Gets what "fair" means first.</summary>
    /// <value>The default value is <see cref="RotationObjective.Spread"/>.</value>
    public RotationObjective Objective { get; init; } = RotationDefaults.Objective;

    /// <summary>Gets the seed of every random choice: the plan is a pure function of the problem, the seed and <see cref="Effort"/> (unless <see cref="TimeLimit"/> cuts the search first).</summary>
    /// <value>The default value is 0.</value>
    public int Seed { get; init; } = RotationDefaults.Seed;

    /// <summary>Gets the work budget of the search: the number of search steps (swaps or moves made) each of the planner's searches may take. Machine-independent: the same problem, seed and effort give the same plan on every machine and every run.</summary>
    /// <value>The default value is 20,000 steps (at most 1,000,000,000,000).</value>
    public long Effort { get; init; } = RotationDefaults.Effort;

    /// <summary>Gets the safety cap on wall time: the planner returns its best plan by then (within a few percent), however large the problem, and says so (<see cref="StopReason.Time"/>). It stops earlier, at once, when its plan is proven optimal, and when <see cref="Effort"/> is spent.</summary>
    /// <value>The default value is 2 seconds (at most one day).</value>
    public TimeSpan TimeLimit { get; init; } = RotationDefaults.TimeLimit;
}
