namespace Facilitation.Methods.OpenSpace;

/// <summary>
/// The scheduling engine: a greedy start, then simulated annealing over relocations and swaps with delta evaluation.
/// An unplaced session costs <see cref="Hard"/> and a convener clash twice that, so they are minimised first
/// (lexicographically) and a session is left off the wall rather than put where its convener already is; the soft terms are weighted. Deterministic for a given problem, weights, seed and iteration count.
/// </summary>
internal sealed class AgendaSearch
{
    /// <summary>The cost of one convener clash or one unplaced session: more than any sum of soft terms can reach.</summary>
    public const long Hard = 1L << 40;

    private readonly AgendaProblem _p;
    private readonly int _w2;
    private readonly int _w3;
    private readonly int _w4;
    private readonly int[] _cellOf;
    private readonly int[] _occupant;
    private readonly int[] _want;
    private readonly int[] _convening;
    private readonly int[] _movable;
    private readonly int[] _openCells;
    private readonly int[] _markI;
    private readonly int[] _markJ;
    private int _stamp;

    public AgendaSearch(AgendaProblem problem, int coInterestWeight, int overflowWeight, int changeWeight)
    {
        _p = problem;
        _w2 = coInterestWeight;
        _w3 = overflowWeight;
        _w4 = changeWeight;
        _cellOf = new int[problem.SessionCount];
        Array.Fill(_cellOf, -1);
        _occupant = new int[problem.CellCount];
        Array.Fill(_occupant, -1);
        _want = new int[problem.PersonCount * problem.SlotCount];
        _convening = new int[problem.PersonCount * problem.SlotCount];
        _movable = [.. Enumerable.Range(0, problem.SessionCount).Where(i => problem.Fixed[i] < 0)];
        _openCells = [.. Enumerable.Range(0, problem.CellCount).Where(c => problem.SlotOpen[c / problem.SpaceCount])];
        _markI = new int[problem.PersonCount];
        _markJ = new int[problem.PersonCount];
    }

    /// <summary>Gets a copy of the current assignment (for tests that check the delta bookkeeping against a recount).</summary>
    public int[] CurrentCells => (int[])_cellOf.Clone();

    /// <summary>Gets the current cost.</summary>
    public long Cost { get; private set; }

    /// <summary>Runs the search and returns the best assignment found (cell per session, -1 for unplaced).</summary>
    public int[] Solve(int seed, int iterations)
    {
        Start();
        var best = (int[])_cellOf.Clone();
        var bestCost = Cost;
        if (_movable.Length == 0 || _openCells.Length == 0 || iterations <= 0)
        {
            return best;
        }

        var random = new Random(seed);
        var top = Math.Max(_w2, Math.Max(_w3, _w4));
        var t0 = 2.0 * top;
        var t1 = 0.02 * top;
        var cooling = Math.Pow(t1 / t0, 1.0 / iterations);
        var temperature = t0;
        for (var step = 0; step < iterations; step++, temperature *= cooling)
        {
            var i = _movable[random.Next(_movable.Length)];
            var target = _openCells[random.Next(_openCells.Length)];
            var from = _cellOf[i];
            if (target == from)
            {
                continue;
            }

            var j = _occupant[target];
            if (j >= 0 && _p.Fixed[j] >= 0)
            {
                continue;
            }

            var delta = j < 0 ? RelocateDelta(i, target) : SwapDelta(i, j);
            if (delta <= 0 || (delta < Hard && random.NextDouble() < Math.Exp(-delta / temperature)))
            {
                var applied = j < 0 ? Relocate(i, target) : Swap(i, j);
                System.Diagnostics.Debug.Assert(applied == delta, "The read-only delta must equal the applied change.");
                Cost += applied;
                if (Cost < bestCost)
                {
                    bestCost = Cost;
                    Array.Copy(_cellOf, best, best.Length);
                }
            }
        }

        return best;
    }

    /// <summary>Places fixed sessions, keeps movable ones where they are when that is free and clash-free, then places the rest greedily.</summary>
    private void Start()
    {
        Cost = 0;
        for (var i = 0; i < _p.SessionCount; i++)
        {
            Cost += SelfCost(i, -1);
        }

        for (var i = 0; i < _p.SessionCount; i++)
        {
            if (_p.Fixed[i] >= 0)
            {
                Cost += Add(i, _p.Fixed[i]);
            }
        }

        var waiting = new List<int>();
        foreach (var i in _movable)
        {
            var c = _p.Current[i];
            if (c >= 0 && c < _p.CellCount && _p.SlotOpen[c / _p.SpaceCount] && _occupant[c] < 0 && _convening[Index(_p.Convener[i], c)] == 0)
            {
                Cost += Add(i, c);
            }
            else
            {
                waiting.Add(i);
            }
        }

        foreach (var i in waiting.OrderByDescending(i => _p.Interested[i].Length).ThenBy(i => i))
        {
            var bestCell = -1;
            var bestDelta = long.MaxValue;
            foreach (var c in _openCells)
            {
                if (_occupant[c] >= 0)
                {
                    continue;
                }

                var d = Add(i, c);
                Remove(i);
                if (d < bestDelta)
                {
                    bestDelta = d;
                    bestCell = c;
                }
            }

            if (bestDelta < 0)
            {
                Cost += Add(i, bestCell);
            }
        }
    }

    /// <summary>The change in cost if session <paramref name="i"/> moved to the empty cell <paramref name="target"/>, read-only.</summary>
    private long RelocateDelta(int i, int target)
    {
        var from = _cellOf[i];
        var to = target / _p.SpaceCount;
        var delta = SelfCost(i, target) - SelfCost(i, from);
        var convener = _p.Convener[i] * _p.SlotCount;
        if (from < 0)
        {
            long gained = 0;
            foreach (var person in _p.Interested[i])
            {
                gained += _want[(person * _p.SlotCount) + to];
            }

            return delta + (_w2 * gained) + (2 * Hard * _convening[convener + to]);
        }

        var at = from / _p.SpaceCount;
        if (at == to)
        {
            return delta;
        }

        long change = 0;
        foreach (var person in _p.Interested[i])
        {
            var row = person * _p.SlotCount;
            change += _want[row + to] - _want[row + at] + 1;
        }

        return delta + (_w2 * change) + (2 * Hard * (_convening[convener + to] - _convening[convener + at] + 1));
    }

    /// <summary>The change in cost if sessions <paramref name="i"/> (placed or not) and <paramref name="j"/> (placed) swapped cells, read-only.</summary>
    private long SwapDelta(int i, int j)
    {
        var ci = _cellOf[i];
        var cj = _cellOf[j];
        var delta = SelfCost(i, cj) + SelfCost(j, ci) - SelfCost(i, ci) - SelfCost(j, cj);
        var sj = cj / _p.SpaceCount;
        var si = ci < 0 ? -1 : ci / _p.SpaceCount;
        if (si == sj)
        {
            return delta;
        }

        _stamp++;
        foreach (var person in _p.Interested[i])
        {
            _markI[person] = _stamp;
        }

        foreach (var person in _p.Interested[j])
        {
            _markJ[person] = _stamp;
        }

        var sameConvener = _p.Convener[i] == _p.Convener[j] ? 1 : 0;
        var convI = _p.Convener[i] * _p.SlotCount;
        var convJ = _p.Convener[j] * _p.SlotCount;
        long change = 0;
        long clash = 0;

        // j leaves sj; i arrives in sj.
        foreach (var person in _p.Interested[j])
        {
            change -= _want[(person * _p.SlotCount) + sj] - 1;
        }

        foreach (var person in _p.Interested[i])
        {
            change += _want[(person * _p.SlotCount) + sj] - (_markJ[person] == _stamp ? 1 : 0);
        }

        clash += _convening[convI + sj] - sameConvener - (_convening[convJ + sj] - 1);
        if (si >= 0)
        {
            // i leaves si; j arrives in si.
            foreach (var person in _p.Interested[i])
            {
                change -= _want[(person * _p.SlotCount) + si] - 1;
            }

            foreach (var person in _p.Interested[j])
            {
                change += _want[(person * _p.SlotCount) + si] - (_markI[person] == _stamp ? 1 : 0);
            }

            clash += _convening[convJ + si] - sameConvener - (_convening[convI + si] - 1);
        }

        return delta + (_w2 * change) + (2 * Hard * clash);
    }

    private long Relocate(int i, int target)
    {
        var delta = _cellOf[i] >= 0 ? Remove(i) : 0;
        return delta + (target >= 0 ? Add(i, target) : 0);
    }

    private long Swap(int i, int j)
    {
        var ci = _cellOf[i];
        var cj = _cellOf[j];
        var delta = (ci >= 0 ? Remove(i) : 0) + (cj >= 0 ? Remove(j) : 0);
        if (cj >= 0)
        {
            delta += Add(i, cj);
        }

        if (ci >= 0)
        {
            delta += Add(j, ci);
        }

        return delta;
    }

    /// <summary>The cost that depends on a session alone: overflow in its space, a change from the published agenda, being unplaced.</summary>
    private long SelfCost(int i, int cell)
    {
        var cost = _p.Baseline[i] >= 0 && _p.Baseline[i] != cell ? _w4 : 0L;
        return cell < 0 ? cost + Hard : cost + ((long)_w3 * Math.Max(0, _p.Interested[i].Length - _p.Capacity[cell % _p.SpaceCount]));
    }

    private long Add(int i, int cell)
    {
        var slot = cell / _p.SpaceCount;
        long delta = SelfCost(i, cell) - SelfCost(i, -1);
        foreach (var person in _p.Interested[i])
        {
            delta += (long)_w2 * _want[(person * _p.SlotCount) + slot]++;
        }

        delta += 2 * Hard * _convening[Index(_p.Convener[i], cell)]++;
        _cellOf[i] = cell;
        _occupant[cell] = i;
        return delta;
    }

    private long Remove(int i)
    {
        var cell = _cellOf[i];
        var slot = cell / _p.SpaceCount;
        long delta = SelfCost(i, -1) - SelfCost(i, cell);
        foreach (var person in _p.Interested[i])
        {
            delta -= (long)_w2 * --_want[(person * _p.SlotCount) + slot];
        }

        delta -= 2 * Hard * --_convening[Index(_p.Convener[i], cell)];
        _cellOf[i] = -1;
        _occupant[cell] = -1;
        return delta;
    }

    private int Index(int person, int cell) => (person * _p.SlotCount) + (cell / _p.SpaceCount);
}
