using System.Text.Json.Serialization;

namespace Facilitation.Methods.Rotation;

/// <summary>How fair a rotation is, counted from its seatings (history rounds included).</summary>
/// <remarks>Immutable. <see cref="Measure"/> recounts everything from the seatings; nothing is taken from the search.</remarks>
public sealed class FairnessReport
{
    [JsonConstructor]
    internal FairnessReport()
    {
    }

    /// <summary>Gets Σ over pairs of max(0, meetings − 1): every meeting of a pair beyond their first.</summary>
    [JsonInclude] public int RepeatedPairs { get; internal set; }

    /// <summary>Gets the most rounds any pair shares a group.</summary>
    [JsonInclude] public int MaxMeetings { get; internal set; }

    /// <summary>Gets Σ over participants who host nothing, over groups with a host or prompt, of max(0, visits − 1).</summary>
    [JsonInclude] public int TableRevisits { get; internal set; }

    /// <summary>Gets the fewest distinct people any seated participant meets.</summary>
    [JsonInclude] public int MinDistinctMet { get; internal set; }

    /// <summary>Gets the mean number of distinct people a seated participant meets.</summary>
    [JsonInclude] public double MeanDistinctMet { get; internal set; }

    /// <summary>Gets Σ over rounds and groups of the pairs there with equal values of the mix-by attribute (0 without one).</summary>
    [JsonInclude] public int SameAttributePairs { get; internal set; }

    /// <summary>Gets the planned (not history) rounds that break the balance rule: a group holds two or more people more than another group that still has a free seat.</summary>
    /// <remarks>0 unless keep-together groups, hosts or keep-apart pairs make a balanced round impossible; the planner then comes as close as it can.</remarks>
    [JsonInclude] public int UnbalancedRounds { get; internal set; }

    /// <summary>Gets a proven lower bound on <see cref="RepeatedPairs"/> for the objective optimised (the counting and two-round pigeonhole bounds; for <see cref="RotationObjective.Spread"/>, once table revisits are at their bound, under the cap of <see cref="MaxMeetings"/> meetings per pair, since every plan at least as good keeps that cap).</summary>
    [JsonInclude] public int LowerBound { get; internal set; }

    /// <summary>Gets <see cref="RepeatedPairs"/> − <see cref="LowerBound"/>: 0 proves the plan has the fewest repeated pairs possible.</summary>
    [JsonInclude] public int Gap { get; internal set; }

    /// <summary>Gets, when the problem has an announced seating, Σ over its rounds of the people present in both the announced seating and this plan who sit at another table now; null without one.</summary>
    [JsonInclude] public int? Moved { get; internal set; }

    /// <summary>Gets why the planner's search ended: at a proven optimum, on its work budget, at the wall-clock cap, or cancelled.</summary>
    /// <value>The default value is <see cref="StopReason.None"/> (for a plan that was only measured).</value>
    [JsonInclude] public StopReason StoppedBy { get; internal set; }

    /// <summary>Gets the planning time until the returned plan was found.</summary>
    /// <value>The default value is zero (for a plan that was only measured).</value>
    [JsonInclude] public TimeSpan TimeToBest { get; internal set; }

    /// <summary>Gets the total planning time.</summary>
    /// <value>The default value is zero (for a plan that was only measured).</value>
    [JsonInclude] public TimeSpan Elapsed { get; internal set; }

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

        var counted = Count(problem, rounds);
        return counted.WithBound(new SearchGoal(PlanningModel.Compile(problem)).BoundFor(counted));
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

        var visits = new Dictionary<long, int>();
        var hosts = problem.Groups.Where(g => g.Host is not null).Select(g => Number(g.Host!.Value)).ToHashSet();
        var identity = problem.Groups.Where(g => g.HasIdentity).Select(g => g.Id).ToHashSet();
        var groupNumber = new Dictionary<GroupId, int>();
        var attributes = problem.MixBy is { } mixBy ? problem.Participants.ToDictionary(p => Number(p.Id), p => p.GetAttribute(mixBy)) : null;
        var sameAttribute = 0;
        var unbalanced = 0;
        var capacity = problem.Groups.GroupBy(g => g.Id).ToDictionary(g => g.Key, g => g.First().Capacity);

        // Every round as arrays: each person's table (or -1) and each table's members, numbered.
        var tables = new List<int[]>(rounds.Count);
        var roundMembers = new List<int[][]>(rounds.Count);
        foreach (var (seating, round) in rounds.Select((s, i) => (s, i)))
        {
            if (round >= problem.History.Length && !IsBalanced(seating, capacity))
            {
                unbalanced++;
            }

            var groups = new int[seating.Groups.Length][];
            var seatedAt = new List<(int Person, int Table)>(seating.SeatedCount);
            for (var t = 0; t < groups.Length; t++)
            {
                var group = seating.Groups[t];
                var members = groups[t] = seating.MembersOf(group).Select(Number).ToArray();
                var g = groupNumber.TryGetValue(group, out var known) ? known : groupNumber[group] = groupNumber.Count;
                var counts = identity.Contains(group);
                for (var i = 0; i < members.Length; i++)
                {
                    var a = members[i];
                    seatedAt.Add((a, t));
                    if (counts && !hosts.Contains(a))
                    {
                        var key = ((long)a << 32) | (uint)g;
                        visits[key] = visits.GetValueOrDefault(key) + 1;
                    }

                    for (var j = i + 1; attributes is not null && j < members.Length; j++)
                    {
                        if (attributes.GetValueOrDefault(a) is { } value && value == attributes.GetValueOrDefault(members[j]))
                        {
                            sameAttribute++;
                        }
                    }
                }
            }

            var table = new int[index.Count];
            Array.Fill(table, -1);
            foreach (var (person, t) in seatedAt)
            {
                table[person] = t;
            }

            tables.Add(table);
            roundMembers.Add(groups);
        }

        // Per person, count their meetings with everyone in one pass over their tables (a stamp array, O(seat-mates)).
        var people = index.Count;
        var distinct = new int[people];
        var seated = new bool[people];
        var meetings = new int[people];
        var touched = new List<int>();
        long repeated = 0;
        var max = 0;
        for (var a = 0; a < people; a++)
        {
            for (var r = 0; r < tables.Count; r++)
            {
                var t = a < tables[r].Length ? tables[r][a] : -1;
                if (t < 0)
                {
                    continue;
                }

                seated[a] = true;
                foreach (var b in roundMembers[r][t])
                {
                    if (b != a && meetings[b]++ == 0)
                    {
                        touched.Add(b);
                    }
                }
            }

            distinct[a] = touched.Count;
            foreach (var b in touched)
            {
                if (b > a)
                {
                    repeated += meetings[b] - 1;
                    max = Math.Max(max, meetings[b]);
                }

                meetings[b] = 0;
            }

            touched.Clear();
        }

        var met = Enumerable.Range(0, people).Where(p => seated[p]).Select(p => distinct[p]).ToArray();
        return new FairnessReport
        {
            RepeatedPairs = (int)Math.Min(int.MaxValue, repeated),
            MaxMeetings = max,
            TableRevisits = visits.Values.Sum(v => v - 1),
            MinDistinctMet = met.Length == 0 ? 0 : met.Min(),
            MeanDistinctMet = met.Length == 0 ? 0 : met.Average(),
            SameAttributePairs = sameAttribute,
            UnbalancedRounds = unbalanced,
            Moved = problem.Announced.IsEmpty ? null : CountMoved(problem, rounds),
            Gap = (int)Math.Min(int.MaxValue, repeated),
        };
    }

    private static int CountMoved(RotationProblem problem, IReadOnlyList<Seating> rounds)
    {
        var moved = 0;
        for (var i = 0; i < problem.Announced.Length && problem.History.Length + i < rounds.Count; i++)
        {
            var announced = problem.Announced[i];
            var planned = rounds[problem.History.Length + i];
            foreach (var group in announced.Groups)
            {
                foreach (var person in announced.MembersOf(group))
                {
                    moved += planned.GroupOf(person) is { } now && now != group ? 1 : 0;
                }
            }
        }

        return moved;
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
    internal FairnessReport WithBound(int bound) => With(r => (r.LowerBound, r.Gap) = (bound, Math.Max(0, RepeatedPairs - bound)));

    /// <summary>Returns a copy with a change (the report is immutable to everyone outside the library).</summary>
    internal FairnessReport With(Action<FairnessReport> change)
    {
        var copy = (FairnessReport)MemberwiseClone();
        change(copy);
        return copy;
    }
}
