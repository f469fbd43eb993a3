namespace Facilitation.Methods.Rotation;

/// <summary>
/// Seats a planned round in O(n) without the meeting matrix, for when the wall-clock cap runs out before the construction is
/// done (10,000 people × 100 rounds): hosts at their tables, keep-together units next, then everyone in seeded random order
/// to the next group (in a random cycle) still under its most even size and free of pair-rule conflicts.
/// </summary>
internal static class QuickSeating
{
    /// <summary>Seats round r, or returns null when the pair rules left someone without a seat.</summary>
    public static int[]? Fill(PlanningModel model, int r, Random random)
    {
        var groupOf = new int[model.N];
        Array.Fill(groupOf, -1);
        var present = Enumerable.Range(0, model.N).Where(p => model.Present[r][p]).ToArray();
        var target = model.EvenSizes(present.Length);
        var members = new List<int>[model.G];
        for (var g = 0; g < model.G; g++)
        {
            members[g] = [];
        }

        random.Shuffle(present);
        var together = model.ComponentMembers.Count < model.N;
        var order = together || model.HostedGroup.Any(g => g >= 0)
            ? present.OrderBy(p => model.HostedGroup[p] >= 0 ? 0 : model.ComponentMembers[model.Component[p]].Length > 1 ? 1 : 2).ToArray()
            : present;
        var single = new int[1];
        var cycle = Enumerable.Range(0, model.G).ToArray();
        random.Shuffle(cycle);
        var cursor = 0;
        foreach (var p in order)
        {
            if (groupOf[p] >= 0)
            {
                continue;
            }

            int[] unit;
            if (together)
            {
                unit = model.PresentMembers(p, r);
            }
            else
            {
                single[0] = p;
                unit = single;
            }

            var pinned = -1;
            foreach (var u in unit)
            {
                pinned = Math.Max(pinned, model.HostedGroup[u]);
            }

            var placed = -1;
            for (var pass = 0; pass < 2 && placed < 0; pass++)
            {
                // First pass: up to the most even size; second pass: up to capacity (the plan then reports the unbalanced round).
                for (var tried = 0; tried < model.G && placed < 0; tried++)
                {
                    var g = pinned >= 0 ? pinned : cycle[(cursor + tried) % model.G];
                    var limit = pass == 0 ? target[g] : model.Capacity[g];
                    if (members[g].Count + unit.Length <= limit && Compatible(model, unit, members[g]))
                    {
                        placed = g;
                        cursor = pinned >= 0 ? cursor : (cursor + tried + 1) % model.G;
                    }

                    if (pinned >= 0)
                    {
                        break;
                    }
                }
            }

            if (placed < 0)
            {
                return null;
            }

            foreach (var u in unit)
            {
                members[placed].Add(u);
                groupOf[u] = placed;
            }
        }

        return groupOf;
    }

    private static bool Compatible(PlanningModel model, int[] unit, List<int> members)
    {
        foreach (var u in unit)
        {
            if (!model.Constrained[u])
            {
                continue;
            }

            foreach (var x in members)
            {
                if (model.Conflicts(u, x))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
