namespace Facilitation.Methods.OpenSpace;

/// <summary>The scheduler's input in plain arrays: cells are numbered <c>slot × SpaceCount + space</c> (0-based), people 0..PersonCount-1.</summary>
/// <remarks>
/// <see cref="Interested"/> of a session includes its convener. <see cref="Fixed"/> is a cell for a session that may not move
/// (its slot has started), else -1. <see cref="Current"/> is where the session sits now (-1: nowhere) and is kept when it is as
/// good as anything else. <see cref="Baseline"/> is its cell in the published agenda, or -1 when it was not published.
/// </remarks>
internal sealed record AgendaProblem(
    int SlotCount,
    int SpaceCount,
    int PersonCount,
    int[] Capacity,
    bool[] SlotOpen,
    int[] Convener,
    int[][] Interested,
    int[] Fixed,
    int[] Current,
    int[] Baseline)
{
    public int SessionCount => Convener.Length;

    public int CellCount => SlotCount * SpaceCount;

    /// <summary>Scores an assignment from scratch (no deltas), the reference the search is checked against.</summary>
    public AgendaScore Score(int[] cellOf, int coInterestWeight, int overflowWeight, int changeWeight)
    {
        var clashes = 0;
        var unplaced = 0;
        long conflicts = 0;
        long overflow = 0;
        var changes = 0;
        var perSlot = new Dictionary<(int Person, int Slot), int>();
        var convenerSlot = new Dictionary<(int Person, int Slot), int>();
        for (var i = 0; i < SessionCount; i++)
        {
            var cell = cellOf[i];
            if (Baseline[i] >= 0 && cell != Baseline[i])
            {
                changes++;
            }

            if (cell < 0)
            {
                unplaced++;
                continue;
            }

            var slot = cell / SpaceCount;
            overflow += Math.Max(0, Interested[i].Length - Capacity[cell % SpaceCount]);
            foreach (var p in Interested[i])
            {
                perSlot.TryGetValue((p, slot), out var k);
                conflicts += k;
                perSlot[(p, slot)] = k + 1;
            }

            convenerSlot.TryGetValue((Convener[i], slot), out var c);
            clashes += c;
            convenerSlot[(Convener[i], slot)] = c + 1;
        }

        return new AgendaScore(clashes, unplaced, conflicts, overflow, changes, (coInterestWeight * conflicts) + (overflowWeight * overflow) + ((long)changeWeight * changes));
    }
}
