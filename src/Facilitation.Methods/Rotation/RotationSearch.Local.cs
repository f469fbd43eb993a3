namespace Facilitation.Methods.Rotation;

/// <summary>The local search: tabu swaps and moves within one round, with perturbation from the best plan on stagnation.</summary>
internal sealed partial class RotationSearch
{
    private const long Infeasible = long.MaxValue;
    private const long FullNeighbourhoodLimit = 400_000;

    /// <summary>Scores swapping a (in its group) with b (in another group) in round r, or <see cref="Infeasible"/>.</summary>
    public long SwapDelta(int r, int a, int b)
    {
        int ga = _groupOf[r][a], gb = _groupOf[r][b];
        if (_model.IsAnnounced(r) && MovedDelta(r, a, ga, gb) + MovedDelta(r, b, gb, ga) > 0)
        {
            return Infeasible; // the search never moves more people from their announced seats
        }

        var delta = Side(r, a, b, ga, gb);
        if (delta == Infeasible)
        {
            return Infeasible;
        }

        var other = Side(r, b, a, gb, ga);
        return other == Infeasible ? Infeasible : delta + other;
    }

    /// <summary>Scores a leaving group <paramref name="from"/> (where b arrives) for group <paramref name="to"/> (which b leaves).</summary>
    private long Side(int r, int a, int b, int from, int to)
    {
        long delta = 0;
        var rowA = (long)a * _n;
        var rowB = (long)b * _n;
        var attributeA = _model.Attribute[a];
        var attributeB = _model.Attribute[b];
        var constrained = _model.Constrained[b];
        var members = _members[r][from];
        var count = _size[r][from];
        for (var i = 0; i < count; i++)
        {
            var x = members[i];
            if (x == a)
            {
                continue;
            }

            if (constrained && _model.Conflicts(b, x))
            {
                return Infeasible;
            }

            delta += _down[_meet[rowA + x]] + _up[_meet[rowB + x]];
            if (attributeA >= 0 || attributeB >= 0)
            {
                var ax = _model.Attribute[x];
                if (ax >= 0)
                {
                    delta += ((ax == attributeB ? 1 : 0) - (ax == attributeA ? 1 : 0)) * MixWeight;
                }
            }
        }

        if (_model.Identity[from] && _visits[(a * _g) + from] > 1)
        {
            delta -= _revisitWeight;
        }

        if (_model.Identity[to] && _visits[(a * _g) + to] > 0)
        {
            delta += _revisitWeight;
        }

        return delta;
    }

    /// <summary>Scores moving a to group h (which has room) in round r, or <see cref="Infeasible"/> (also when the move would raise the round's imbalance: h must hold fewer people than a's group without a).</summary>
    public long MoveDelta(int r, int a, int h, bool allowMoving = false)
    {
        var g = _groupOf[r][a];
        if (_size[r][h] >= _size[r][g] || (!allowMoving && _model.IsAnnounced(r) && MovedDelta(r, a, g, h) > 0))
        {
            return Infeasible;
        }

        long delta = 0;
        var row = (long)a * _n;
        var attribute = _model.Attribute[a];
        var members = _members[r][g];
        var count = _size[r][g];
        for (var i = 0; i < count; i++)
        {
            var x = members[i];
            if (x != a)
            {
                delta += _down[_meet[row + x]];
                if (attribute >= 0 && attribute == _model.Attribute[x])
                {
                    delta -= MixWeight;
                }
            }
        }

        members = _members[r][h];
        var countH = _size[r][h];
        for (var i = 0; i < countH; i++)
        {
            var x = members[i];
            if (_model.Constrained[a] && _model.Conflicts(a, x))
            {
                return Infeasible;
            }

            delta += _up[_meet[row + x]];
            if (attribute >= 0 && attribute == _model.Attribute[x])
            {
                delta += MixWeight;
            }
        }

        if (_model.Identity[g] && _visits[(a * _g) + g] > 1)
        {
            delta -= _revisitWeight;
        }

        if (_model.Identity[h] && _visits[(a * _g) + h] > 0)
        {
            delta += _revisitWeight;
        }

        return delta;
    }

    /// <summary>How the moved count changes when a goes from group g to group h in round r.</summary>
    private int MovedDelta(int r, int a, int g, int h)
    {
        var announced = _model.AnnouncedGroup(r, a);
        return announced < 0 ? 0 : (announced != h ? 1 : 0) - (announced != g ? 1 : 0);
    }

    public void Swap(int r, int a, int b)
    {
        int ga = _groupOf[r][a], gb = _groupOf[r][b];
        Remove(r, a);
        Remove(r, b);
        Add(r, a, gb);
        Add(r, b, ga);
    }

    public void Move(int r, int a, int h)
    {
        Remove(r, a);
        Add(r, a, h);
    }

    /// <summary>How much person a in round r adds to the score through their group (0 when they meet only new faces).</summary>
    private long Badness(int r, int a)
    {
        var g = _groupOf[r][a];
        long bad = 0;
        var row = (long)a * _n;
        var members = _members[r][g];
        var count = _size[r][g];
        var attribute = _model.Attribute[a];
        for (var i = 0; i < count; i++)
        {
            var x = members[i];
            if (x != a)
            {
                bad += _pairCost[_meet[row + x]];
                if (attribute >= 0 && attribute == _model.Attribute[x])
                {
                    bad += MixWeight;
                }
            }
        }

        if (_model.Identity[g] && _visits[(a * _g) + g] > 1)
        {
            bad += _revisitWeight;
        }

        return bad;
    }

    /// <summary>Copies the planned rounds' assignment.</summary>
    public int[][] Snapshot()
    {
        var copy = new int[_rounds][];
        for (var r = 0; r < _rounds; r++)
        {
            copy[r] = (int[])_groupOf[r].Clone();
        }

        return copy;
    }

    /// <summary>Returns to a snapshot, moving only the people whose group differs.</summary>
    public void Restore(int[][] snapshot)
    {
        for (var r = _first; r < _rounds; r++)
        {
            var changed = new List<int>();
            for (var p = 0; p < _n; p++)
            {
                if (_groupOf[r][p] != snapshot[r][p])
                {
                    changed.Add(p);
                }
            }

            foreach (var p in changed)
            {
                Remove(r, p);
            }

            foreach (var p in changed)
            {
                Add(r, p, snapshot[r][p]);
            }
        }
    }

    /// <summary>
    /// Runs tabu search until <paramref name="stop"/> says so or <paramref name="atBound"/> says the plan is provably best.
    /// Each step picks a person who meets someone again (or revisits, or shares the mix-by value) in a random planned round,
    /// and makes the best non-tabu swap with anyone in another group of that round (or move to a group with room);
    /// a move that beats the best plan is taken even when tabu. After a long stagnation it restarts from the best plan with a
    /// few random swaps.
    /// </summary>
    /// <param name="style">The tabu tenure and whether to restart on stagnation.</param>
    /// <param name="stop">Tells, given the step number, whether the budget is spent.</param>
    /// <param name="atBound">Tells, given the step number (0 before the first), whether the current plan is provably best.</param>
    /// <param name="onBest">Called with the score whenever a better plan is found.</param>
    /// <returns>The best assignment found and its rank.</returns>
    public (int[][] Best, PlanRank BestRank) Improve(SearchStyle style, Func<long, bool> stop, Func<long, bool> atBound, Action<long> onBest)
    {
        var best = Snapshot();
        var bestRank = Rank;
        var bestScore = Score;
        var planned = Enumerable.Range(_first, _rounds - _first).Where(r => _movable[r].Length >= 2).ToArray();
        if (atBound(0) || planned.Length == 0)
        {
            return (best, bestRank);
        }

        var neighbourhood = planned.Sum(r => (long)_movable[r].Length * _movable[r].Length) * Math.Max(2, _n / Math.Max(1, _g));
        var full = neighbourhood <= FullNeighbourhoodLimit && (long)_rounds * _n * _g <= 4_000_000;
        var tabu = full ? new long[_rounds * _n * _g] : new long[_rounds * _n];
        var stagnation = !full ? Math.Max(3_000, 40L * _n) : style.Restarts ? Math.Max(400, 12L * _n) : long.MaxValue;
        var lastBest = 0L;
        var tenureBase = full ? Math.Max(3, _n * style.TenurePercent / 100) : Math.Max(4, _n / Math.Max(1, _g) * 2);
        void Restart(long step)
        {
            Restore(best);
            Perturb(planned, 1 + _random.Next(Math.Max(2, _n * 12 / 100)));
            Array.Clear(tabu);
            lastBest = step;
        }

        for (long step = 1; !stop(step); step++)
        {
            var moved = full ? FullStep(planned, tabu, step, bestScore, tenureBase) : SampledStep(planned, tabu, step, bestScore, tenureBase);
            if (!moved)
            {
                if (full && step - lastBest > stagnation / 4)
                {
                    Restart(step);
                }

                continue;
            }

            if (Rank.CompareTo(bestRank) < 0)
            {
                bestRank = Rank;
                bestScore = Score;
                best = Snapshot();
                lastBest = step;
                onBest(Score);
                if (atBound(step))
                {
                    break;
                }
            }
            else if (step - lastBest > stagnation)
            {
                Restart(step);
            }
        }

        return (best, bestRank);
    }

    /// <summary>
    /// One step over the whole neighbourhood (small problems): every swap, in every planned round, of a person who adds to
    /// the score with anyone in another group, and every move to a group with room. A person may not return to the group
    /// they just left in that round for a random tenure, unless the move beats the best plan (aspiration).
    /// </summary>
    private bool FullStep(int[] planned, long[] tabu, long step, long bestScore, int tenureBase)
    {
        var bestDelta = Infeasible;
        int round = -1, who = -1, with = -1, to = -1, ties = 0;
        foreach (var r in planned)
        {
            var movable = _movable[r];
            var baseIndex = r * _n;
            foreach (var a in movable)
            {
                if (Badness(r, a) == 0)
                {
                    continue;
                }

                var ga = _groupOf[r][a];
                var tabuA = (baseIndex + a) * _g;
                foreach (var b in movable)
                {
                    var gb = _groupOf[r][b];
                    if (gb == ga)
                    {
                        continue;
                    }

                    var d = SwapDelta(r, a, b);
                    if (d == Infeasible || d > bestDelta)
                    {
                        continue;
                    }

                    if ((tabu[tabuA + gb] > step || tabu[((baseIndex + b) * _g) + ga] > step) && Score + d >= bestScore)
                    {
                        continue;
                    }

                    if (!Better(d))
                    {
                        continue;
                    }

                    (round, who, with, to) = (r, a, b, -1);
                }

                for (var h = 0; h < _g; h++)
                {
                    if (h == ga || _size[r][h] >= _model.Capacity[h])
                    {
                        continue;
                    }

                    var d = MoveDelta(r, a, h);
                    if (d == Infeasible || d > bestDelta || (tabu[tabuA + h] > step && Score + d >= bestScore))
                    {
                        continue;
                    }

                    if (!Better(d))
                    {
                        continue;
                    }

                    (round, who, with, to) = (r, a, -1, h);
                }
            }
        }

        if (round < 0)
        {
            return false;
        }

        var from = _groupOf[round][who];
        var tenure = tenureBase + _random.Next(tenureBase);
        if (with >= 0)
        {
            var other = _groupOf[round][with];
            Swap(round, who, with);
            tabu[(((round * _n) + with) * _g) + other] = step + tenure;
        }
        else
        {
            Move(round, who, to);
        }

        tabu[(((round * _n) + who) * _g) + from] = step + tenure;
        return true;

        // A better move wins; among equally good ones each is kept with equal chance (reservoir sampling), so ties favour none.
        bool Better(long d)
        {
            if (d < bestDelta)
            {
                bestDelta = d;
                ties = 1;
                return true;
            }

            return _random.Next(++ties) == 0;
        }
    }

    /// <summary>One step for large problems: a person who adds to the score in a random round, and their best swap or move.</summary>
    private bool SampledStep(int[] planned, long[] tabu, long step, long bestScore, int tenureBase)
    {
        var r = planned[_random.Next(planned.Length)];
        var movable = _movable[r];
        var a = -1;
        long worst = -1;
        for (var tries = 0; tries < 12; tries++)
        {
            var c = movable[_random.Next(movable.Length)];
            if (tabu[(r * _n) + c] > step)
            {
                continue;
            }

            var bad = Badness(r, c);
            if (bad > worst)
            {
                worst = bad;
                a = c;
                if (bad >= _pairCost[2])
                {
                    break;
                }
            }
        }

        if (a < 0)
        {
            return false;
        }

        var ga = _groupOf[r][a];
        var bestDelta = Infeasible;
        var choice = -1;
        var moveTo = -1;
        var ties = 0;
        foreach (var b in movable)
        {
            if (_groupOf[r][b] == ga)
            {
                continue;
            }

            var d = SwapDelta(r, a, b);
            if (d == Infeasible || (tabu[(r * _n) + b] > step && Score + d >= bestScore))
            {
                continue;
            }

            if (d < bestDelta)
            {
                bestDelta = d;
                choice = b;
                ties = 1;
            }
            else if (d == bestDelta && _random.Next(++ties) == 0)
            {
                choice = b;
            }
        }

        for (var h = 0; h < _g; h++)
        {
            if (h == ga || _size[r][h] >= _model.Capacity[h])
            {
                continue;
            }

            var d = MoveDelta(r, a, h);
            if (d != Infeasible && (d < bestDelta || (d == bestDelta && _random.Next(++ties) == 0)))
            {
                bestDelta = d;
                moveTo = h;
                choice = -1;
            }
        }

        if (choice >= 0)
        {
            Swap(r, a, choice);
            tabu[(r * _n) + choice] = step + tenureBase + _random.Next(tenureBase);
        }
        else if (moveTo >= 0)
        {
            Move(r, a, moveTo);
        }
        else
        {
            return false;
        }

        tabu[(r * _n) + a] = step + tenureBase + _random.Next(tenureBase);
        return true;
    }

    private void Perturb(int[] planned, int swaps)
    {
        for (var i = 0; i < swaps; i++)
        {
            var r = planned[_random.Next(planned.Length)];
            var movable = _movable[r];
            int a = movable[_random.Next(movable.Length)], b = movable[_random.Next(movable.Length)];
            if (_groupOf[r][a] != _groupOf[r][b] && SwapDelta(r, a, b) != Infeasible)
            {
                Swap(r, a, b);
            }
        }
    }
}
