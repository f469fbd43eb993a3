using System.Collections.Immutable;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.Brainstorm;

/// <summary>
/// Forms 1-2-4-All pairs and fours with the rotation planner, so that a repeated round meets new partners: the earlier
/// repetitions are the planner's history, and pairs who met in earlier sessions (<see cref="BrainstormDesign.MetBefore"/>) count as met. The planner runs on a step budget with a frozen clock, so the same session
/// always forms the same pairs (reproducible, and identical after save and restore). Very large groups, and any problem
/// the planner refuses, fall back to a seeded greedy search.
/// </summary>
internal static class PartnerPlanning
{
    /// <summary>The most people the planner pairs; above this the greedy search is used (the planner's model grows with the square of the group).</summary>
    public const int MaxPeopleForPlanner = 200;

    private const long StepBudget = 3_000;

    public static ImmutableArray<ImmutableArray<ParticipantId>> FormPairs(ImmutableArray<ParticipantId> people, IReadOnlyList<ImmutableArray<ImmutableArray<ParticipantId>>> earlier, ImmutableArray<ParticipantPair> metBefore, int seed)
    {
        var groups = Sizes(people.Length, 2).Select((size, i) => new Group(new GroupId($"pair-{i + 1}"), size)).ToList();
        var planned = Plan(people, groups, earlier, [], metBefore, seed);
        return planned ?? Immutable(PartnerFinder.FormPairs(people, Flatten(earlier), seed));
    }

    public static ImmutableArray<ImmutableArray<ParticipantId>> FormFours(ImmutableArray<ParticipantId> people, ImmutableArray<ImmutableArray<ParticipantId>> pairs, IReadOnlyList<ImmutableArray<ImmutableArray<ParticipantId>>> earlier, ImmutableArray<ParticipantPair> metBefore, int seed)
    {
        var count = Math.Max(1, pairs.Length / 2);
        var last = people.Length - (4 * (count - 1));
        var groups = Enumerable.Range(0, count).Select(i => new Group(new GroupId($"four-{i + 1}"), i < count - 1 ? 4 : last)).ToList();
        var together = pairs.SelectMany(p => p.Zip(p.Skip(1), (a, b) => new ParticipantPair(a, b))).ToImmutableArray();

        // Pairs thinned by people leaving may not fill fours of four: then the fallback joins whole pairs.
        var planned = last < 1 || pairs.Any(p => p.Length > 4) ? null : Plan(people, groups, earlier, together, metBefore, seed);
        return planned ?? Immutable(PartnerFinder.FormFours([.. pairs.Select(p => p.ToList())], Flatten(earlier)));
    }

    /// <summary>
    /// Forms brainwriting teams of the sizes <paramref name="rosterTeams"/> has (people in roster order) that put together as few pairs who met before as
    /// the planner finds; the roster-order teams are kept when the planner finds none better. Members keep their roster order within a team (it is the passing order).
    /// </summary>
    public static ImmutableArray<ImmutableArray<ParticipantId>> FormTeams(ImmutableArray<ParticipantId> people, List<List<ParticipantId>> rosterTeams, ImmutableArray<ParticipantPair> metBefore, int seed)
    {
        ImmutableArray<ImmutableArray<ParticipantId>> inRosterOrder = [.. rosterTeams.Select(t => t.ToImmutableArray())];
        if (metBefore.IsDefaultOrEmpty || rosterTeams.Count < 2)
        {
            return inRosterOrder;
        }

        var groups = rosterTeams.Select((t, i) => new Group(new GroupId($"team-{i + 1}"), t.Count)).ToList();
        if (Plan(people, groups, [], [], metBefore, seed) is not { } planned)
        {
            return inRosterOrder;
        }

        var order = people.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        ImmutableArray<ImmutableArray<ParticipantId>> mixed = [.. planned.Select(team => team.OrderBy(p => order[p]).ToImmutableArray())];
        return MetPairs(mixed, metBefore) < MetPairs(inRosterOrder, metBefore) ? mixed : inRosterOrder;
    }

    /// <summary>Counts the pairs who met before and sit in one group.</summary>
    public static int MetPairs(ImmutableArray<ImmutableArray<ParticipantId>> groups, ImmutableArray<ParticipantPair> metBefore)
    {
        var groupOf = groups.SelectMany((g, i) => g.Select(p => (p, i))).ToDictionary(x => x.p, x => x.i);
        return metBefore.Where(pair => pair.First != pair.Second).Select(pair => pair.First.CompareTo(pair.Second) < 0 ? (pair.First, pair.Second) : (pair.Second, pair.First)).Distinct()
            .Count(pair => groupOf.TryGetValue(pair.Item1, out var a) && groupOf.TryGetValue(pair.Item2, out var b) && a == b);
    }

    /// <summary>Group sizes for <paramref name="count"/> people in groups of <paramref name="size"/>; the last group takes the remainder.</summary>
    private static List<int> Sizes(int count, int size)
    {
        var groups = Math.Max(1, count / size);
        return [.. Enumerable.Range(0, groups).Select(i => i < groups - 1 ? size : count - (size * (groups - 1)))];
    }

    private static ImmutableArray<ImmutableArray<ParticipantId>>? Plan(
        ImmutableArray<ParticipantId> people,
        List<Group> groups,
        IReadOnlyList<ImmutableArray<ImmutableArray<ParticipantId>>> earlier,
        ImmutableArray<ParticipantPair> together,
        ImmutableArray<ParticipantPair> metBefore,
        int seed)
    {
        if (people.Length > MaxPeopleForPlanner || earlier.Count + 1 > Limits.MaxRounds
            || earlier.Any(round => round.Length != groups.Count || round.Select((g, i) => g.Length == groups[i].Capacity).Contains(false)))
        {
            return null;
        }

        var here = people.ToHashSet();
        var problem = new RotationProblem
        {
            Participants = [.. people.Select(p => new Participant(p))],
            Groups = [.. groups],
            Rounds = earlier.Count + 1,
            History = [.. earlier.Select((round, r) => new Seating(new Round(r + 1), round.Select((members, g) => new KeyValuePair<GroupId, IEnumerable<ParticipantId>>(groups[g].Id, members))))],
            KeepTogether = together,
            MetBefore = [.. metBefore.Where(p => p.First != p.Second && here.Contains(p.First) && here.Contains(p.Second))],
            Seed = seed,
        };
        try
        {
            var plan = new RotationPlanner(FrozenClock.Instance) { StepLimit = StepBudget, Workers = 1 }.Plan(problem);
            var seating = plan.Rounds[^1];
            return [.. groups.Select(g => seating.MembersOf(g.Id))];
        }
        catch (InvalidDesignException)
        {
            return null;
        }
    }

    private static List<IReadOnlyList<ParticipantId>> Flatten(IReadOnlyList<ImmutableArray<ImmutableArray<ParticipantId>>> rounds) =>
        [.. rounds.SelectMany(r => r).Select(g => (IReadOnlyList<ParticipantId>)g)];

    private static ImmutableArray<ImmutableArray<ParticipantId>> Immutable(List<List<ParticipantId>> groups) => [.. groups.Select(g => g.ToImmutableArray())];

    /// <summary>A clock that never moves, so the planner stops on its step budget and never on wall-clock time.</summary>
    private sealed class FrozenClock : TimeProvider
    {
        public static readonly FrozenClock Instance = new();

        public override long GetTimestamp() => 0;

        public override DateTimeOffset GetUtcNow() => DateTimeOffset.UnixEpoch;
    }
}
