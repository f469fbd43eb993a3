using Facilitation.Methods.OpenSpace;
using static Facilitation.Methods.Tests.OpenSpace.OpenSpaceFixture;

namespace Facilitation.Methods.Tests.OpenSpace;

public class OpenSpaceSessionTests
{
    [Fact]
    public void Create_NewSession_StartsInDesignWithAnEmptyAgenda()
    {
        var (session, _) = Create();
        Assert.Equal(OpenSpacePhase.Design, session.Phase);
        Assert.Empty(session.Issues);
        Assert.Equal(0, session.Version);
        Assert.Equal<string>([nameof(OpenSpaceCommand.OpenCircle), nameof(OpenSpaceCommand.RegisterParticipant), nameof(OpenSpaceCommand.AddSpace), nameof(OpenSpaceCommand.AddSlot)], session.PermittedCommands);
    }

    [Fact]
    public void Create_InvalidDesign_ListsEveryProblem()
    {
        var e = Assert.Throws<InvalidDesignException>(() => OpenSpaceSession.Create(new OpenSpaceDesign { DotsPerParticipant = 0 }));
        Assert.Contains(e.Errors, m => m.Contains("theme", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("at least one space", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("at least one time slot", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("dots", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_OverlappingSlotsAndUnknownCoordinator_AreRefused()
    {
        var design = Design() with
        {
            Slots = [new OpenSpaceSlot(Morning, TimeSpan.FromHours(2)), new OpenSpaceSlot(Morning.AddHours(1), TimeSpan.FromHours(1))],
            NewsroomCoordinator = "nobody",
        };
        var e = Assert.Throws<InvalidDesignException>(() => OpenSpaceSession.Create(design));
        Assert.Contains(e.Errors, m => m.Contains("without overlaps", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("newsroom coordinator", StringComparison.Ordinal));
    }

    [Fact]
    public void FullDay_RunsThroughEveryPhase_AndRaisesOneEventPerCommand()
    {
        var (session, clock) = InMarketplace();
        var events = new List<OpenSpaceEvent>();
        using var subscription = session.OnEvent(events.Add);
        session.ExpressInterest(P(4), "i1", Id(4));
        session.MergeIssues(P(2), "i2", "i3", "m1", "Young people and tourism", Id(3));
        session.AppointScribe(P(1), "i1", Id(5));
        Assert.Equal(1, session.StartNextSlot(Host));
        session.JoinSession(P(4), "i1", Id(4));
        session.JoinSession(P(5), "m1", Id(5));
        session.JoinSession(P(5), "i1", Id(5));
        Assert.Equal(2, session.LiveCounts["i1"]);
        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(TimeSpan.FromMinutes(60), session.RemainingInSlot());
        session.SubmitReport(P(5), new SessionReport("i1", "We listed the fund's sources.", [Id(1), Id(4), Id(5)], ["Publish the accounts"], ["Meet the township"]));
        session.StartNextSlot(Host);
        Assert.Equal(2, session.CurrentSlot);
        session.ShareNews(Host, "Lunch at noon");
        session.BeginConvergence(Host);
        session.CastDot(P(4), "i1", Id(4));
        session.CastDot(P(4), "m1", Id(4));
        session.ClusterIssues(Host, "c1", "Money and people", ["i1", "m1"]);
        session.AppointInitiator(Host, "c1", Id(4));
        session.BeginActionPlanning(Host);
        session.RecordAction(P(4), new ActionItem("a1", "Open the fund's books", Id(4), [Id(1)], "Ask the treasurer", new DateOnly(2026, 12, 5), "c1"));
        session.BeginClosingCircle(Host);
        session.Speak(P(1), Id(1), "Thank you");
        session.Close(Host);
        Assert.Equal(OpenSpacePhase.Closed, session.Phase);
        Assert.Empty(session.PermittedCommands);
        Assert.Equal(session.Version - 6, events.Count);
        Assert.Equal(Enumerable.Range(7, events.Count).Select(i => (long)i), events.Select(e => e.Version));
        var proceedings = session.BuildProceedings();
        Assert.Equal(4, proceedings.Entries.Length);
        var markdown = proceedings.ToMarkdown();
        Assert.Contains("We listed the fund's sources.", markdown, StringComparison.Ordinal);
        Assert.Contains("Merged from: Young people leaving; Tourism and scenery", markdown, StringComparison.Ordinal);
        Assert.Contains("Ask the treasurer", proceedings.ToJson(), StringComparison.Ordinal);
    }
}
