namespace Facilitation.Methods.Rotation;

/// <summary>
/// The search state of one planning run: seatings of every round, the pair-meeting matrix, table visits, and the running
/// score, all updated incrementally so that a swap of two people in one round is scored in O(group size).
/// </summary>
/// <remarks>
/// The score is one number that orders plans lexicographically as the objective says (weights far apart):
/// <see cref="RotationObjective.Spread"/> = revisits, then a convex cost per pair that punishes the most-met pairs first,
/// then repeated pairs; <see cref="RotationObjective.FewestRepeats"/> = repeated pairs, then most-met pairs, then revisits.
/// Both end with same-attribute pairs. Balance is not in the score but a hard rule kept apart (<see cref="Imbalance"/>): the
/// sum of squared group sizes of a round is smallest exactly when the round is balanced (no group holds two or more people
/// more than a group with a free seat), so the search never makes a move that raises it, and plans compare on
/// (imbalance, score).
/// </remarks>
internal sealed partial class RotationSearch
{
    private const long MixWeight = 64;

    /// <summary>The number of open groups the greedy seating weighs per person in large rounds.</summary>
    private const int SampledGroups = 24;

    private readonly PlanningModel _model;
    private readonly int _n;
    private readonly int _g;
    private readonly int _rounds;
    private readonly int _first;
    private readonly long _revisitWeight;
    private readonly long[] _pairCost;
    private readonly long[] _up;
    private readonly long[] _down;
    private readonly int[][] _groupOf;
    private readonly int[][][] _members;
    private readonly int[][] _size;
    private readonly int[][] _position;
    private readonly byte[] _meet;
    private readonly int[] _visits;
    private readonly long[] _histogram;
    private readonly int[][] _movable;
    private readonly long[] _squares;
    private readonly long[] _evenSquares;
    private readonly Random _random;

    public RotationSearch(PlanningModel model, int seed)
    {
        _model = model;
        _n = model.N;
        _g = model.G;
        _rounds = model.R;
        _first = model.HistoryRounds;
        _random = new Random(seed);
        // A pair who met before the plan starts at one meeting, so a pair can meet once more than there are rounds.
        var most = _rounds + (model.MetBefore.Length > 0 ? 1 : 0);
        _pairCost = new long[most + 2];
        var spread = model.Problem.Objective == RotationObjective.Spread;
        for (var m = 2; m < _pairCost.Length; m++)
        {
            long over = m - 2;
            _pairCost[m] = spread
                ? ((m - 1) * (1L << 12)) + (over * over * (1L << 26))
                : ((m - 1) * (1L << 36)) + (over * over * (1L << 28));
        }

        _revisitWeight = spread ? 1L << 44 : 1L << 16;
        _up = new long[most + 2];
        _down = new long[most + 2];
        for (var m = 0; m <= most; m++)
        {
            _up[m] = _pairCost[m + 1] - _pairCost[m];
            _down[m] = m == 0 ? 0 : _pairCost[m - 1] - _pairCost[m];
        }

        _groupOf = new int[_rounds][];
        _members = new int[_rounds][][];
        _size = new int[_rounds][];
        _position = new int[_rounds][];
        _movable = new int[_rounds][];
        for (var r = 0; r < _rounds; r++)
        {
            _groupOf[r] = new int[_n];
            Array.Fill(_groupOf[r], -1);
            _position[r] = new int[_n];
            _size[r] = new int[_g];
            _members[r] = new int[_g][];
            for (var g = 0; g < _g; g++)
            {
                _members[r][g] = new int[model.Capacity[g]];
            }

            var round = r;
            _movable[r] = r < _first ? [] : [.. Enumerable.Range(0, _n).Where(p => model.MovesAlone(p, round))];
        }

        _squares = new long[_rounds];
        _evenSquares = new long[_rounds];
        for (var r = _first; r < _rounds; r++)
        {
            var present = 0;
            for (var p = 0; p < _n; p++)
            {
                present += model.Present[r][p] ? 1 : 0;
            }

            _evenSquares[r] = model.EvenSizes(present).Sum(s => (long)s * s);
            Imbalance -= _evenSquares[r];
        }

        _meet = new byte[(long)_n * _n];
        _visits = model.Identity.Contains(true) ? new int[_n * _g] : [];
        _histogram = new long[most + 2];
        _histogram[0] = (long)_n * (_n - 1) / 2;
        foreach (var (a, b) in model.MetBefore)
        {
            _meet[((long)a * _n) + b] = _meet[((long)b * _n) + a] = 1;
            _histogram[0]--;
            _histogram[1]++;
        }
    }

    /// <summary>Gets how the current plan ranks: the hard rules that may bend (balance) first, then the score.</summary>
    public PlanRank Rank => new(Imbalance, Moved, Score);

    /// <summary>Gets the running score (lower is better).</summary>
    public long Score { get; private set; }

    /// <summary>Gets the repeated pairs of the current seatings.</summary>
    public long RepeatedPairs
    {
        get
        {
            long sum = 0;
            for (var m = 2; m < _histogram.Length; m++)
            {
                sum += _histogram[m] * (m - 1);
            }

            return sum;
        }
    }

    /// <summary>Gets the most meetings of any pair in the current seatings.</summary>
    public int MaxMeetings
    {
        get
        {
            for (var m = _histogram.Length - 1; m > 0; m--)
            {
                if (_histogram[m] > 0)
                {
                    return m;
                }
            }

            return 0;
        }
    }

    public long Revisits { get; private set; }

    /// <summary>Gets Σ over planned rounds of (Σ squared group sizes − the same for the most even sizes): 0 when every planned round is balanced.</summary>
    public long Imbalance { get; private set; }

    /// <summary>Gets the people seated away from their announced group, over the announced rounds.</summary>
    public long Moved { get; private set; }

    /// <summary>Gets the planned rounds that are not balanced.</summary>
    public int UnbalancedRounds
    {
        get
        {
            var count = 0;
            for (var r = _first; r < _rounds; r++)
            {
                count += _squares[r] > _evenSquares[r] ? 1 : 0;
            }

            return count;
        }
    }

    public long SameAttributePairs { get; private set; }

    /// <summary>Seats the history rounds as held.</summary>
    public void SeatHistory()
    {
        for (var r = 0; r < _first; r++)
        {
            for (var p = 0; p < _n; p++)
            {
                if (_model.History[r][p] >= 0)
                {
                    Add(r, p, _model.History[r][p]);
                }
            }
        }
    }

    /// <summary>Seats a planned round with a ready assignment (from a construction).</summary>
    public void SeatRound(int r, int[] groupOf)
    {
        for (var p = 0; p < _n; p++)
        {
            if (groupOf[p] >= 0)
            {
                Add(r, p, groupOf[p]);
            }
        }
    }

    /// <summary>
    /// Seats one planned round greedily (in the style of Triska and Musliu's greedy initialisation): hosts first, then
    /// keep-together units largest first, then everyone else in random order, each to the feasible group where they add the
    /// least to the score. Retries with other orders when the keep-apart or language rules leave someone without a seat.
    /// </summary>
    /// <returns>False when no order seated everyone.</returns>
    public bool SeatGreedily(int r, int attempts = 64)
    {
        // Balanced first (group sizes capped at the most even fill); when the pair rules leave someone without a seat that
        // way, seat by capacity alone and let Rebalance come as close as the rules allow.
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            SeatAnnounced(r);
            if (TrySeatGreedily(r, balanced: attempt < attempts * 3 / 4))
            {
                Rebalance(r);
                return true;
            }

            ClearRound(r);
        }

        return false;
    }

    /// <summary>
    /// Seats everyone whose announced seat still holds in round r: hosts at their tables, then each announced person who
    /// moves alone at their announced table while it has room and no pair rule forbids it (the others are placed freely).
    /// </summary>
    private void SeatAnnounced(int r)
    {
        if (!_model.IsAnnounced(r))
        {
            return;
        }

        for (var g = 0; g < _g; g++)
        {
            var host = _model.HostOf[g];
            if (host >= 0 && _model.Present[r][host] && _model.ComponentMembers[_model.Component[host]].Length == 1)
            {
                Add(r, host, g);
            }
        }

        foreach (var p in _model.Problem.Announced[r - _first].Seated.Select(id => _model.Index[id]))
        {
            var g = _model.AnnouncedGroup(r, p);
            if (g < 0 || _groupOf[r][p] >= 0 || !_model.MovesAlone(p, r) || _size[r][g] >= _model.Capacity[g])
            {
                continue;
            }

            var members = _members[r][g];
            var clash = false;
            for (var i = 0; i < _size[r][g] && _model.Constrained[p] && !clash; i++)
            {
                clash = _model.Conflicts(p, members[i]);
            }

            if (!clash)
            {
                Add(r, p, g);
            }
        }
    }

    /// <summary>
    /// Seats one planned round without weighing costs, when the safety cap has already run out: hosts and keep-together units
    /// first, each unit to the emptiest group that takes it without breaking a pair rule. O(n log G).
    /// </summary>
    /// <returns>False when the pair rules left someone without a seat (the round is cleared).</returns>
    public bool SeatQuickly(int r)
    {
        var queue = new PriorityQueue<int, (int Size, int Group)>();
        for (var g = 0; g < _g; g++)
        {
            queue.Enqueue(g, (_size[r][g], g));
        }

        var seen = new bool[_n];
        var order = Enumerable.Range(0, _n).Where(p => _model.Present[r][p]).OrderBy(p => _model.HostedGroup[p] >= 0 ? 0 : 1).ThenBy(p => -_model.ComponentMembers[_model.Component[p]].Length);
        var skipped = new List<int>();
        foreach (var p in order)
        {
            if (seen[p])
            {
                continue;
            }

            var unit = _model.PresentMembers(p, r);
            foreach (var u in unit)
            {
                seen[u] = true;
            }

            var pinned = unit.Select(u => _model.HostedGroup[u]).FirstOrDefault(g => g >= 0, -1);
            var placed = -1;
            skipped.Clear();
            while (placed < 0 && queue.TryDequeue(out var g, out _))
            {
                if ((pinned < 0 || g == pinned) && _size[r][g] + unit.Length <= _model.Capacity[g] && unit.All(u => _members[r][g].Take(_size[r][g]).All(x => !_model.Conflicts(u, x))))
                {
                    placed = g;
                }
                else
                {
                    skipped.Add(g);
                }
            }

            foreach (var g in skipped)
            {
                queue.Enqueue(g, (_size[r][g], g));
            }

            if (placed < 0)
            {
                ClearRound(r);
                return false;
            }

            foreach (var u in unit)
            {
                Add(r, u, placed);
            }

            queue.Enqueue(placed, (_size[r][placed], placed));
        }

        Rebalance(r);
        return true;
    }

    /// <summary>
    /// Moves people who move alone from a group to one with at least two fewer people and a free seat (the cheapest such move
    /// first) until the round is balanced or no such move keeps the pair rules.
    /// </summary>
    public void Rebalance(int r)
    {
        if (r < _first)
        {
            return;
        }

        while (_squares[r] > _evenSquares[r])
        {
            var bestDelta = Infeasible;
            var bestMoved = int.MaxValue;
            int who = -1, to = -1;
            foreach (var a in _movable[r])
            {
                var g = _groupOf[r][a];
                for (var h = 0; h < _g; h++)
                {
                    if (_size[r][h] >= _model.Capacity[h] || _size[r][h] > _size[r][g] - 2)
                    {
                        continue;
                    }

                    var d = MoveDelta(r, a, h, allowMoving: true);
                    var announced = _model.AnnouncedGroup(r, a);
                    var moved = (announced >= 0 && announced != h ? 1 : 0) - (announced >= 0 && announced != g ? 1 : 0);
                    if (d != Infeasible && (moved < bestMoved || (moved == bestMoved && d < bestDelta)))
                    {
                        (bestDelta, bestMoved, who, to) = (d, moved, a, h);
                    }
                }
            }

            if (who < 0)
            {
                return;
            }

            Move(r, who, to);
        }
    }

    private bool TrySeatGreedily(int r, bool balanced)
    {
        var present = _model.Present[r];
        var units = new List<int[]>();
        var seen = new bool[_n];
        for (var p = 0; p < _n; p++)
        {
            if (!present[p] || seen[p] || _groupOf[r][p] >= 0)
            {
                continue;
            }

            var unit = _model.PresentMembers(p, r);
            foreach (var u in unit)
            {
                seen[u] = true;
            }

            units.Add(unit);
        }

        var keys = units.Select(u => (Pinned: u.Any(p => _model.HostedGroup[p] >= 0) ? 0 : 1, Size: -u.Length, Tie: _random.Next())).ToArray();
        var order = Enumerable.Range(0, units.Count).OrderBy(i => keys[i]).ToArray();

        // The most even fill has sizes min(capacity, level) or level + 1, with exactly `plus` groups at level + 1: capping every
        // group there, and at `plus` groups reaching level + 1, leaves a balanced round once everyone is seated.
        var even = _model.EvenSizes(units.Sum(u => u.Length) + _size[r].Sum());
        var level = Enumerable.Range(0, _g).Where(g => even[g] < _model.Capacity[g]).Select(g => even[g]).DefaultIfEmpty(int.MaxValue - 1).Min();
        var plus = even.Count(s => s == level + 1);
        var plusUsed = _size[r].Count(s => s >= level + 1);

        // Large rounds weigh a fixed number of random open groups per unit instead of all of them (a machine-independent
        // cost per person); a group that can take nobody more is dropped from the open list when drawn.
        var open = Enumerable.Range(0, _g).ToList();
        bool Fits(int g, int k)
        {
            var after = _size[r][g] + k;
            return after <= _model.Capacity[g] && (!balanced || after < level + 1 || (after == level + 1 && plusUsed < plus));
        }

        foreach (var i in order)
        {
            var unit = units[i];
            var pinned = unit.Select(p => _model.HostedGroup[p]).FirstOrDefault(g => g >= 0, -1);
            var bestGroup = -1;
            var bestCost = long.MaxValue;
            var ties = 0;
            void Consider(int g)
            {
                if (!Fits(g, unit.Length))
                {
                    return;
                }

                var cost = UnitCost(r, unit, g);
                if (cost < bestCost)
                {
                    bestCost = cost;
                    bestGroup = g;
                    ties = 1;
                }
                else if (cost == bestCost && cost != long.MaxValue && _random.Next(++ties) == 0)
                {
                    bestGroup = g;
                }
            }

            if (pinned >= 0)
            {
                Consider(pinned);
            }
            else if (open.Count <= SampledGroups * 2)
            {
                open.RemoveAll(g => !Fits(g, 1));
                foreach (var g in open)
                {
                    Consider(g);
                }
            }
            else
            {
                for (var drawn = 0; drawn < SampledGroups && open.Count > 0; drawn++)
                {
                    var at = _random.Next(open.Count);
                    var g = open[at];
                    if (!Fits(g, 1))
                    {
                        open[at] = open[^1];
                        open.RemoveAt(open.Count - 1);
                        drawn--;
                        continue;
                    }

                    Consider(g);
                }

                if (bestGroup < 0 || bestCost == long.MaxValue)
                {
                    foreach (var g in open)
                    {
                        Consider(g);
                    }
                }
            }

            if (bestGroup < 0 || bestCost == long.MaxValue)
            {
                return false;
            }

            plusUsed += _size[r][bestGroup] + unit.Length == level + 1 ? 1 : 0;
            foreach (var p in unit)
            {
                Add(r, p, bestGroup);
            }
        }

        return true;
    }

    private long UnitCost(int r, int[] unit, int g)
    {
        long cost = 0;
        var members = _members[r][g];
        var count = _size[r][g];
        foreach (var p in unit)
        {
            var row = (long)p * _n;
            for (var i = 0; i < count; i++)
            {
                var x = members[i];
                if (_model.Conflicts(p, x))
                {
                    return long.MaxValue;
                }

                cost += _up[_meet[row + x]];
                if (_model.Attribute[p] >= 0 && _model.Attribute[p] == _model.Attribute[x])
                {
                    cost += MixWeight;
                }
            }

            if (_model.Identity[g] && _model.HostedGroup[p] < 0 && _visits[(p * _g) + g] > 0)
            {
                cost += _revisitWeight;
            }
        }

        for (var i = 0; i < unit.Length; i++)
        {
            for (var j = i + 1; j < unit.Length; j++)
            {
                cost += _up[_meet[((long)unit[i] * _n) + unit[j]]];
            }
        }

        return cost;
    }

    private void ClearRound(int r)
    {
        for (var p = 0; p < _n; p++)
        {
            if (_groupOf[r][p] >= 0)
            {
                Remove(r, p);
            }
        }
    }

    /// <summary>Seats person p in group g of round r, updating every count.</summary>
    private void Add(int r, int p, int g)
    {
        var members = _members[r][g];
        var count = _size[r][g];
        Count(r, p, g, members, count, +1);
        members[count] = p;
        _position[r][p] = count;
        _size[r][g] = count + 1;
        _groupOf[r][p] = g;
    }

    /// <summary>Takes person p out of their group in round r, updating every count.</summary>
    private void Remove(int r, int p)
    {
        var g = _groupOf[r][p];
        var members = _members[r][g];
        var last = _size[r][g] - 1;
        var at = _position[r][p];
        members[at] = members[last];
        _position[r][members[at]] = at;
        _size[r][g] = last;
        _groupOf[r][p] = -1;
        Count(r, p, g, members, last, -1);
    }

    /// <summary>Counts person p into (<paramref name="step"/> +1) or out of (-1) group g of round r, whose other members are the first
    /// <paramref name="others"/> of <paramref name="members"/>: their meetings, same-attribute pairs, table visit, balance and moves.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Count(int r, int p, int g, int[] members, int others, int step)
    {
        var row = (long)p * _n;
        var attribute = _model.Attribute[p];
        var cost = step > 0 ? _up : _down;
        for (var i = 0; i < others; i++)
        {
            var x = members[i];
            var m = _meet[row + x];
            Score += cost[m];
            _histogram[m]--;
            _histogram[m + step]++;
            _meet[row + x] = (byte)(m + step);
            _meet[((long)x * _n) + p] = (byte)(m + step);
            if (attribute >= 0 && attribute == _model.Attribute[x])
            {
                SameAttributePairs += step;
                Score += step * MixWeight;
            }
        }

        if (_model.Identity[g] && _model.HostedGroup[p] < 0)
        {
            // A revisit is a second or later visit: counted on the way in when the count reaches 2 or more, and out likewise.
            var visits = (p * _g) + g;
            var larger = step > 0 ? ++_visits[visits] : _visits[visits]--;
            if (larger > 1)
            {
                Revisits += step;
                Score += step * _revisitWeight;
            }
        }

        _squares[r] += step * ((2L * others) + 1);
        if (r >= _first)
        {
            Imbalance += step * ((2L * others) + 1);
            var announced = _model.AnnouncedGroup(r, p);
            Moved += step * (announced >= 0 && announced != g ? 1 : 0);
        }
    }
}
