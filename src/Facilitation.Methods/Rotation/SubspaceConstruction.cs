using System.Numerics;

namespace Facilitation.Methods.Rotation;

/// <summary>
/// A resolvable-design construction from affine geometry over GF(2): 2^k people are the points of GF(2)^k, and a round
/// seats the cosets of one d-dimensional subspace (groups of 2^d). Two people x, y meet in the round of subspace V exactly
/// when x ⊕ y ∈ V, so subspaces that pairwise share only 0 (a partial spread) give rounds in which nobody meets anyone twice.
/// For 32 people in groups of 4 (k = 5, d = 2) nine such planes exist, which solves the social golfer instance 8-4-9.
/// Applies to the regular case without hosts or pair rules, k ≤ 6.
/// </summary>
internal static class SubspaceConstruction
{
    private const int NodeBudget = 300_000;

    /// <summary>Builds as many leading rounds as the construction gives (at least 2), or null when it does not apply.</summary>
    public static int[][]? TryBuild(PlanningModel model, int seed)
    {
        if (!CyclicConstruction.IsRegular(model) || model.HostOf.Any(h => h >= 0))
        {
            return null;
        }

        int s = model.Capacity[0], n = model.N;
        if (!BitOperations.IsPow2(n) || !BitOperations.IsPow2(s) || n > 64 || s < 2 || s >= n)
        {
            return null;
        }

        int k = BitOperations.Log2((uint)n), d = BitOperations.Log2((uint)s);
        var subspaces = Subspaces(k, d);
        var random = new Random(seed);
        var order = subspaces.OrderBy(_ => random.Next()).ToArray();
        var chosen = new List<ulong>();
        var best = new List<ulong>();
        var nodes = 0;

        bool Extend(int from, ulong used)
        {
            if (chosen.Count > best.Count)
            {
                best = [.. chosen];
            }

            if (chosen.Count == model.R || ++nodes > NodeBudget)
            {
                return true;
            }

            for (var i = from; i < order.Length; i++)
            {
                if ((order[i] & used) == 0)
                {
                    chosen.Add(order[i]);
                    if (Extend(i + 1, used | order[i]))
                    {
                        return true;
                    }

                    chosen.RemoveAt(chosen.Count - 1);
                }
            }

            return false;
        }

        Extend(0, 0);
        if (best.Count < 2)
        {
            return null;
        }

        // Person p is point p; the coset x ⊕ V is labelled by the rank of its smallest element among the coset leaders.
        var rounds = new int[best.Count][];
        for (var r = 0; r < best.Count; r++)
        {
            var elements = Enumerable.Range(0, n).Where(x => x == 0 || (best[r] >> x & 1) != 0).ToArray();
            var leader = new int[n];
            for (var x = 0; x < n; x++)
            {
                leader[x] = elements.Min(v => v ^ x);
            }

            var labels = leader.Distinct().Order().Select((l, i) => (l, i)).ToDictionary(t => t.l, t => t.i);
            rounds[r] = [.. leader.Select(l => labels[l])];
        }

        return rounds;
    }

    /// <summary>Every d-dimensional subspace of GF(2)^k, as the bit mask of its non-zero elements.</summary>
    private static List<ulong> Subspaces(int k, int d)
    {
        var found = new HashSet<ulong>();
        var result = new List<ulong>();
        var size = 1 << k;

        void Span(int depth, int from, ulong mask)
        {
            if (depth == d)
            {
                if (found.Add(mask))
                {
                    result.Add(mask);
                }

                return;
            }

            for (var v = from; v < size; v++)
            {
                if ((mask >> v & 1) != 0)
                {
                    continue;
                }

                // Adding v doubles the subspace: every element x gives x ⊕ v.
                var next = mask | (1UL << v);
                for (var x = 1; x < size; x++)
                {
                    if ((mask >> x & 1) != 0)
                    {
                        next |= 1UL << (x ^ v);
                    }
                }

                Span(depth + 1, v + 1, next);
            }
        }

        Span(0, 1, 0);
        return result;
    }
}
