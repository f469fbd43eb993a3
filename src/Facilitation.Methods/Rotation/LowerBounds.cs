namespace Facilitation.Methods.Rotation;

/// <summary>
/// Proven lower bounds on repeated pairs and table revisits (see docs/rotation.md for the proofs).
/// </summary>
/// <remarks>
/// <para><b>Counting bound.</b> Person p sits with S(p) seat-mates over all rounds and can meet at most A(p) distinct people
/// (those present with p in some round, not kept apart from p, not both hosts — hosts never share a table — and sharing a
/// language when that is required). Repeated pairs = ½ Σp (S(p) − distinct(p)) ≥ ½ (Σp S(p) − Σp A(p)). Σp S(p) = Σ rounds
/// Σ groups s(s − 1), which is smallest when the people present fill the groups as evenly as capacities allow.</para>
/// <para><b>Two-round pigeonhole bound.</b> Repeated pairs = Σ over rounds r of the pairs meeting in r who met in an earlier
/// round. In round r a group of s people drawn from the B groups of an earlier round q (B = groups of q, plus one for each
/// person present in r but away in q) holds at least f_B(s) = Σ C(x_i, 2) such pairs, the x_i being s split as evenly as
/// possible over B. So round r adds at least Σ groups max_q f(s). With a cap of c meetings per pair, a pair seen again in
/// round r can have met in at most c − 1 earlier rounds, so round r also adds at least Σ_q f_q(s) / (c − 1): the variant
/// used for "no pair meets more than twice" (c = 2: the counts of all earlier rounds add up). f is convex in s, so
/// the smallest total comes from the most even group sizes. History rounds count exactly.</para>
/// <para><b>Kept together.</b> People joined by keep-together pairs meet in every round both attend, so each such pair
/// repeats at least (rounds both attend − 1) times.</para>
/// <para><b>Revisits.</b> When every group has an identity, a traveller present in k rounds revisits at least k − G times,
/// and all travellers together revisit at least Σ k − Σ_g min(travellers, seats for travellers at g × rounds).</para>
/// </remarks>
internal static class LowerBounds
{
    /// <summary>Gets the best proven lower bound on repeated pairs.</summary>
    public static int RepeatedPairs(PlanningModel model) => Math.Max(Math.Max(Counting(model), Pigeonhole(model, int.MaxValue)), KeptTogether(model));

    /// <summary>Gets a lower bound on repeated pairs among plans in which no pair meets more than <paramref name="cap"/> times.</summary>
    public static int RepeatedPairsWithCap(PlanningModel model, int cap) => Math.Max(Math.Max(Counting(model), Pigeonhole(model, cap)), KeptTogether(model));

    /// <summary>The repeats forced by keep-together rules: two people kept together (directly or through a chain) meet in every round both attend.</summary>
    public static int KeptTogether(PlanningModel model)
    {
        long forced = 0;
        foreach (var members in model.ComponentMembers.Values.Where(m => m.Length > 1))
        {
            for (var i = 0; i < members.Length; i++)
            {
                for (var j = i + 1; j < members.Length; j++)
                {
                    var both = model.Present.Count(round => round[members[i]] && round[members[j]]);
                    forced += Math.Max(0, both - 1);
                }
            }
        }

        return (int)Math.Min(int.MaxValue, forced);
    }

    /// <summary>The counting bound (summed seat-mates versus people available).</summary>
    public static int Counting(PlanningModel model)
    {
        long seatMates = 0;
        for (var r = 0; r < model.R; r++)
        {
            foreach (var s in GroupSizes(model, r))
            {
                seatMates += (long)s * (s - 1);
            }
        }

        long available = 0;
        var anyAbsence = model.Present.Any(round => round.Contains(false));
        if ((!anyAbsence && !model.Constrained.Contains(true)) || model.N > 2_000)
        {
            // Above 2,000 people the exact count of who can meet whom (n² pairs) costs more than it gives: counting everyone
            // as available keeps the bound valid, only weaker.
            var hosts = model.HostOf.Count(h => h >= 0);
            for (var p = 0; p < model.N; p++)
            {
                available += model.N - 1 - (model.HostedGroup[p] >= 0 ? hosts - 1 : 0);
            }
        }
        else
        {
            for (var p = 0; p < model.N; p++)
            {
                for (var q = 0; q < model.N; q++)
                {
                    if (q != p && CanMeet(model, p, q))
                    {
                        available++;
                    }
                }
            }
        }

        var excess = seatMates - available;
        return excess <= 0 ? 0 : (int)Math.Min(int.MaxValue, (excess + 1) / 2);
    }

    /// <summary>The two-round pigeonhole bound, with a cap on meetings per pair (<see cref="int.MaxValue"/> for none).</summary>
    public static int Pigeonhole(PlanningModel model, int cap)
    {
        long total = 0;
        var anyAbsence = model.Present.Any(round => round.Contains(false));
        var presentCount = model.Present.Select(round => round.Count(p => p)).ToArray();
        var sizesOf = new Dictionary<int, int[]>();
        for (var r = 1; r < model.R; r++)
        {
            if (r < model.HistoryRounds)
            {
                total += ExactRepeatsInHistoryRound(model, r);
                continue;
            }

            var present = presentCount[r];
            var bins = new int[r];
            for (var q = 0; q < r; q++)
            {
                var groupsUsed = q < model.HistoryRounds ? model.History[q].Where(g => g >= 0).Distinct().Count() : model.G;
                var newcomers = 0;
                if (anyAbsence)
                {
                    for (var p = 0; p < model.N; p++)
                    {
                        newcomers += model.Present[r][p] && !model.Present[q][p] ? 1 : 0;
                    }
                }

                bins[q] = Math.Max(1, groupsUsed + newcomers);
            }

            // phi(s) * (cap - 1) when capped; the sizes minimising a convex per-group cost are the most even ones.
            long sum = 0;
            if (!sizesOf.TryGetValue(present, out var even))
            {
                sizesOf[present] = even = model.EvenSizes(present);
            }

            foreach (var sizes in even.GroupBy(x => x))
            {
                long best = 0, all = 0;
                foreach (var b in bins)
                {
                    var f = Split(sizes.Key, b);
                    best = Math.Max(best, f);
                    all += f;
                }

                sum += sizes.Count() * (cap == int.MaxValue || cap <= 1 ? best : Math.Max(best * (cap - 1), all));
            }

            total += cap == int.MaxValue || cap <= 1 ? sum : (sum + cap - 2) / (cap - 1);
        }

        return (int)Math.Min(int.MaxValue, total);
    }

    /// <summary>A lower bound on table revisits (0 unless every group has an identity).</summary>
    public static int Revisits(PlanningModel model)
    {
        if (model.G == 0 || !model.Identity.All(i => i))
        {
            return 0;
        }

        long visits = 0, perPerson = 0;
        var travellers = 0;
        for (var p = 0; p < model.N; p++)
        {
            if (model.HostedGroup[p] >= 0)
            {
                continue;
            }

            travellers++;
            var k = model.Present.Count(round => round[p]);
            visits += k;
            perPerson += Math.Max(0, k - model.G);
        }

        long distinct = 0;
        for (var g = 0; g < model.G; g++)
        {
            var seats = model.Capacity[g] - (model.HostOf[g] >= 0 ? 1 : 0);
            distinct += Math.Min(travellers, (long)seats * model.R);
        }

        return (int)Math.Max(perPerson, Math.Max(0, visits - distinct));
    }

    /// <summary>
    /// A lower bound on pairs sharing a table and a mix-by value: held rounds as held; in a planned round the c people with one
    /// value are at best split as evenly as possible over the groups.
    /// </summary>
    public static long SameAttributePairs(PlanningModel model)
    {
        long total = 0;
        for (var r = 0; r < model.R; r++)
        {
            if (r < model.HistoryRounds)
            {
                for (var a = 0; a < model.N && model.N <= 2_000; a++)
                {
                    for (var b = a + 1; b < model.N && model.History[r][a] >= 0; b++)
                    {
                        total += model.Attribute[a] >= 0 && model.Attribute[a] == model.Attribute[b] && model.History[r][a] == model.History[r][b] ? 1 : 0;
                    }
                }

                continue;
            }

            var counts = new Dictionary<int, int>();
            for (var p = 0; p < model.N; p++)
            {
                if (model.Present[r][p] && model.Attribute[p] >= 0)
                {
                    counts[model.Attribute[p]] = counts.GetValueOrDefault(model.Attribute[p]) + 1;
                }
            }

            total += counts.Values.Sum(c => Split(c, model.G));
        }

        return total;
    }

    /// <summary>Pairs among s people split as evenly as possible over b groups: Σ C(x, 2).</summary>
    internal static long Split(int s, int b)
    {
        long q = s / b, rem = s % b;
        return (rem * (q + 1) * q / 2) + ((b - rem) * q * (q - 1) / 2);
    }

    /// <summary>The group sizes of a round: actual for history, the most even fill for planned rounds.</summary>
    private static IEnumerable<int> GroupSizes(PlanningModel model, int r)
    {
        if (r < model.HistoryRounds)
        {
            return model.History[r].Where(g => g >= 0).GroupBy(g => g).Select(x => x.Count());
        }

        return model.EvenSizes(Enumerable.Range(0, model.N).Count(p => model.Present[r][p]));
    }

    private static long ExactRepeatsInHistoryRound(PlanningModel model, int r)
    {
        long count = 0;
        var members = Enumerable.Range(0, model.N).Where(p => model.History[r][p] >= 0).GroupBy(p => model.History[r][p]);
        foreach (var group in members)
        {
            var list = group.ToArray();
            for (var i = 0; i < list.Length; i++)
            {
                for (var j = i + 1; j < list.Length; j++)
                {
                    for (var q = 0; q < r; q++)
                    {
                        if (model.History[q][list[i]] >= 0 && model.History[q][list[i]] == model.History[q][list[j]])
                        {
                            count++;
                            break;
                        }
                    }
                }
            }
        }

        return count;
    }

    private static bool CanMeet(PlanningModel model, int p, int q)
    {
        if (model.HostedGroup[p] >= 0 && model.HostedGroup[q] >= 0)
        {
            return false;
        }

        if (model.Conflicts(p, q))
        {
            return false;
        }

        for (var r = 0; r < model.R; r++)
        {
            if (model.Present[r][p] && model.Present[r][q])
            {
                return true;
            }
        }

        return false;
    }
}
