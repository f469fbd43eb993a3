using Facilitation.Methods.OpenSpace;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Facilitation.Methods.Tests.OpenSpace.OpenSpaceFixture;

namespace Facilitation.Methods.Tests.OpenSpace;

public class OpenSpaceInvariantTests
{
    [Property(MaxTest = 50)]
    public Property MergesAndMoves_NeverLoseASession(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var session = OpenSpaceSchedulerTests.RandomMarketplace(seed.Get, 6, 2, 3, random.Next(2, 10));
        var posted = session.Issues.Select(i => i.Id).ToHashSet();
        var merges = 0;
        for (var step = 0; step < 20; step++)
        {
            var active = session.Issues.Where(i => i.IsActive).ToList();
            var a = active[random.Next(active.Count)];
            var b = active[random.Next(active.Count)];
            try
            {
                if (random.Next(2) == 0)
                {
                    session.MergeIssues(Host, a.Id, b.Id, $"m{step}", $"{a.Title} + {b.Title}", b.Convener);
                    merges++;
                    posted.Add($"m{step}");
                }
                else
                {
                    session.MoveIssue(Host, a.Id, new AgendaCell(random.Next(1, 4), $"s{random.Next(1, 3)}"));
                }
            }
            catch (CommandRejectedException)
            {
                // Refused moves and merges are part of the property: they must lose nothing either.
            }
        }

        var issues = session.Issues.ToDictionary(i => i.Id);
        var sourcesListed = issues.Values.Where(i => i.MergedInto is not null).All(i => issues[i.MergedInto!.Value].MergedFrom.Contains(i.Id));
        return posted.SetEquals(issues.Keys).Label("every issue still there")
            .And(sourcesListed).Label("merged sessions list their sources")
            .And(issues.Values.Count(i => i.IsActive) == issues.Count - (2 * merges)).Label("each merge retires exactly two");
    }

    [Property(MaxTest = 25)]
    public Property Proceedings_ContainEveryReport(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var session = OpenSpaceSchedulerTests.RandomMarketplace(seed.Get, 6, 2, 2, random.Next(1, 5));
        session.AdoptAgenda(Host, session.ProposeAgenda(new AgendaSchedulingOptions { Iterations = 1_000 }));
        RunAllSlots(session);
        var texts = new List<string>();
        foreach (var issue in session.Issues.Where(i => i.Cell is not null && random.Next(3) > 0))
        {
            var text = $"Report {random.Next()} on {issue.Title}";
            session.SubmitReport(Host, new SessionReport(issue.Id, text, [], [$"Recommend {issue.Id}"], []));
            texts.Add(text);
        }

        var proceedings = session.BuildProceedings();
        var markdown = proceedings.ToMarkdown();
        var json = proceedings.ToJson();
        return texts.All(t => markdown.Contains(t, StringComparison.Ordinal) && json.Contains(t, StringComparison.Ordinal)).Label("every report exported")
            .And(proceedings.Entries.Length == session.Issues.Length).Label("every issue in the book");
    }
}
