namespace Facilitation.Methods.OpenSpace;

/// <content>The continuously assembled book of proceedings.</content>
public sealed partial class OpenSpaceSession
{
    /// <summary>Assembles the book of proceedings as it stands now: every issue ever posted, with its report if one arrived.</summary>
    /// <returns>An immutable snapshot; export it with <see cref="OpenSpaceProceedings.ToMarkdown"/> or <see cref="OpenSpaceProceedings.ToJson"/>.</returns>
    public OpenSpaceProceedings BuildProceedings()
    {
        var (book, version) = _engine.ReadAt(s =>
        {
            var entries = s.IssueOrder.Select(id =>
            {
                var issue = s.Issues[id];
                var moves = s.Moves.Where(m => m.Issue == id).ToList();
                int present = 0, peak = 0;
                foreach (var m in moves)
                {
                    present += m.Joined ? 1 : -1;
                    peak = Math.Max(peak, present);
                }

                var space = issue.Cell is { } cell ? s.Spaces.First(x => x.Id == cell.Space).Name : null;
                var slot = issue.Cell is { } at ? s.Slots[at.Slot - 1] : null;
                s.Reports.TryGetValue(id, out var report);
                return new ProceedingsEntry(issue.ToIssue(), space, slot, report?.Report, report?.Revision ?? 0, moves.Count(m => m.Joined), moves.Count(m => !m.Joined), peak);
            });
            return new OpenSpaceProceedings(
                s.Design.Theme!.Text,
                s.Design.Sponsor,
                s.Design.FacilitatorName,
                [.. s.Slots.Select(x => x.Day).Distinct()],
                s.Phase,
                0,
                [.. s.ParticipantOrder.Select(p => s.Participants[p])],
                [.. entries],
                [.. s.Clusters.Select(c => c.ToCluster())],
                [.. s.Actions],
                [.. s.News],
                s.ClosingWords.Count);
        });
        book.Version = version;
        return book;
    }
}
