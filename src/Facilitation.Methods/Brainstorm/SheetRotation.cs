namespace Facilitation.Methods.Brainstorm;

/// <summary>The brainwriting passing order: a cyclic rotation, so that over a team's <c>m</c> passes each sheet meets each member exactly once.</summary>
/// <remarks>Member <c>i</c> (0-based) starts sheet <c>i</c>; at pass <c>p</c> they hold sheet <c>(i - p) mod m</c>, the sheet their left-hand neighbour held before.</remarks>
internal static class SheetRotation
{
    /// <summary>Gets the sheet (0-based) member <paramref name="member"/> holds at pass <paramref name="pass"/> in a team of <paramref name="size"/>, or -1 when the team's sheets have already met everyone.</summary>
    public static int SheetHeldBy(int member, int pass, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(pass);
        if ((uint)member >= (uint)size)
        {
            throw new ArgumentOutOfRangeException(nameof(member));
        }

        return pass >= size ? -1 : ((member - pass) % size + size) % size;
    }

    /// <summary>Gets the member (0-based) holding sheet <paramref name="sheet"/> at pass <paramref name="pass"/>, or -1 when the team's sheets have already met everyone.</summary>
    public static int HolderOf(int sheet, int pass, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(pass);
        return pass >= size ? -1 : (sheet + pass) % size;
    }

    /// <summary>Splits people into as few teams of at most <paramref name="teamSize"/> as possible, sizes differing by at most one, keeping their order.</summary>
    public static List<List<ParticipantId>> FormTeams(IReadOnlyList<ParticipantId> people, int teamSize)
    {
        var count = (people.Count + teamSize - 1) / teamSize;
        var teams = new List<List<ParticipantId>>(count);
        var start = 0;
        for (var t = 0; t < count; t++)
        {
            var size = people.Count / count + (t < people.Count % count ? 1 : 0);
            teams.Add([.. people.Skip(start).Take(size)]);
            start += size;
        }

        return teams;
    }
}
