namespace Facilitation.Methods.OpenSpace;

/// <content>The continuously assembled book of proceedings.</content>
public sealed partial class OpenSpaceSession
{
    /// <summary>Assembles the book of proceedings as it stands now: every issue ever posted, with its report if one arrived.</summary>
    /// <returns>An immutable snapshot; export it with <see cref="OpenSpaceProceedings.ToMarkdown"/> or <see cref="OpenSpaceProceedings.ToJson"/>.</returns>
    public OpenSpaceProceedings BuildProceedings()
    {
        lock (_kernel.Gate)
        {
            var entries = _issueOrder.Select(id =>
            {
                var issue = _issues[id];
                var moves = _moves.Where(m => m.Issue == id).ToList();
                int present = 0, peak = 0;
                foreach (var m in moves)
                {
                    present += m.Joined ? 1 : -1;
                    peak = Math.Max(peak, present);
                }

                var space = issue.Cell is { } cell ? _spaces.First(s => s.Id == cell.Space).Name : null;
                var slot = issue.Cell is { } at ? _slots[at.Slot - 1] : null;
                _reports.TryGetValue(id, out var report);
                return new ProceedingsEntry(issue.ToIssue(), space, slot, report?.Report, report?.Revision ?? 0, moves.Count(m => m.Joined), moves.Count(m => !m.Joined), peak);
            });
            return new OpenSpaceProceedings(
                _design.Theme!.Text,
                _design.Sponsor,
                _design.FacilitatorName,
                [.. _slots.Select(s => s.Day).Distinct()],
                _phase,
                _kernel.Version,
                [.. _participantOrder.Select(p => _participants[p])],
                [.. entries],
                [.. _clusters.Select(c => c.ToCluster())],
                [.. _actions],
                [.. _news],
                _closingWords.Count);
        }
    }
}
