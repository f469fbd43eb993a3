namespace Facilitation.Methods.Rotation;

/// <summary>
/// The search state of one planning run: seatings of every round, the pair-meeting matrix, table visits, and the running
/// score, all updated incrementally so that a swap of two people in one round is scored in O(group size).
/// </summary>
/// <remarks>
/// The score is one number that orders plans lexicographically as the objective says (weights far apart):
/// <see cref="RotationObjective.Spread"/> = revisits, then a convex cost per pair that punishes the most-met pairs first,
/// then repeated pairs; <see cref="RotationObjective.FewestRepeats"/> = repeated pairs, then most-met pairs, then revisits.
/// Both end with same-attribute pairs, then the sum of squared group sizes (balance).
/// </remarks>
internal sealed partial class RotationSearch
{
    private const long MixWeight = 64;
    private const long BalanceWeight = 1;

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
    private readonly Random _random;

    public RotationSearch(PlanningModel model, int seed)
    {
        _model = model;
        _n = model.N;
        _g = model.G;
        _rounds = model.R;
        _first = model.HistoryRounds;
        _random = new Random(seed);
        _pairCost = new long[_rounds + 2];
        var spread = model.Problem.Objective == RotationObjective.Spread;
        for (var m = 2; m < _pairCost.Length; m++)
        {
            long over = m - 2;
            _pairCost[m] = spread
                ? ((m - 1) * (1L << 12)) + (over * over * (1L << 26))
                : ((m - 1) * (1L << 36)) + (over * over * (1L << 28));
        }

        _revisitWeight = spread ? 1L << 44 : 1L << 16;
        _up = new long[_rounds + 2];
        _down = new long[_rounds + 2];
        for (var m = 0; m <= _rounds; m++)
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

        _meet = new byte[(long)_n * _n];
        _visits = model.Identity.Contains(true) ? new int[_n * _g] : [];
        _histogram = new long[_rounds + 2];
        _histogram[0] = (long)_n * (_n - 1) / 2;
    }

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

    public long SameAttributePairs { get; private set; }

    /// <summary>Gets the group of every person in every round (-1 when away).</summary>
    public int[][] GroupOf => _groupOf;

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
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            if (TrySeatGreedily(r))
            {
                return true;
            }

            ClearRound(r);
        }

        return false;
    }

    private bool TrySeatGreedily(int r)
    {
        var present = _model.Present[r];
        var units = new List<int[]>();
        var seen = new bool[_n];
        for (var p = 0; p < _n; p++)
        {
            if (!present[p] || seen[p])
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
        foreach (var i in order)
        {
            var unit = units[i];
            var pinned = unit.Select(p => _model.HostedGroup[p]).FirstOrDefault(g => g >= 0, -1);
            var bestGroup = -1;
            var bestCost = long.MaxValue;
            var ties = 0;
            for (var g = 0; g < _g; g++)
            {
                if ((pinned >= 0 && g != pinned) || _size[r][g] + unit.Length > _model.Capacity[g])
                {
                    continue;
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

            if (bestGroup < 0 || bestCost == long.MaxValue)
            {
                return false;
            }

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

        var k = unit.Length;
        cost += (((count + k) * (count + k)) - (count * count)) * BalanceWeight;
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
        var row = (long)p * _n;
        var attribute = _model.Attribute[p];
        for (var i = 0; i < count; i++)
        {
            var x = members[i];
            var m = _meet[row + x];
            Score += _up[m];
            _histogram[m]--;
            _histogram[m + 1]++;
            _meet[row + x] = (byte)(m + 1);
            _meet[((long)x * _n) + p] = (byte)(m + 1);
            if (attribute >= 0 && attribute == _model.Attribute[x])
            {
                SameAttributePairs++;
                Score += MixWeight;
            }
        }

        if (_model.Identity[g] && _model.HostedGroup[p] < 0)
        {
            if (_visits[(p * _g) + g]++ > 0)
            {
                Revisits++;
                Score += _revisitWeight;
            }
        }

        Score += ((2L * count) + 1) * BalanceWeight;
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
        var row = (long)p * _n;
        var attribute = _model.Attribute[p];
        for (var i = 0; i < last; i++)
        {
            var x = members[i];
            var m = _meet[row + x];
            Score += _down[m];
            _histogram[m]--;
            _histogram[m - 1]++;
            _meet[row + x] = (byte)(m - 1);
            _meet[((long)x * _n) + p] = (byte)(m - 1);
            if (attribute >= 0 && attribute == _model.Attribute[x])
            {
                SameAttributePairs--;
                Score -= MixWeight;
            }
        }

        if (_model.Identity[g] && _model.HostedGroup[p] < 0)
        {
            if (--_visits[(p * _g) + g] > 0)
            {
                Revisits--;
                Score -= _revisitWeight;
            }
        }

        Score -= ((2L * last) + 1) * BalanceWeight;
    }
}
