using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>How good an agenda is, term by term (lower is better).</summary>
/// <remarks>Immutable.</remarks>
public sealed class AgendaScore
{
    [JsonConstructor]
    internal AgendaScore(int convenerClashes, int unplaced, long coInterestConflicts, long roomOverflow, int changes, long weightedCost) =>
        (ConvenerClashes, Unplaced, CoInterestConflicts, RoomOverflow, Changes, WeightedCost) = (convenerClashes, unplaced, coInterestConflicts, roomOverflow, changes, weightedCost);

    /// <summary>Gets the pairs of sessions with the same convener in the same slot (hard: a convener cannot be in two places).</summary>
    public int ConvenerClashes { get; }

    /// <summary>Gets the sessions that found no cell (more sessions than usable cells).</summary>
    public int Unplaced { get; }

    /// <summary>Gets, summed over people, the pairs of sessions they signed up for that run in the same slot.</summary>
    public long CoInterestConflicts { get; }

    /// <summary>Gets the sum over sessions of max(0, interest − capacity of its space).</summary>
    public long RoomOverflow { get; }

    /// <summary>Gets the sessions not in the cell of the last published agenda.</summary>
    public int Changes { get; }

    /// <summary>Gets the soft terms weighted as the options say — plus, for each unplaced session, its interest at the co-interest weight
    /// (so the least wanted sessions are the ones left off): the number the scheduler minimises after clashes and unplaced sessions.</summary>
    public long WeightedCost { get; }
}
