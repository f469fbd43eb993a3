namespace Facilitation.Methods.Rotation;

/// <summary>
/// An algebraic construction for the regular case: G groups of s seats, exactly G·s people, everyone present, no pair rules,
/// and either no hosts or one host per group. Person (i, j) — group i, seat j — sits in round r at group i + f_r(j) mod G,
/// with f_0 = 0 and f_r(0) = 0 (so seat 0, the host, never moves). Two people meet twice only if some f_r − f_q takes the same
/// value at two seats, so offset vectors whose pairwise differences are injective give rounds in which nobody meets anyone
/// twice, and no traveller returns to a table. f_r(j) = r·j works whenever no d·e ≡ 0 (mod G) for 0 &lt; d &lt; s, 0 &lt; e &lt; R
/// (for example the mixers: 100 tables of 10 for 6 rounds); otherwise a bounded backtracking search looks for vectors.
/// </summary>
internal static class CyclicConstruction
{
    private const int NodeBudget = 30_000;

    /// <summary>Builds as many leading rounds as the construction gives (at least 2), or null when it does not apply.</summary>
    /// <param name="model">The problem.</param>
    /// <param name="linearOnly">True to try only f_r(j) = r·j, skipping the search.</param>
    public static int[][]? TryBuild(PlanningModel model, bool linearOnly)
    {
        var s = model.Capacity[0];
        var hosts = model.HostOf.Count(h => h >= 0);
        if (!IsRegular(model) || (hosts != 0 && hosts != model.G))
        {
            return null;
        }

        var offsets = Linear(model.G, s, model.R) ?? (linearOnly ? [] : Search(model.G, s, model.R));
        if (offsets.Count < 2)
        {
            return null;
        }

        // Seat 0 of group i is its host; the others fill the remaining seats in participant order.
        var seatOf = new (int Group, int Seat)[model.N];
        var next = new int[model.G];
        for (var g = 0; g < model.G; g++)
        {
            if (model.HostOf[g] >= 0)
            {
                seatOf[model.HostOf[g]] = (g, 0);
                next[g] = 1;
            }
        }

        var cursor = 0;
        for (var p = 0; p < model.N; p++)
        {
            if (model.HostedGroup[p] >= 0)
            {
                continue;
            }

            while (next[cursor] == s)
            {
                cursor++;
            }

            seatOf[p] = (cursor, next[cursor]++);
        }

        var rounds = new int[offsets.Count][];
        for (var r = 0; r < offsets.Count; r++)
        {
            rounds[r] = new int[model.N];
            for (var p = 0; p < model.N; p++)
            {
                var (group, seat) = seatOf[p];
                rounds[r][p] = (group + offsets[r][seat]) % model.G;
            }
        }

        return rounds;
    }

    /// <summary>Tells whether the problem is regular: no history, G ≥ 2 groups of the same size s ≥ 2 holding exactly G·s people, all present, no pair or language rules.</summary>
    public static bool IsRegular(PlanningModel model) =>
        model.HistoryRounds == 0 && model.G >= 2 && model.R >= 2 && !model.Constrained.Contains(true)
        && !model.Present.Any(round => round.Contains(false)) && model.ComponentMembers.Count == model.N
        && model.Capacity[0] >= 2 && model.Capacity.All(c => c == model.Capacity[0]) && model.N == model.G * model.Capacity[0];

    private static List<int[]>? Linear(int g, int s, int rounds)
    {
        for (var d = 1; d < s; d++)
        {
            for (var e = 1; e < rounds; e++)
            {
                if (d * e % g == 0)
                {
                    return null;
                }
            }
        }

        return [.. Enumerable.Range(0, rounds).Select(r => Enumerable.Range(0, s).Select(j => r * j % g).ToArray())];
    }

    /// <summary>Depth-first search for offset vectors with injective pairwise differences, keeping the longest list found.</summary>
    private static List<int[]> Search(int g, int s, int rounds)
    {
        var chosen = new List<int[]> { new int[s] };
        var best = new List<int[]>(chosen);
        var nodes = 0;
        var current = new int[s];

        bool Fits(int seat, int value)
        {
            foreach (var other in chosen)
            {
                var diff = ((value - other[seat]) % g + g) % g;
                if (diff == 0)
                {
                    return false;
                }

                for (var j = 1; j < seat; j++)
                {
                    if ((((current[j] - other[j]) % g) + g) % g == diff)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        bool Extend(int seat)
        {
            if (++nodes > NodeBudget)
            {
                return true;
            }

            if (seat == s)
            {
                chosen.Add((int[])current.Clone());
                if (chosen.Count > best.Count)
                {
                    best = [.. chosen];
                }

                var saved = (int[])current.Clone();
                if (chosen.Count == rounds || Extend(1))
                {
                    return true;
                }

                Array.Copy(saved, current, s);
                chosen.RemoveAt(chosen.Count - 1);
                return false;
            }

            for (var v = 1; v < g; v++)
            {
                if (Fits(seat, v))
                {
                    current[seat] = v;
                    if (Extend(seat + 1))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        Extend(1);
        return best;
    }
}
