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

    /// <summary>Gets the planned (not history) rounds that break the balance rule: a group holds two or more people more than another group that still has a free seat.</summary>
    /// <remarks>0 unless keep-together groups, hosts or keep-apart pairs make a balanced round impossible; the planner then comes as close as it can.</remarks>
    public int UnbalancedRounds { get; init; }

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

    /// <summary>Counts everything but the bound, straight from the seatings (people are numbered as they appear).</summary>
    internal static FairnessReport Count(RotationProblem problem, IReadOnlyList<Seating> rounds)
    {
        var index = new Dictionary<ParticipantId, int>(problem.Participants.Length);
        foreach (var participant in problem.Participants)
        {
            index.TryAdd(participant.Id, index.Count);
        }

        int Number(ParticipantId id) => index.TryGetValue(id, out var i) ? i : index[id] = index.Count;

        var meetings = new Dictionary<long, int>();
        var visits = new Dictionary<long, int>();
        var hosts = problem.Groups.Where(g => g.Host is not null).Select(g => Number(g.Host!.Value)).ToHashSet();
        var identity = problem.Groups.Where(g => g.HasIdentity).Select(g => g.Id).ToHashSet();
        var groupNumber = new Dictionary<GroupId, int>();
        var attributes = problem.MixBy is { } mixBy ? problem.Participants.ToDictionary(p => Number(p.Id), p => p.GetAttribute(mixBy)) : null;
        var seated = new HashSet<int>();
        var sameAttribute = 0;
        var unbalanced = 0;
        var capacity = problem.Groups.GroupBy(g => g.Id).ToDictionary(g => g.Key, g => g.First().Capacity);
        foreach (var (seating, round) in rounds.Select((s, i) => (s, i)))
        {
            if (round >= problem.History.Length && !IsBalanced(seating, capacity))
            {
                unbalanced++;
            }

            foreach (var group in seating.Groups)
            {
                var members = seating.MembersOf(group).Select(Number).ToArray();
                var g = groupNumber.TryGetValue(group, out var known) ? known : groupNumber[group] = groupNumber.Count;
                for (var i = 0; i < members.Length; i++)
                {
                    var a = members[i];
                    seated.Add(a);
                    if (identity.Contains(group) && !hosts.Contains(a))
                    {
                        var key = ((long)a << 32) | (uint)g;
                        visits[key] = visits.GetValueOrDefault(key) + 1;
                    }

                    for (var j = i + 1; j < members.Length; j++)
                    {
                        var b = members[j];
                        var pair = a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
                        meetings[pair] = meetings.GetValueOrDefault(pair) + 1;
                        if (attributes is not null && attributes.GetValueOrDefault(a) is { } value && value == attributes.GetValueOrDefault(b))
                        {
                            sameAttribute++;
                        }
                    }
                }
            }
        }

        var distinct = new int[index.Count];
        var repeated = 0;
        var max = 0;
        foreach (var (pair, count) in meetings)
        {
            distinct[(int)(pair >> 32)]++;
            distinct[(int)(uint)pair]++;
            repeated += count - 1;
            max = Math.Max(max, count);
        }

        var met = seated.Select(p => distinct[p]).ToArray();
        return new FairnessReport
        {
            RepeatedPairs = repeated,
            MaxMeetings = max,
            TableRevisits = visits.Values.Sum(v => v - 1),
            MinDistinctMet = met.Length == 0 ? 0 : met.Min(),
            MeanDistinctMet = met.Length == 0 ? 0 : met.Average(),
            SameAttributePairs = sameAttribute,
            UnbalancedRounds = unbalanced,
            Gap = repeated,
        };
    }

    /// <summary>Tells whether no group holds two or more people more than a group with a free seat.</summary>
    private static bool IsBalanced(Seating seating, Dictionary<GroupId, int> capacity)
    {
        var largest = 0;
        var smallestWithRoom = int.MaxValue;
        foreach (var group in seating.Groups)
        {
            var size = seating.MembersOf(group).Length;
            largest = Math.Max(largest, size);
            if (size < capacity.GetValueOrDefault(group, int.MaxValue))
            {
                smallestWithRoom = Math.Min(smallestWithRoom, size);
            }
        }

        return smallestWithRoom == int.MaxValue || largest - smallestWithRoom < 2;
    }

    /// <summary>Sets the bound and the gap.</summary>
    internal FairnessReport WithBound(int bound) => this with { LowerBound = bound, Gap = Math.Max(0, RepeatedPairs - bound) };
}
