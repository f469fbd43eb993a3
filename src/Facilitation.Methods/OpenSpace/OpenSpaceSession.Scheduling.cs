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

        long version;
        AgendaProblem problem;
        ContributionId[] ids;
        GroupId[] spaces;
        lock (_kernel.Gate)
        {
            version = _kernel.Version;
            ids = [.. _issueOrder.Where(id => _issues[id].IsActive)];
            spaces = [.. _spaces.Select(s => s.Id)];
            problem = BuildProblem(ids);
        }

        var iterations = options.Iterations ?? Math.Clamp(OpenSpaceDefaults.IterationsPerSession * ids.Length, OpenSpaceDefaults.MinIterations, OpenSpaceDefaults.MaxIterations);
        var cells = new AgendaSearch(problem, options.CoInterestWeight, options.OverflowWeight, options.ChangeWeight).Solve(options.Seed, iterations);
        var score = problem.Score(cells, options.CoInterestWeight, options.OverflowWeight, options.ChangeWeight);
        var placements = ids.Select((id, i) => new IssuePlacement(id, cells[i] < 0 ? null : new AgendaCell((cells[i] / spaces.Length) + 1, spaces[cells[i] % spaces.Length])));
        return new AgendaProposal(version, [.. placements], score);
    }

    private AgendaProblem BuildProblem(ContributionId[] ids)
    {
        var person = new Dictionary<ParticipantId, int>();
        foreach (var p in _participantOrder)
        {
            person.Add(p, person.Count);
        }

        var spaceIndex = _spaces.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        int CellIndex(AgendaCell? cell) => cell is { } c ? ((c.Slot - 1) * _spaces.Count) + spaceIndex[c.Space] : -1;
        var issues = ids.Select(id => _issues[id]).ToArray();
        return new AgendaProblem(
            _slots.Count,
            _spaces.Count,
            person.Count,
            [.. _spaces.Select(s => s.Capacity)],
            [.. Enumerable.Range(1, _slots.Count).Select(slot => slot > _startedSlots)],
            [.. issues.Select(i => person[i.Convener])],
            [.. issues.Select(i => i.Interested.Select(p => person[p]).ToArray())],
            [.. issues.Select(i => IsFrozen(i) ? CellIndex(i.Cell) : -1)],
            [.. issues.Select(i => CellIndex(i.Cell))],
            [.. issues.Select(i => _published.TryGetValue(i.Id, out var cell) ? CellIndex(cell) : -1)]);
    }
}
