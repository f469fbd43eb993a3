using System.Collections.Immutable;

namespace Facilitation.Methods.Rotation;

/// <summary>
/// Who met whom: how many rounds each pair of participants shared a group, and, per person, who they have met and who not
/// yet. A read model for exports and pictures (a heat map, "people you have not met yet" on a route card).
/// </summary>
/// <remarks>Immutable; counted once from the seatings. Only pairs who met are stored, so it stays small for large events.</remarks>
public sealed class MeetingMatrix
{
    private readonly Dictionary<ParticipantId, int> _index;
    private readonly Dictionary<long, int> _meetings;
    private readonly List<int>[] _met;

    private MeetingMatrix(ImmutableArray<ParticipantId> participants, Dictionary<ParticipantId, int> index, Dictionary<long, int> meetings, List<int>[] met)
    {
        Participants = participants;
        _index = index;
        _meetings = meetings;
        _met = met;
    }

    /// <summary>Gets everyone the matrix covers, in the order given (then anyone seated but not listed, as first seen).</summary>
    public ImmutableArray<ParticipantId> Participants { get; }

    /// <summary>Counts who met whom in the given seatings.</summary>
    /// <param name="participants">The people to cover (everyone seated is covered too).</param>
    /// <param name="rounds">The seatings, for example <see cref="RotationPlan.Rounds"/>, or the rounds held so far.</param>
    /// <returns>The matrix.</returns>
    public static MeetingMatrix Count(IEnumerable<ParticipantId> participants, IEnumerable<Seating> rounds)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(rounds);
        var order = new List<ParticipantId>();
        var index = new Dictionary<ParticipantId, int>();
        int Number(ParticipantId id)
        {
            if (!index.TryGetValue(id, out var i))
            {
                index[id] = i = order.Count;
                order.Add(id);
            }

            return i;
        }

        foreach (var participant in participants)
        {
            Number(participant);
        }

        var meetings = new Dictionary<long, int>();
        foreach (var seating in rounds)
        {
            foreach (var group in seating.Groups)
            {
                var members = seating.MembersOf(group).Select(Number).ToArray();
                for (var i = 0; i < members.Length; i++)
                {
                    for (var j = i + 1; j < members.Length; j++)
                    {
                        var key = Key(members[i], members[j]);
                        meetings[key] = meetings.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        var met = new List<int>[order.Count];
        for (var p = 0; p < met.Length; p++)
        {
            met[p] = [];
        }

        foreach (var key in meetings.Keys)
        {
            int a = (int)(key >> 32), b = (int)(uint)key;
            met[a].Add(b);
            met[b].Add(a);
        }

        foreach (var list in met)
        {
            list.Sort();
        }

        return new MeetingMatrix([.. order], index, meetings, met);
    }

    /// <summary>Gets how many rounds two participants shared a group (0 for people who never met, or are not covered).</summary>
    /// <param name="first">One participant.</param>
    /// <param name="second">The other.</param>
    /// <returns>The number of shared rounds.</returns>
    public int MeetingsOf(ParticipantId first, ParticipantId second) =>
        first != second && _index.TryGetValue(first, out var a) && _index.TryGetValue(second, out var b) ? _meetings.GetValueOrDefault(Key(a, b)) : 0;

    /// <summary>Gets the people a participant has shared a group with, in <see cref="Participants"/> order.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>The people met; empty for someone not covered.</returns>
    public ImmutableArray<ParticipantId> Met(ParticipantId participant) =>
        _index.TryGetValue(participant, out var p) ? [.. _met[p].Select(i => Participants[i])] : [];

    /// <summary>Gets the people a participant has not met yet, in <see cref="Participants"/> order (themselves excluded).</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>The people not met yet; empty for someone not covered.</returns>
    public ImmutableArray<ParticipantId> NotMetYet(ParticipantId participant)
    {
        if (!_index.TryGetValue(participant, out var p))
        {
            return [];
        }

        var met = _met[p];
        var builder = ImmutableArray.CreateBuilder<ParticipantId>(Participants.Length - 1 - met.Count);
        for (int i = 0, m = 0; i < Participants.Length; i++)
        {
            if (m < met.Count && met[m] == i)
            {
                m++;
            }
            else if (i != p)
            {
                builder.Add(Participants[i]);
            }
        }

        return builder.MoveToImmutable();
    }

    private static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}
