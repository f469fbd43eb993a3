using System.Collections.Immutable;

namespace Facilitation.Methods.Printing;

/// <summary>Who met whom: for every pair of people, how many rounds they sat in the same group; people ordered so that those who met often stand side by side.</summary>
/// <remarks>
/// Immutable, computed from the seatings alone. The order is a greedy chain: it starts with the person with most meetings and
/// then always takes, among those not yet placed, the one who met the last-placed person most often (ties: most meetings with
/// the last three placed, then input order), so tablemates form blocks along the diagonal of a heat map.
/// </remarks>
public sealed class MeetingMatrix
{
    private readonly int[,] _meetings;
    private readonly ImmutableDictionary<ParticipantId, int> _index;

    private MeetingMatrix(ImmutableArray<ParticipantId> people, int[,] meetings, ImmutableDictionary<ParticipantId, int> index)
    {
        People = people;
        _meetings = meetings;
        _index = index;
    }

    /// <summary>Gets everyone in the matrix, in cluster order.</summary>
    public ImmutableArray<ParticipantId> People { get; }

    /// <summary>Counts the meetings in a set of seatings.</summary>
    /// <param name="seatings">The seatings (one per round).</param>
    /// <param name="people">Everyone to show, in the order to start from; null for everyone seated at least once, in order of first appearance. People listed but never seated are kept: they met no one yet.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentException">A seating seats someone who is not in <paramref name="people"/>.</exception>
    public static MeetingMatrix From(IEnumerable<Seating> seatings, IEnumerable<ParticipantId>? people = null)
    {
        ArgumentNullException.ThrowIfNull(seatings);
        var rounds = seatings.ToList();
        var order = (people ?? rounds.SelectMany(s => s.Seated)).Distinct().ToList();
        var index = order.Select((p, i) => (p, i)).ToImmutableDictionary(x => x.p, x => x.i);
        var n = order.Count;
        var meetings = new int[n, n];
        foreach (var seating in rounds)
        {
            foreach (var group in seating.Groups)
            {
                var members = seating.MembersOf(group);
                foreach (var person in members)
                {
                    if (!index.ContainsKey(person))
                    {
                        throw new ArgumentException($"{seating.Round} seats '{person}', who is not among the people of the matrix.", nameof(seatings));
                    }
                }

                for (var a = 0; a < members.Length; a++)
                {
                    for (var b = a + 1; b < members.Length; b++)
                    {
                        meetings[index[members[a]], index[members[b]]]++;
                        meetings[index[members[b]], index[members[a]]]++;
                    }
                }
            }
        }

        var chain = Chain(meetings, n);
        var ordered = chain.Select(i => order[i]).ToImmutableArray();
        return new MeetingMatrix(ordered, meetings, index);
    }

    /// <summary>Gets how many rounds two people sat in the same group.</summary>
    /// <param name="a">One person.</param>
    /// <param name="b">The other.</param>
    /// <returns>The count; 0 for a person with themselves.</returns>
    /// <exception cref="ArgumentException">A person is not in the matrix.</exception>
    public int Meetings(ParticipantId a, ParticipantId b) => a == b ? 0 : _meetings[IndexOf(a), IndexOf(b)];

    /// <summary>Gets how many of the others in the matrix a person has not met yet.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentException">The person is not in the matrix.</exception>
    public int NotMetYet(ParticipantId person)
    {
        var i = IndexOf(person);
        var count = 0;
        for (var j = 0; j < People.Length; j++)
        {
            if (j != i && _meetings[i, j] == 0)
            {
                count++;
            }
        }

        return count;
    }

    private int IndexOf(ParticipantId person) =>
        _index.TryGetValue(person, out var i) ? i : throw new ArgumentException($"'{person}' is not in the meeting matrix.", nameof(person));

    private static List<int> Chain(int[,] meetings, int n)
    {
        var placed = new bool[n];
        var chain = new List<int>(n);
        int Total(int i)
        {
            var t = 0;
            for (var j = 0; j < n; j++)
            {
                t += meetings[i, j];
            }

            return t;
        }

        while (chain.Count < n)
        {
            var best = -1;
            (int Last, int Recent, int Total) bestScore = default;
            for (var i = 0; i < n; i++)
            {
                if (placed[i])
                {
                    continue;
                }

                var score = chain.Count == 0
                    ? (0, 0, Total(i))
                    : (meetings[chain[^1], i], chain.TakeLast(3).Sum(j => meetings[j, i]), 0);
                if (best < 0 || score.CompareTo(bestScore) > 0)
                {
                    best = i;
                    bestScore = score;
                }
            }

            placed[best] = true;
            chain.Add(best);
        }

        return chain;
    }
}
