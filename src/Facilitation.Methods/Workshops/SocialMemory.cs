using System.Collections.Immutable;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Rotation;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Workshops;

/// <summary>
/// Who met whom in a workshop's earlier method blocks — café tables per round, 1-2-4-All pairs and fours, Open Space sessions
/// attended together — as the met-before pairs a later café or brainstorm plans its groups from (issue 13, item 4).
/// </summary>
internal static class SocialMemory
{
    /// <summary>Gets the groups a block's session sat people in; nothing for a session that forms no groups.</summary>
    public static IEnumerable<ImmutableArray<ParticipantId>> GroupsOf(IFacilitationSession session) => session switch
    {
        WorldCafeSession cafe => cafe.GroupsMet,
        BrainstormSession storm => storm.GroupsMet,
        OpenSpaceSession openSpace => openSpace.GroupsMet,
        _ => [],
    };

    /// <summary>
    /// Gets every pair of the given people who shared a group, each once (the smaller id first), in id order: the same sessions
    /// give the same list, so a restored workshop starts its blocks with the same designs.
    /// </summary>
    public static ImmutableArray<ParticipantPair> PairsAmong(IEnumerable<ImmutableArray<ParticipantId>> groups, IReadOnlySet<ParticipantId> people)
    {
        var pairs = new SortedSet<(ParticipantId, ParticipantId)>();
        foreach (var group in groups)
        {
            var here = group.Where(people.Contains).Distinct().Order().ToArray();
            for (var i = 0; i < here.Length; i++)
            {
                for (var j = i + 1; j < here.Length; j++)
                {
                    pairs.Add((here[i], here[j]));
                }
            }
        }

        return [.. pairs.Select(p => new ParticipantPair(p.Item1, p.Item2))];
    }

    /// <summary>Joins a design's own met-before pairs and the workshop's, each pair once, the design's first.</summary>
    public static ImmutableArray<ParticipantPair> With(ImmutableArray<ParticipantPair> own, ImmutableArray<ParticipantPair> remembered)
    {
        static (ParticipantId, ParticipantId) Key(ParticipantPair p) => p.First.CompareTo(p.Second) <= 0 ? (p.First, p.Second) : (p.Second, p.First);
        var seen = new HashSet<(ParticipantId, ParticipantId)>();
        return [.. (own.IsDefault ? [] : own).Concat(remembered).Where(p => seen.Add(Key(p)))];
    }
}
