using System.Collections.Immutable;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.Printing;

/// <summary>
/// The who-met-whom counts of <see cref="MeetingMatrix"/> with people ordered for a heat map, so that those who met often
/// stand side by side.
/// </summary>
/// <remarks>
/// The order is a greedy chain: it starts with the person with most meetings and then always takes, among those not yet
/// placed, the one who met the last-placed person most often (ties: most meetings with the last three placed, then input
/// order), so tablemates form blocks along the diagonal.
/// </remarks>
internal sealed class ClusteredMeetings
{
    private readonly MeetingMatrix _matrix;

    private ClusteredMeetings(MeetingMatrix matrix, ImmutableArray<ParticipantId> people)
    {
        _matrix = matrix;
        People = people;
    }

    /// <summary>Gets everyone in the matrix, in cluster order.</summary>
    public ImmutableArray<ParticipantId> People { get; }

    /// <summary>Counts the meetings in a set of seatings and orders the people.</summary>
    /// <param name="seatings">The seatings (one per round).</param>
    /// <param name="people">Everyone to show, in the order to start from; null for everyone seated at least once, in order of first appearance. People listed but never seated are kept: they met no one yet.</param>
    /// <exception cref="ArgumentException">A seating seats someone who is not in <paramref name="people"/>.</exception>
    public static ClusteredMeetings From(IEnumerable<Seating> seatings, IEnumerable<ParticipantId>? people = null)
    {
        ArgumentNullException.ThrowIfNull(seatings);
        var rounds = seatings.ToList();
        var order = (people ?? rounds.SelectMany(s => s.Seated)).Distinct().ToList();
        var shown = order.ToHashSet();
        foreach (var seating in rounds)
        {
            foreach (var person in seating.Seated)
            {
                if (!shown.Contains(person))
                {
                    throw new ArgumentException($"{seating.Round} seats '{person}', who is not among the people of the matrix.", nameof(seatings));
                }
            }
        }

        var matrix = MeetingMatrix.Count(order, rounds);
        var n = order.Count;
        var meetings = new int[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                meetings[a, b] = meetings[b, a] = matrix.MeetingsOf(order[a], order[b]);
            }
        }

        return new ClusteredMeetings(matrix, [.. Chain(meetings, n).Select(i => order[i])]);
    }

    /// <summary>Gets how many rounds two people sat in the same group; 0 for a person with themselves.</summary>
    public int Meetings(ParticipantId a, ParticipantId b) => a == b ? 0 : _matrix.MeetingsOf(a, b);

    /// <summary>Gets how many of the others in the matrix a person has not met yet.</summary>
    public int NotMetYet(ParticipantId person) => _matrix.NotMetYet(person).Length;

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
