using System.Collections.Immutable;

namespace Facilitation.Methods.Rotation;

/// <summary>A valid <see cref="RotationProblem"/> compiled to indices: people 0..N-1, groups 0..G-1, rounds 0..R-1 (history rounds first).</summary>
internal sealed class PlanningModel
{
    private readonly HashSet<long> _apart = [];
    private readonly int[][] _languages;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, int[]> _evenSizes = new();

    private PlanningModel(RotationProblem problem)
    {
        Problem = problem;
        N = problem.Participants.Length;
        G = problem.Groups.Length;
        R = problem.Rounds;
        HistoryRounds = problem.History.Length;
        Index = new Dictionary<ParticipantId, int>(N);
        for (var p = 0; p < N; p++)
        {
            Index[problem.Participants[p].Id] = p;
        }

        GroupIndex = new Dictionary<GroupId, int>(G);
        Capacity = new int[G];
        HostOf = new int[G];
        Identity = new bool[G];
        HostedGroup = new int[N];
        Array.Fill(HostedGroup, -1);
        for (var g = 0; g < G; g++)
        {
            var group = problem.Groups[g];
            GroupIndex[group.Id] = g;
            Capacity[g] = group.Capacity;
            Identity[g] = group.HasIdentity;
            HostOf[g] = group.Host is { } h ? Index[h] : -1;
            if (HostOf[g] >= 0)
            {
                HostedGroup[HostOf[g]] = g;
            }
        }

        Present = new bool[R][];
        for (var r = 0; r < R; r++)
        {
            Present[r] = new bool[N];
            Array.Fill(Present[r], true);
        }

        foreach (var absence in problem.Absences)
        {
            foreach (var round in absence.Rounds.IsDefault ? [] : absence.Rounds)
            {
                Present[round - 1][Index[absence.Participant]] = false;
            }
        }

        Attribute = new int[N];
        Array.Fill(Attribute, -1);
        if (problem.MixBy is { } mixBy)
        {
            var values = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var p = 0; p < N; p++)
            {
                if (problem.Participants[p].GetAttribute(mixBy) is { } value)
                {
                    Attribute[p] = values.TryGetValue(value, out var id) ? id : values[value] = values.Count;
                }
            }
        }

        Constrained = new bool[N];
        foreach (var pair in problem.KeepApart)
        {
            int a = Index[pair.First], b = Index[pair.Second];
            _apart.Add(Key(a, b));
            _apart.Add(Key(b, a));
            Constrained[a] = Constrained[b] = true;
        }

        MustShareLanguage = problem.MustShareLanguage;
        var languageIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _languages = new int[N][];
        for (var p = 0; p < N; p++)
        {
            _languages[p] = [.. problem.Participants[p].Languages.Select(l => languageIds.TryGetValue(l, out var id) ? id : languageIds[l] = languageIds.Count).Order()];
            if (MustShareLanguage && _languages[p].Length > 0)
            {
                Constrained[p] = true;
            }
        }

        // Keep-together: union-find into components.
        var parent = Enumerable.Range(0, N).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        foreach (var pair in problem.KeepTogether)
        {
            int a = Find(Index[pair.First]), b = Find(Index[pair.Second]);
            if (a != b)
            {
                parent[a] = b;
            }
        }

        Component = new int[N];
        var members = new Dictionary<int, List<int>>();
        for (var p = 0; p < N; p++)
        {
            var root = Find(p);
            Component[p] = root;
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
            }

            list.Add(p);
        }

        ComponentMembers = members.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());

        Announced = new int[problem.Announced.Length][];
        for (var a = 0; a < Announced.Length; a++)
        {
            Announced[a] = new int[N];
            Array.Fill(Announced[a], -1);
            var seating = problem.Announced[a];
            foreach (var group in seating.Groups)
            {
                if (GroupIndex.TryGetValue(group, out var g))
                {
                    foreach (var person in seating.MembersOf(group))
                    {
                        if (Index.TryGetValue(person, out var p))
                        {
                            Announced[a][p] = g;
                        }
                    }
                }
            }
        }

        MetBefore = [.. problem.MetBefore.Where(pair => pair.First != pair.Second).Select(pair => (Index[pair.First], Index[pair.Second])).Select(x => x.Item1 < x.Item2 ? x : (x.Item2, x.Item1)).Distinct()];

        History = new int[HistoryRounds][];
        for (var h = 0; h < HistoryRounds; h++)
        {
            History[h] = new int[N];
            Array.Fill(History[h], -1);
            var seating = problem.History[h];
            foreach (var group in seating.Groups)
            {
                var g = GroupIndex[group];
                foreach (var person in seating.MembersOf(group))
                {
                    History[h][Index[person]] = g;
                }
            }
        }
    }

    public RotationProblem Problem { get; }

    public int N { get; }

    public int G { get; }

    public int R { get; }

    public int HistoryRounds { get; }

    public Dictionary<ParticipantId, int> Index { get; }

    public Dictionary<GroupId, int> GroupIndex { get; }

    public int[] Capacity { get; }

    /// <summary>Gets the host of each group, or -1.</summary>
    public int[] HostOf { get; }

    /// <summary>Gets whether each group has an identity (host or prompt), so sitting there twice is a revisit.</summary>
    public bool[] Identity { get; }

    /// <summary>Gets the group each person hosts, or -1.</summary>
    public int[] HostedGroup { get; }

    /// <summary>Gets who is present, per round.</summary>
    public bool[][] Present { get; }

    /// <summary>Gets the mix-by value id of each person, or -1.</summary>
    public int[] Attribute { get; }

    public bool MustShareLanguage { get; }

    /// <summary>Gets whether a person takes part in any keep-apart or language rule (so conflicts must be checked).</summary>
    public bool[] Constrained { get; }

    /// <summary>Gets the keep-together component (its root person) of each person.</summary>
    public int[] Component { get; }

    public Dictionary<int, int[]> ComponentMembers { get; }

    /// <summary>Gets the group of each person in each history round, or -1.</summary>
    public int[][] History { get; }

    /// <summary>Gets the pairs who met before the plan (each once, smaller index first): one meeting each, already held.</summary>
    public (int A, int B)[] MetBefore { get; }

    /// <summary>Gets the announced group of each person in each announced round (index 0 = the first round after the history), or -1.</summary>
    public int[][] Announced { get; }

    public bool HasMix => Problem.MixBy is not null;

    /// <summary>Tells whether round r (0-based, history included) has an announced seating.</summary>
    public bool IsAnnounced(int r) => r >= HistoryRounds && r - HistoryRounds < Announced.Length;

    /// <summary>Gets the announced group of person p in round r, or -1 (not announced, or no announced seating).</summary>
    public int AnnouncedGroup(int r, int p) => IsAnnounced(r) ? Announced[r - HistoryRounds][p] : -1;

    public static PlanningModel Compile(RotationProblem problem) => new(problem);

    /// <summary>Gets the most even group sizes for a number of people (shared, computed once per number).</summary>
    public int[] EvenSizes(int people) => _evenSizes.GetOrAdd(people, ComputeEvenSizes);


    /// <summary>Tells whether two people may not share a group (keep apart, or no shared language when one is required).</summary>
    public bool Conflicts(int a, int b)
    {
        if (!Constrained[a] || !Constrained[b])
        {
            return false;
        }

        if (_apart.Contains(Key(a, b)))
        {
            return true;
        }

        return MustShareLanguage && !ShareLanguage(_languages[a], _languages[b]);
    }

    /// <summary>Gets the present members of a keep-together component in a round.</summary>
    public int[] PresentMembers(int person, int round) => ComponentMembers[Component[person]].Where(p => Present[round][p]).ToArray();

    /// <summary>Gets whether the person moves alone in this round: present, not a host, and no present keep-together partner.</summary>
    public bool MovesAlone(int person, int round)
    {
        if (!Present[round][person] || HostedGroup[person] >= 0)
        {
            return false;
        }

        var members = ComponentMembers[Component[person]];
        if (members.Length == 1)
        {
            return true;
        }

        var count = 0;
        foreach (var m in members)
        {
            if (Present[round][m])
            {
                count++;
            }
        }

        return count == 1;
    }

    public ImmutableArray<Seating> BuildSeatings(int[][] groupOf) => BuildSeatings(groupOf, 0, R);

    /// <summary>Builds the seatings of rounds <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> − 1 only.</summary>
    public ImmutableArray<Seating> BuildSeatings(int[][] groupOf, int from, int count)
    {
        var builder = ImmutableArray.CreateBuilder<Seating>(count);
        for (var r = from; r < from + count; r++)
        {
            if (r < HistoryRounds)
            {
                builder.Add(Problem.History[r]);
                continue;
            }

            var lists = new List<ParticipantId>[G];
            for (var g = 0; g < G; g++)
            {
                lists[g] = [];
                if (HostOf[g] >= 0 && groupOf[r][HostOf[g]] == g)
                {
                    lists[g].Add(Problem.Participants[HostOf[g]].Id);
                }
            }

            for (var p = 0; p < N; p++)
            {
                var g = groupOf[r][p];
                if (g >= 0 && HostOf[g] != p)
                {
                    lists[g].Add(Problem.Participants[p].Id);
                }
            }

            builder.Add(new Seating(new Round(r + 1), Enumerable.Range(0, G).Select(g => new KeyValuePair<GroupId, IEnumerable<ParticipantId>>(Problem.Groups[g].Id, lists[g]))));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Fills people one at a time into the smallest group with room: the most even sizes the capacities allow.</summary>
    private int[] ComputeEvenSizes(int people)
    {
        var sizes = new int[G];
        var queue = new PriorityQueue<int, (int Size, int Group)>();
        for (var g = 0; g < G; g++)
        {
            queue.Enqueue(g, (0, g));
        }

        for (var i = 0; i < people && queue.Count > 0; i++)
        {
            var g = queue.Dequeue();
            sizes[g]++;
            if (sizes[g] < Capacity[g])
            {
                queue.Enqueue(g, (sizes[g], g));
            }
        }

        return sizes;
    }

    private static long Key(int a, int b) => ((long)a << 32) | (uint)b;

    private static bool ShareLanguage(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return true;
        }

        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return true;
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }
}
