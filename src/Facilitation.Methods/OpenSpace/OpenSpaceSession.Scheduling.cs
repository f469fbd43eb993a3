using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <content>Scheduling assistance: the facilitator asks for a proposal and decides whether to adopt it.</content>
public sealed partial class OpenSpaceSession
{
    /// <summary>
    /// Proposes an assignment of the active sessions to cells from the interest expressed so far. Sessions in slots that
    /// have started stay where they are; others may move. Changes nothing: adopt the result with <see cref="AdoptAgenda"/>.
    /// </summary>
    /// <param name="options">The scheduler's options; the defaults when null.</param>
    /// <returns>The proposal with its score, term by term; sessions that found no cell are listed, never dropped.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative or the iteration count is out of range.</exception>
    public AgendaProposal ProposeAgenda(AgendaSchedulingOptions? options = null)
    {
        options ??= new AgendaSchedulingOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.CoInterestWeight, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.OverflowWeight, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.ChangeWeight, nameof(options));
        if (options.Iterations is < 0 or > OpenSpaceDefaults.MaxIterations)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Iterations, $"Iterations must be between 0 and {OpenSpaceDefaults.MaxIterations}.");
        }

        // Read a snapshot under the gate, plan outside it; AdoptAgenda commits only at the version the snapshot was taken at.
        var ((ids, spaces, problem), version) = _engine.ReadAt(s =>
        {
            ContributionId[] active = [.. s.IssueOrder.Where(id => s.Issues[id].IsActive)];
            return (active, s.Spaces.Select(x => x.Id).ToArray(), BuildProblem(s, active));
        });

        var iterations = options.Iterations ?? Math.Clamp(OpenSpaceDefaults.IterationsPerSession * ids.Length, OpenSpaceDefaults.MinIterations, OpenSpaceDefaults.MaxIterations);
        var cells = new AgendaSearch(problem, options.CoInterestWeight, options.OverflowWeight, options.ChangeWeight).Solve(options.Seed, iterations);
        var score = problem.Score(cells, options.CoInterestWeight, options.OverflowWeight, options.ChangeWeight);
        var placements = ids.Select((id, i) => new IssuePlacement(id, cells[i] < 0 ? null : new AgendaCell((cells[i] / spaces.Length) + 1, spaces[cells[i] % spaces.Length])));
        return new AgendaProposal(version, [.. placements], score);
    }

    private static AgendaProblem BuildProblem(OpenSpaceState s, ContributionId[] ids)
    {
        var person = new Dictionary<ParticipantId, int>();
        foreach (var p in s.ParticipantOrder)
        {
            person.Add(p, person.Count);
        }

        var spaceIndex = s.Spaces.Select((x, i) => (x.Id, i)).ToDictionary(x => x.Id, x => x.i);
        int CellIndex(AgendaCell? cell) => cell is { } c ? ((c.Slot - 1) * s.Spaces.Count) + spaceIndex[c.Space] : -1;
        var issues = ids.Select(id => s.Issues[id]).ToArray();
        return new AgendaProblem(
            s.Slots.Count,
            s.Spaces.Count,
            person.Count,
            [.. s.Spaces.Select(x => x.Capacity)],
            [.. Enumerable.Range(1, s.Slots.Count).Select(slot => slot > s.StartedSlots)],
            [.. issues.Select(i => person[i.Convener])],
            [.. issues.Select(i => i.Interested.Select(p => person[p]).ToArray())],
            [.. issues.Select(i => s.IsFrozen(i) ? CellIndex(i.Cell) : -1)],
            [.. issues.Select(i => CellIndex(i.Cell))],
            [.. issues.Select(i => s.Published.TryGetValue(i.Id, out var cell) ? CellIndex(cell) : -1)]);
    }
}
