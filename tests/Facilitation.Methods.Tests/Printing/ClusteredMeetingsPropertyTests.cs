using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Facilitation.Methods.Printing;

namespace Facilitation.Methods.Tests.Printing;

public class ClusteredMeetingsPropertyTests
{
    private static Arbitrary<int> Seeds => Gen.Choose(0, 1_000_000).ToArbitrary();

    /// <summary>Random rounds: 4–20 people shuffled into 2–5 groups each round, some absent.</summary>
    private static List<Seating> RandomSeatings(int seed, out List<ParticipantId> people)
    {
        var random = new Random(seed);
        people = [.. Enumerable.Range(0, random.Next(4, 21)).Select(i => new ParticipantId($"p{i}"))];
        var rounds = new List<Seating>();
        var count = random.Next(1, 6);
        for (var r = 1; r <= count; r++)
        {
            var groups = random.Next(2, 6);
            var present = people.Where(_ => random.Next(6) > 0).OrderBy(_ => random.Next()).ToList();
            rounds.Add(new Seating(new Round(r), Enumerable.Range(0, groups).Select(g => new KeyValuePair<GroupId, IEnumerable<ParticipantId>>($"g{g}", present.Where((_, i) => i % groups == g)))));
        }

        return rounds;
    }

    [Property(MaxTest = 80)]
    public Property From_AnySeatings_CountsEveryPairOncePerSharedRound() => Prop.ForAll(Seeds, seed =>
    {
        var rounds = RandomSeatings(seed, out var people);
        var matrix = ClusteredMeetings.From(rounds, people);
        Assert.Equal(people.Order(), matrix.People.Order());
        foreach (var a in people)
        {
            Assert.Equal(0, matrix.Meetings(a, a));
            foreach (var b in people)
            {
                var together = rounds.Count(s => s.GroupOf(a) is { } g && a != b && s.GroupOf(b) == g);
                Assert.Equal(together, matrix.Meetings(a, b));
                Assert.Equal(matrix.Meetings(a, b), matrix.Meetings(b, a));
            }

            Assert.Equal(people.Count(b => b != a && matrix.Meetings(a, b) == 0), matrix.NotMetYet(a));
        }
    });

    [Property(MaxTest = 40)]
    public Property From_TwoDisjointCircles_KeepsEachCircleTogetherInTheOrder() => Prop.ForAll(Seeds, seed =>
    {
        var random = new Random(seed);
        var size = random.Next(2, 7);
        var left = Enumerable.Range(0, size).Select(i => new ParticipantId($"a{i}")).ToList();
        var right = Enumerable.Range(0, size).Select(i => new ParticipantId($"b{i}")).ToList();
        var shuffled = left.Concat(right).OrderBy(_ => random.Next()).ToList();
        var seating = new Seating(Round.First, [new("L", left), new("R", right)]);
        var order = ClusteredMeetings.From([seating], shuffled).People;
        var firstHalf = order.Take(size).Select(p => p.Value[0]).Distinct();
        Assert.Single(firstHalf);
    });
}
