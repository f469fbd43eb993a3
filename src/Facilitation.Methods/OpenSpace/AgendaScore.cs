namespace Facilitation.Methods.OpenSpace;

/// <summary>How good an agenda is, term by term (lower is better).</summary>
/// <param name="ConvenerClashes">Pairs of sessions with the same convener in the same slot (hard: a convener cannot be in two places).</param>
/// <param name="Unplaced">Sessions that found no cell (more sessions than usable cells).</param>
/// <param name="CoInterestConflicts">For each person, pairs of sessions they signed up for that run in the same slot.</param>
/// <param name="RoomOverflow">The sum over sessions of max(0, interest − capacity of its space).</param>
/// <param name="Changes">Sessions not in the cell of the last published agenda.</param>
/// <param name="WeightedCost">The soft terms weighted as the options say: the number the scheduler minimises after clashes and unplaced sessions.</param>
public sealed record AgendaScore(int ConvenerClashes, int Unplaced, long CoInterestConflicts, long RoomOverflow, int Changes, long WeightedCost);
