using Facilitation.Methods.OpenSpace;

namespace Facilitation.Methods.Benchmarks.OpenSpace;

/// <summary>
/// The true optimum for small instances, by depth-first branch and bound over session → cell assignments: every session is
/// placed (there are enough cells), convener clashes are forbidden, partial cost is a lower bound (every term only grows as
/// sessions are added), and empty slots are interchangeable (a session may open at most one new slot), which removes the
/// slot symmetry. Only for problems with no frozen sessions and no published agenda.
/// </summary>
internal sealed class ExactAgendaSolver(AgendaProblem p, int w2, int w3)
{
    private readonly int[] _want = new int[p.PersonCount * p.SlotCount];
    private readonly int[] _convening = new int[p.PersonCount * p.SlotCount];
    private readonly bool[] _taken = new bool[p.CellCount];
    private readonly int[] _order = [.. Enumerable.Range(0, p.SessionCount).OrderByDescending(i => p.Interested[i].Length)];
    private long _best = long.MaxValue;

    public long Nodes { get; private set; }

    public long Solve(long upperBound)
    {
        _best = upperBound + 1;
        Search(0, 0, 0);
        return _best;
    }

    private void Search(int depth, long cost, int slotsUsed)
    {
        Nodes++;
        if (cost >= _best)
        {
            return;
        }

        if (depth == _order.Length)
        {
            _best = cost;
            return;
        }

        var i = _order[depth];
        var maxSlot = Math.Min(p.SlotCount - 1, slotsUsed);
        for (var slot = 0; slot <= maxSlot; slot++)
        {
            if (_convening[(p.Convener[i] * p.SlotCount) + slot] > 0)
            {
                continue;
            }

            long conflict = 0;
            foreach (var person in p.Interested[i])
            {
                conflict += _want[(person * p.SlotCount) + slot];
            }

            var seenCapacity = new HashSet<int>();
            for (var space = 0; space < p.SpaceCount; space++)
            {
                var cell = (slot * p.SpaceCount) + space;
                if (_taken[cell] || !seenCapacity.Add(p.Capacity[space]))
                {
                    continue;
                }

                var step = (w2 * conflict) + ((long)w3 * Math.Max(0, p.Interested[i].Length - p.Capacity[space]));
                _taken[cell] = true;
                Apply(i, slot, +1);
                Search(depth + 1, cost + step, Math.Max(slotsUsed, slot + 1));
                Apply(i, slot, -1);
                _taken[cell] = false;
            }
        }
    }

    private void Apply(int i, int slot, int change)
    {
        foreach (var person in p.Interested[i])
        {
            _want[(person * p.SlotCount) + slot] += change;
        }

        _convening[(p.Convener[i] * p.SlotCount) + slot] += change;
    }
}
