using System.Collections.Immutable;
using Facilitation.Methods.Rotation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Facilitation.Methods.Tests.Rotation;

/// <summary>Social memory: pairs who met in an earlier session (<see cref="RotationProblem.MetBefore"/>) count as one meeting already held.</summary>
public class MetBeforeTests
{
    private static Arbitrary<int> Seeds => Gen.Choose(0, 1_000_000).ToArbitrary();

    [Fact]
    public void Plan_YesterdaysTwoTablesAsMetBefore_MixesThemHalfAndHalf()
    {
        // Yesterday p01–p04 sat at one table and p05–p08 at the other: today's one round can only mix them two and two.
        var people = RotationTestProblems.People(8);
        var yesterday = new[] { people[..4], people[4..] };
        var problem = new RotationProblem { Participants = people, Groups = RotationTestProblems.Tables(2, 4), Rounds = 1, MetBefore = PairsOf(yesterday.Select(g => g.AsEnumerable())), Seed = 3 };

        var plan = RotationTestProblems.Planner().Plan(problem);

        Assert.All(plan.Rounds[0].Groups, table => Assert.Equal(2, plan.Rounds[0].MembersOf(table).Count(p => yesterday[0].Any(x => x.Id == p))));
        Assert.Equal(4, MetAgain(plan.Rounds[0], problem.MetBefore));
        Assert.Equal(0, plan.Report.RepeatedPairs); // the report counts this plan's rounds only
    }

    [Fact]
    public void Plan_NoMetBefore_GivesTheSamePlanAsBefore()
    {
        var problem = RotationTestProblems.Golfers(3, 4, 3);

        var plain = RotationTestProblems.Planner().Plan(problem);
        var empty = RotationTestProblems.Planner().Plan(problem with { MetBefore = [] });

        Assert.Equal(plain.Rounds.AsEnumerable(), empty.Rounds.AsEnumerable());
    }

    [Fact]
    public void Validate_MetBeforeNamesSomeoneNotInThePlan_SaysWho()
    {
        var people = RotationTestProblems.People(4);
        var problem = new RotationProblem { Participants = people, Groups = RotationTestProblems.Tables(2, 2), Rounds = 1, MetBefore = [new(people[0].Id, "stranger")] };

        var result = new RotationPlanner().Validate(problem);

        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains("met-before", StringComparison.Ordinal) && e.ErrorMessage.Contains("stranger", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadInstance_MetBefore_IsReadAsPairs()
    {
        var problem = RotationJson.ReadProblem("""
            { "participants": [{ "id": "a" }, { "id": "b" }, { "id": "c" }, { "id": "d" }], "tables": [{ "id": "t1", "capacity": 2 }, { "id": "t2", "capacity": 2 }],
              "rounds": 1, "metBefore": [["a", "b"], ["c", "d"]] }
            """);

        Assert.Equal([new ParticipantPair("a", "b"), new ParticipantPair("c", "d")], problem.MetBefore.AsEnumerable());
        var seating = RotationTestProblems.Planner().Plan(problem).Rounds[0];
        Assert.NotEqual(seating.GroupOf("a"), seating.GroupOf("b"));
        Assert.NotEqual(seating.GroupOf("c"), seating.GroupOf("d"));
    }

    // Honest about what a search can promise: with the earlier groups given, the first rounds of a batch of random rosters and groups
    // seat fewer previously-met pairs together than the same planner, same seeds and budget, seats without them. Not per plan: a search
    // that also weighs this round's other costs may, for about one seed in 500, seat one such pair more (seeds 354021, 849835, 801886,
    // 912639, 702441 each did), so the property is about the batch, which is what a facilitator re-seating a second day sees.
    [Property(MaxTest = 30)]
    public Property Plan_WithMetBefore_FirstRoundsMeetFewerPreviouslyMetPairsThanWithout() => Prop.ForAll(Batches, seeds =>
    {
        var counts = seeds.Select(seed =>
        {
            var (problem, metBefore) = RandomWithEarlierGroups(seed);
            var without = RotationTestProblems.Planner().Plan(problem).Rounds[0];
            var with = RotationTestProblems.Planner().Plan(problem with { MetBefore = metBefore }).Rounds[0];
            return (With: MetAgain(with, metBefore), Without: MetAgain(without, metBefore));
        }).ToList();
        return (counts.Sum(c => c.With) < counts.Sum(c => c.Without))
            .Label($"seeds {string.Join(", ", seeds)}: {counts.Sum(c => c.With)} with, {counts.Sum(c => c.Without)} without");
    });

    private static Arbitrary<int[]> Batches => Gen.Choose(0, 1_000_000).ArrayOf(10).ToArbitrary();

    [Property(MaxTest = 40)]
    public Property Plan_WithMetBefore_KeepsEveryHardRuleAndReportsThisPlanOnly() => Prop.ForAll(Seeds, seed =>
    {
        var problem = RotationTestProblems.RandomProblem(seed);
        var random = new Random(seed);
        var ids = problem.Participants.Select(p => p.Id).ToArray();
        var metBefore = Enumerable.Range(0, random.Next(0, ids.Length * 2)).Select(_ => (ids[random.Next(ids.Length)], ids[random.Next(ids.Length)])).Where(p => p.Item1 != p.Item2).Select(p => new ParticipantPair(p.Item1, p.Item2)).ToImmutableArray();
        var plan = RotationTestProblems.Planner().Plan(problem with { MetBefore = metBefore });
        var violations = RotationTestProblems.HardRuleViolations(problem, plan);
        var (repeated, max, revisits) = RotationTestProblems.Recount(problem, plan.Rounds);
        return (violations.Count == 0 && plan.Report.RepeatedPairs == repeated && plan.Report.MaxMeetings == max && plan.Report.TableRevisits == revisits)
            .Label($"seed {seed}: {string.Join("; ", violations)}");
    });

    internal static ImmutableArray<ParticipantPair> PairsOf(IEnumerable<IEnumerable<Participant>> groups) =>
        [.. groups.SelectMany(g => g.SelectMany((a, i) => g.Skip(i + 1).Select(b => new ParticipantPair(a.Id, b.Id))))];

    internal static int MetAgain(Seating seating, IEnumerable<ParticipantPair> metBefore) =>
        metBefore.Count(p => seating.GroupOf(p.First) is { } g && seating.GroupOf(p.Second) == g);

    /// <summary>6–30 people at 2–5 tables for 1–3 rounds, who sat yesterday in random groups of 3–6; a wall-clock cap far above any plan here, so each plan is a pure function of the seed and the step budget, whatever the machine's load.</summary>
    private static (RotationProblem Problem, ImmutableArray<ParticipantPair> MetBefore) RandomWithEarlierGroups(int seed)
    {
        var random = new Random(seed);
        var people = RotationTestProblems.People(random.Next(6, 31));
        var tables = random.Next(2, Math.Min(5, people.Length / 2) + 1);
        var capacity = (people.Length + tables - 1) / tables + random.Next(0, 2);
        var shuffled = people.OrderBy(_ => random.Next()).ToList();
        var size = random.Next(3, 7);
        var yesterday = shuffled.Chunk(size).Select(g => g.AsEnumerable());
        var problem = new RotationProblem { Participants = people, Groups = RotationTestProblems.Tables(tables, capacity), Rounds = random.Next(1, 4), Seed = seed, TimeLimit = TimeSpan.FromMinutes(5) };
        return (problem, PairsOf(yesterday));
    }
}
