namespace Facilitation.Methods.Brainstorm;

/// <summary>Forms 1-2-4-All pairs and fours so that people meet partners they have not met in earlier repetitions: a small seeded greedy search.</summary>
internal static class PartnerFinder
{
    /// <summary>Forms pairs (one trio when the count is odd), preferring people who have met least.</summary>
    public static List<List<ParticipantId>> FormPairs(IReadOnlyList<ParticipantId> people, IReadOnlyCollection<IReadOnlyList<ParticipantId>> history, int seed)
    {
        var met = CountMeetings(history);
        var order = Shuffle(people, seed);
        var left = new List<ParticipantId>(order);
        var pairs = JoinLeastMet(left, (a, b) => Meetings(met, a, b), (a, b) => [a, b]);

        if (left.Count == 1)
        {
            if (pairs.Count == 0)
            {
                pairs.Add([left[0]]);
            }
            else
            {
                // The odd one out joins the pair they have met least.
                var target = pairs.OrderBy(p => p.Sum(q => Meetings(met, left[0], q))).First();
                target.Add(left[0]);
            }
        }

        return pairs;
    }

    /// <summary>Joins pairs two by two into fours, preferring pairs whose members have met least; an odd pair joins the last four.</summary>
    public static List<List<ParticipantId>> FormFours(IReadOnlyList<List<ParticipantId>> pairs, IReadOnlyCollection<IReadOnlyList<ParticipantId>> history)
    {
        var met = CountMeetings(history);
        var left = pairs.Select(p => p.ToList()).ToList();
        var fours = JoinLeastMet(left, (a, b) => Between(met, a, b), (a, b) => [.. a, .. b]);

        if (left.Count == 1)
        {
            if (fours.Count == 0)
            {
                fours.Add(left[0]);
            }
            else
            {
                fours[^1].AddRange(left[0]);
            }
        }

        return fours;
    }

    /// <summary>Counts how often each pair of people has sat in the same group.</summary>
    public static Dictionary<(ParticipantId, ParticipantId), int> CountMeetings(IEnumerable<IReadOnlyList<ParticipantId>> groups)
    {
        var met = new Dictionary<(ParticipantId, ParticipantId), int>();
        foreach (var group in groups)
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    var key = Key(group[i], group[j]);
                    met[key] = met.GetValueOrDefault(key) + 1;
                }
            }
        }

        return met;
    }

    /// <summary>Takes the first of <paramref name="left"/> and joins it with the one after it that it has met least (the earliest on a tie),
    /// again and again while two or more are left; what is left over (one or none) stays in <paramref name="left"/>.</summary>
    private static List<List<ParticipantId>> JoinLeastMet<T>(List<T> left, Func<T, T, int> meetings, Func<T, T, List<ParticipantId>> join)
    {
        var groups = new List<List<ParticipantId>>();
        while (left.Count >= 2)
        {
            var first = left[0];
            left.RemoveAt(0);
            var best = 0;
            for (var i = 1; i < left.Count; i++)
            {
                if (meetings(first, left[i]) < meetings(first, left[best]))
                {
                    best = i;
                }
            }

            groups.Add(join(first, left[best]));
            left.RemoveAt(best);
        }

        return groups;
    }

    private static int Between(Dictionary<(ParticipantId, ParticipantId), int> met, List<ParticipantId> a, List<ParticipantId> b) =>
        a.Sum(x => b.Sum(y => Meetings(met, x, y)));

    private static int Meetings(Dictionary<(ParticipantId, ParticipantId), int> met, ParticipantId a, ParticipantId b) =>
        met.GetValueOrDefault(Key(a, b));

    private static (ParticipantId, ParticipantId) Key(ParticipantId a, ParticipantId b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

    private static List<ParticipantId> Shuffle(IReadOnlyList<ParticipantId> people, int seed)
    {
        var list = people.ToList();
#pragma warning disable CA5394 // Not security: a seeded, reproducible order.
        var random = new Random(seed);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
#pragma warning restore CA5394

        return list;
    }
}
