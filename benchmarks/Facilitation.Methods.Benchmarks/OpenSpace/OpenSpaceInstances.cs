using Facilitation.Methods.OpenSpace;

namespace Facilitation.Methods.Benchmarks.OpenSpace;

/// <summary>Generated Open Space events for the scheduling benchmark: skewed popularity (a few hot topics), mixed room sizes, some conveners with two sessions.</summary>
internal static class OpenSpaceInstances
{
    public sealed record Instance(string Name, AgendaProblem Problem, bool Exact);

    public static IEnumerable<Instance> All()
    {
        yield return Make("small-8x(3x3)-24p", 8, 3, 3, 24, seed: 1, exact: true);
        yield return Make("small-9x(3x3)-30p", 9, 3, 3, 30, seed: 2, exact: true);
        yield return Make("small-10x(3x4)-30p", 10, 3, 4, 30, seed: 3, exact: true);
        yield return Make("small-10x(4x3)-40p", 10, 4, 3, 40, seed: 4, exact: true);
        yield return Make("30x(6x5)-50p", 30, 6, 5, 50, seed: 5);
        yield return Make("30x(6x6)-200p", 30, 6, 6, 200, seed: 6);
        yield return Make("100x(10x10)-500p", 100, 10, 10, 500, seed: 7);
        yield return Make("100x(8x15)-2000p", 100, 8, 15, 2000, seed: 8);
        yield return Make("300x(12x20)-2000p", 300, 12, 20, 2000, seed: 9);
        yield return Make("300x(12x25)-2000p", 300, 12, 25, 2000, seed: 10);
    }

    public static Instance Make(string name, int sessions, int slots, int spaces, int people, int seed, bool exact = false)
    {
        var random = new Random(seed);
        var capacity = Enumerable.Range(0, spaces).Select(_ => random.Next(4) switch { 0 => 8, 1 => 15, 2 => 25, _ => 50 }).ToArray();
        if (people <= 50)
        {
            capacity = [.. capacity.Select(c => Math.Max(3, c / 5))];
        }

        var convener = Enumerable.Range(0, sessions).Select(i => random.Next(4) == 0 && i > 0 ? random.Next(people) : i % people).ToArray();
        var popularity = Enumerable.Range(0, sessions).Select(_ => Math.Pow(random.NextDouble(), 2.5) + 0.05).ToArray();
        var total = popularity.Sum();
        var interested = Enumerable.Range(0, sessions).Select(i => new HashSet<int> { convener[i] }).ToArray();
        for (var p = 0; p < people; p++)
        {
            var wants = random.Next(2, Math.Min(8, sessions) + 1);
            for (var k = 0; k < wants; k++)
            {
                var x = random.NextDouble() * total;
                var s = 0;
                while (s < sessions - 1 && (x -= popularity[s]) > 0)
                {
                    s++;
                }

                interested[s].Add(p);
            }
        }

        var none = Enumerable.Repeat(-1, sessions).ToArray();
        var problem = new AgendaProblem(slots, spaces, people, capacity, [.. Enumerable.Repeat(true, slots)], convener,
            [.. interested.Select(set => set.Order().ToArray())], none, none, none);
        return new Instance(name, problem, exact);
    }
}
