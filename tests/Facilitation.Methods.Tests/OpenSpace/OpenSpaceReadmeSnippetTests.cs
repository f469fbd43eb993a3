using Facilitation.Methods.OpenSpace;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.OpenSpace;

/// <summary>The code shown in docs/open-space.md, compiled and run.</summary>
public class OpenSpaceReadmeSnippetTests
{
    [Fact]
    public void DocsSnippet_RunsAndWritesProceedings()
    {
        var start = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));
        var timeProvider = new FakeTimeProvider(start);
        var lines = new List<string>();

        var session = OpenSpaceSession.Create(new OpenSpaceDesign
        {
            Theme = "How do we mobilise resources for village self-governance?",
            Spaces = [new OpenSpaceSpace("hall", "Ancestral hall", 12), new OpenSpaceSpace("tree", "Under the old tree", 10)],
            Slots = [new OpenSpaceSlot(start, TimeSpan.FromMinutes(75)), new OpenSpaceSlot(start.AddHours(2), TimeSpan.FromMinutes(75))],
            Participants = [new Participant("wang", "王秀英"), new Participant("li", "李建国"), new Participant("zhao", "赵海燕")],
        }, new SessionOptions { TimeProvider = timeProvider });

        using var _ = session.OnEvent(e => lines.Add($"v{e.Version}: {e}"));
        session.OpenCircle(Actor.Facilitator);
        session.BeginAgendaSetting(Actor.Facilitator);
        session.PostIssue(Actor.ForParticipant("wang"), "fund", "Transparent village funds");
        session.PostIssue(Actor.ForParticipant("li"), "youth", "Bringing young people back");
        session.OpenMarketplace(Actor.Facilitator);
        session.ExpressInterest(Actor.ForParticipant("zhao"), "fund", "zhao");
        session.AdoptAgenda(Actor.Facilitator, session.ProposeAgenda());
        session.StartNextSlot(Actor.Facilitator);
        var markdown = session.BuildProceedings().ToMarkdown();

        Assert.Equal(8, lines.Count);
        Assert.Contains("Transparent village funds", markdown, StringComparison.Ordinal);
        Assert.All(session.Issues, i => Assert.NotNull(i.Cell));
    }
}
