namespace Facilitation.Methods.Rotation;

/// <summary>How fair a rotation is, counted from its seatings (history rounds included).</summary>
/// <remarks>Immutable. <see cref="Measure"/> recounts everything from the seatings; nothing is taken from the search.</remarks>
public sealed record FairnessReport
{
    /// <summary>Gets Σ over pairs of max(0, meetings − 1): every meeting of a pair beyond their first.</summary>
    public int RepeatedPairs { get; init; }

    /// <summary>Gets the most rounds any pair shares a group.</summary>
    public int MaxMeetings { get; init; }

    /// <summary>Gets Σ over participants who host nothing, over groups with a host or prompt, of max(0, visits − 1).</summary>
    public int TableRevisits { get; init; }

    /// <summary>Gets the fewest distinct people any seated participant meets.</summary>
    public int MinDistinctMet { get; init; }

    /// <summary>Gets the mean number of distinct people a seated participant meets.</summary>
    public double MeanDistinctMet { get; init; }

    /// <summary>Gets Σ over rounds and groups of the pairs there with equal values of the mix-by attribute (0 without one).</summary>
    public int SameAttributePairs { get; init; }

    /// <summary>Gets a proven lower bound on <see cref="RepeatedPairs"/> for this problem (the counting and two-round pigeonhole bounds).</summary>
    public int LowerBound { get; init; }

    /// <summary>Gets <see cref="RepeatedPairs"/> − <see cref="LowerBound"/>: 0 proves the plan has the fewest repeated pairs possible.</summary>
    public int Gap { get; init; }

    /// <summary>Gets the planning time until the returned plan was found.</summary>
    /// <value>The default value is zero (for a plan that was only measured).</value>
    public TimeSpan TimeToBest { get; init; }

    /// <summary>Gets the total planning time.</summary>
    /// <value>The default value is zero (for a plan that was only measured).</value>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Counts the fairness of seatings for a problem.</summary>
    /// <param name="problem">The problem the seatings are for (hosts, identities, mix-by attribute, bound).</param>
    /// <param name="rounds">The seatings, one per round.</param>
    /// <returns>The report, with zero times.</returns>
    /// <exception cref="InvalidDesignException">The problem is invalid, so no bound can be computed.</exception>
    public static FairnessReport Measure(RotationProblem problem, IReadOnlyList<Seating> rounds)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(rounds);
        var validation = new RotationProblemValidator().Validate(problem);
        if (!validation.IsValid)
        {
            throw new InvalidDesignException(RotationDefaults.What, validation.Errors.Select(e => e.ErrorMessage));
        }

        var bound = LowerBounds.RepeatedPairs(PlanningModel.Compile(problem));
        return Count(problem, rounds).WithBound(bound);
    }

    /// <summary>Counts everything but the bound.</summary>
    internal static FairnessReport Count(RotationProblem problem, IReadOnlyList<Seating> rounds)
    {
        var meetings = new Dictionary<(ParticipantId, ParticipantId), int>();
        var met = new Dictionary<ParticipantId, HashSet<ParticipantId>>();
        var visits = new Dictionary<(ParticipantId, GroupId), int>();
        var hosts = problem.Groups.Where(g => g.Host is not null).Select(g => g.Host!.Value).ToHashSet();
        var identity = problem.Groups.Where(g => g.HasIdentity).Select(g => g.Id).ToHashSet();
        var attributes = problem.MixBy is { } mixBy ? problem.Participants.ToDictionary(p => p.Id, p => p.GetAttribute(mixBy)) : null;
        var sameAttribute = 0;
        foreach (var seating in rounds)
        {
            foreach (var group in seating.Groups)
            {
                var members = seating.MembersOf(group);
                foreach (var person in members)
                {
                    if (!met.TryGetValue(person, out var set))
                    {
                        met[person] = set = [];
                    }

                    set.UnionWith(members.Where(m => m != person));
                    if (identity.Contains(group) && !hosts.Contains(person))
                    {
                        visits[(person, group)] = visits.GetValueOrDefault((person, group)) + 1;
                    }
                }

                for (var i = 0; i < members.Length; i++)
                {
                    for (var j = i + 1; j < members.Length; j++)
                    {
                        var key = members[i] < members[j] ? (members[i], members[j]) : (members[j], members[i]);
                        meetings[key] = meetings.GetValueOrDefault(key) + 1;
                        if (attributes is not null && attributes.GetValueOrDefault(members[i]) is { } value && value == attributes.GetValueOrDefault(members[j]))
                        {
                            sameAttribute++;
                        }
                    }
                }
            }
        }

        var repeated = meetings.Values.Sum(m => m - 1);
        return new FairnessReport
        {
            RepeatedPairs = repeated,
            MaxMeetings = meetings.Count == 0 ? 0 : meetings.Values.Max(),
            TableRevisits = visits.Values.Sum(v => v - 1),
            MinDistinctMet = met.Count == 0 ? 0 : met.Values.Min(s => s.Count),
            MeanDistinctMet = met.Count == 0 ? 0 : met.Values.Average(s => s.Count),
            SameAttributePairs = sameAttribute,
            Gap = repeated,
        };
    }

    /// <summary>Sets the bound and the gap.</summary>
    internal FairnessReport WithBound(int bound) => this with { LowerBound = bound, Gap = Math.Max(0, RepeatedPairs - bound) };
}
