using Facilitation.Methods.OpenSpace;
using static Facilitation.Methods.Tests.OpenSpace.OpenSpaceFixture;

namespace Facilitation.Methods.Tests.OpenSpace;

public class OpenSpaceRefusalTests
{
    /// <summary>Asserts the command is refused with the given phase, command and kind, names the allowed commands, and leaves the saved document unchanged.</summary>
    internal static CommandRejectedException AssertRefused(OpenSpaceSession session, Action command, OpenSpaceCommand expected, RejectionKind kind)
    {
        var before = session.Save();
        var phase = session.Phase;
        var allowed = session.PermittedCommands.Select(c => c.ToString()).ToArray();
        var e = Assert.Throws<CommandRejectedException>(command);
        Assert.Equal(phase.ToString(), e.Phase);
        Assert.Equal(expected.ToString(), e.Command);
        Assert.Equal(kind, e.Kind);
        Assert.Equal(allowed, e.PermittedCommands);
        Assert.Contains($"in phase {phase}", e.Message, StringComparison.Ordinal);
        Assert.Contains("Allowed now:", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, session.Save());
        return e;
    }

    [Fact]
    public void PostIssue_InDesign_IsRefusedAsWrongPhase()
    {
        var (session, _) = Create();
        var e = AssertRefused(session, () => session.PostIssue(P(1), "i1", "Too early"), OpenSpaceCommand.PostIssue, RejectionKind.WrongPhase);
        Assert.Contains("Allowed now: OpenCircle, RegisterParticipant, AddSpace, AddSlot.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnonymousAndSystemActors_AreNotPermitted_ForAnyCommand()
    {
        var (session, _) = InMarketplace();
        var e = AssertRefused(session, () => session.PostIssue(Actor.Anonymous, "anon", "Nobody's issue", Id(4)), OpenSpaceCommand.PostIssue, RejectionKind.NotPermitted);
        Assert.Contains("no anonymous contributions", e.Reason, StringComparison.Ordinal);
        AssertRefused(session, () => session.ExpressInterest(Actor.Anonymous, "i1", Id(4)), OpenSpaceCommand.ExpressInterest, RejectionKind.NotPermitted);
        AssertRefused(session, () => session.PostIssue(Actor.System, "sys", "The clock's issue"), OpenSpaceCommand.PostIssue, RejectionKind.NotPermitted);
        AssertRefused(session, () => session.StartNextSlot(Actor.System), OpenSpaceCommand.StartNextSlot, RejectionKind.NotPermitted);
    }

    [Fact]
    public void OpenCircle_ByParticipant_IsNotPermitted()
    {
        var (session, _) = Create();
        AssertRefused(session, () => session.OpenCircle(P(1)), OpenSpaceCommand.OpenCircle, RejectionKind.NotPermitted);
    }

    [Fact]
    public void ExpressInterest_InOpeningCircle_IsRefused()
    {
        var (session, _) = Create();
        session.OpenCircle(Host);
        AssertRefused(session, () => session.ExpressInterest(P(1), "i1", Id(1)), OpenSpaceCommand.ExpressInterest, RejectionKind.WrongPhase);
    }

    [Fact]
    public void PostIssue_InAgendaSetting_RefusesTakenCellClashStrangersAndImpostors()
    {
        var (session, _) = Create();
        session.OpenCircle(Host);
        session.BeginAgendaSetting(Host);
        session.PostIssue(P(1), "i1", "Village fund", cell: new AgendaCell(1, "s1"));
        AssertRefused(session, () => session.PostIssue(P(2), "i2", "Same cell", cell: new AgendaCell(1, "s1")), OpenSpaceCommand.PostIssue, RejectionKind.Conflict);
        var clash = AssertRefused(session, () => session.PostIssue(P(1), "i3", "Second", cell: new AgendaCell(1, "s2")), OpenSpaceCommand.PostIssue, RejectionKind.Conflict);
        Assert.Contains("cannot be in two places", clash.Reason, StringComparison.Ordinal);
        AssertRefused(session, () => session.PostIssue(P(2), "i4", "For someone else", Id(3)), OpenSpaceCommand.PostIssue, RejectionKind.NotPermitted);
        AssertRefused(session, () => session.PostIssue(Host, "i5", "Unknown convener", "stranger"), OpenSpaceCommand.PostIssue, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.PostIssue(Host, "i6", "No convener"), OpenSpaceCommand.PostIssue, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.PostIssue(P(2), "i1", "Duplicate id"), OpenSpaceCommand.PostIssue, RejectionKind.Conflict);
        AssertRefused(session, () => session.PostIssue(P(2), "i7", "   "), OpenSpaceCommand.PostIssue, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.PostIssue(P(2), "i8", "Nowhere", cell: new AgendaCell(9, "s1")), OpenSpaceCommand.PostIssue, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.StartNextSlot(Host), OpenSpaceCommand.StartNextSlot, RejectionKind.WrongPhase);
    }

    [Fact]
    public void MergeIssues_InMarketplace_RefusesOutsidersAndMergedSources()
    {
        var (session, _) = InMarketplace();
        AssertRefused(session, () => session.MergeIssues(P(4), "i1", "i2", "m", "Merged", Id(1)), OpenSpaceCommand.MergeIssues, RejectionKind.NotPermitted);
        AssertRefused(session, () => session.MergeIssues(P(1), "i1", "i2", "m", "Merged", Id(4)), OpenSpaceCommand.MergeIssues, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.MergeIssues(P(1), "i1", "i1", "m", "Merged", Id(1)), OpenSpaceCommand.MergeIssues, RejectionKind.InvalidInput);
        session.MergeIssues(P(1), "i1", "i2", "m", "Merged", Id(2));
        var merged = session.Issues.Single(i => i.Id == "m");
        Assert.Equal(new ContributionId[] { "i1", "i2" }, merged.MergedFrom);
        Assert.Equal(new AgendaCell(1, "s1"), merged.Cell);
        Assert.All(session.Issues.Where(i => i.Id == "i1" || i.Id == "i2"), i => Assert.Equal("m", i.MergedInto));
        AssertRefused(session, () => session.ExpressInterest(P(4), "i1", Id(4)), OpenSpaceCommand.ExpressInterest, RejectionKind.Conflict);
        AssertRefused(session, () => session.BeginConvergence(Host), OpenSpaceCommand.BeginConvergence, RejectionKind.WrongPhase);
    }

    [Fact]
    public void SessionsRunning_RefusesFrozenMovesWrongSlotJoinsAndEarlyReports()
    {
        var (session, _) = InMarketplace();
        session.MoveIssue(P(3), "i3", new AgendaCell(2, "s1"));
        session.StartNextSlot(Host);
        Assert.Equal(OpenSpacePhase.SessionsRunning, session.Phase);
        AssertRefused(session, () => session.MoveIssue(Host, "i1", new AgendaCell(2, "s2")), OpenSpaceCommand.MoveIssue, RejectionKind.Conflict);
        AssertRefused(session, () => session.MoveIssue(Host, "i3", new AgendaCell(1, "s2")), OpenSpaceCommand.MoveIssue, RejectionKind.Conflict);
        AssertRefused(session, () => session.JoinSession(P(4), "i3", Id(4)), OpenSpaceCommand.JoinSession, RejectionKind.Conflict);
        AssertRefused(session, () => session.JoinSession(P(4), "i1", Id(5)), OpenSpaceCommand.JoinSession, RejectionKind.NotPermitted);
        AssertRefused(session, () => session.LeaveSession(P(4), "i1", Id(4)), OpenSpaceCommand.LeaveSession, RejectionKind.Conflict);
        AssertRefused(session, () => session.SubmitReport(Host, new SessionReport("i3", "Not yet", [], [], [])), OpenSpaceCommand.SubmitReport, RejectionKind.Conflict);
        AssertRefused(session, () => session.SubmitReport(P(4), new SessionReport("i1", "Not mine", [], [], [])), OpenSpaceCommand.SubmitReport, RejectionKind.NotPermitted);
        AssertRefused(session, () => session.BeginConvergence(Host), OpenSpaceCommand.BeginConvergence, RejectionKind.WrongPhase);
        AssertRefused(session, () => session.PostIssue(P(4), "late", "Late idea"), OpenSpaceCommand.PostIssue, RejectionKind.WrongPhase);
        AssertRefused(session, () => session.ShareNews(P(4), "Not the newsroom"), OpenSpaceCommand.ShareNews, RejectionKind.NotPermitted);
    }

    [Fact]
    public void JoinSession_FullRoom_IsRecordedNotRefused()
    {
        var (session, _) = InMarketplace();
        session.StartNextSlot(Host);
        for (var i = 1; i <= 6; i++)
        {
            session.JoinSession(Host, "i1", Id(i));
        }

        Assert.Equal(6, session.LiveCounts["i1"]);
        session.LeaveSession(P(6), "i1", Id(6));
        session.JoinSession(P(5), "i2", Id(5));
        Assert.Equal(4, session.LiveCounts["i1"]);
        Assert.Equal(new[] { Id(5) }, session.PresentIn("i2"));
        Assert.Equal(9, session.Attendance.Length);
    }

    [Fact]
    public void MultiDay_EveningNewsAndMorningAnnouncements_SeparateTheDays()
    {
        var (session, _) = InMarketplace(Design(days: 2, coordinator: Id(6)));
        session.StartNextSlot(Host);
        session.StartNextSlot(Host);
        AssertRefused(session, () => session.StartNextSlot(Host), OpenSpaceCommand.StartNextSlot, RejectionKind.WrongPhase);
        session.BeginEveningNews(Host);
        session.ShareNews(P(6), "Day one: two sessions ran");
        session.SubmitReport(P(1), new SessionReport("i1", "Reported in the evening", [], [], []));
        session.BeginMorningAnnouncements(Host);
        session.PostIssue(P(4), "i4", "A new issue for day two", cell: new AgendaCell(3, "s1"));
        Assert.Equal(3, session.StartNextSlot(Host));
        Assert.Single(session.News);
    }

    [Fact]
    public void Convergence_DotBudgetAndClusters_AreEnforced()
    {
        var (session, _) = InMarketplace(Design() with { DotsPerParticipant = 2 });
        RunAllSlots(session);
        session.BeginConvergence(Host);
        session.CastDot(P(4), "i1", Id(4));
        session.CastDot(P(4), "i1", Id(4));
        AssertRefused(session, () => session.CastDot(P(4), "i2", Id(4)), OpenSpaceCommand.CastDot, RejectionKind.Conflict);
        AssertRefused(session, () => session.CastDot(P(5), "i2", Id(4)), OpenSpaceCommand.CastDot, RejectionKind.NotPermitted);
        session.ClusterIssues(Host, "c1", "Money", ["i1"]);
        AssertRefused(session, () => session.ClusterIssues(Host, "c2", "Again", ["i1", "i2"]), OpenSpaceCommand.ClusterIssues, RejectionKind.Conflict);
        AssertRefused(session, () => session.AppointInitiator(Host, "c9", Id(1)), OpenSpaceCommand.AppointInitiator, RejectionKind.InvalidInput);
        Assert.Equal(2, session.Issues.Single(i => i.Id == "i1").Dots);
    }

    [Fact]
    public void ActionPlanningAndClosingCircle_RefuseUnknownOwnersAndSecondWords()
    {
        var (session, _) = InMarketplace();
        RunAllSlots(session);
        session.BeginActionPlanning(Host);
        AssertRefused(session, () => session.RecordAction(Host, new ActionItem("a1", "Do it", "stranger", [], "Start")), OpenSpaceCommand.RecordAction, RejectionKind.InvalidInput);
        session.BeginClosingCircle(Host);
        session.Speak(P(2), Id(2));
        AssertRefused(session, () => session.Speak(P(2), Id(2), "Again"), OpenSpaceCommand.Speak, RejectionKind.Conflict);
        session.Close(Host);
        var e = AssertRefused(session, () => session.Speak(P(3), Id(3)), OpenSpaceCommand.Speak, RejectionKind.WrongPhase);
        Assert.Contains("Allowed now: nothing.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Command_RetriedWithSameId_IsAppliedOnce()
    {
        var (session, _) = InMarketplace();
        session.ExpressInterest(P(4), "i1", Id(4), options: CommandOptions.WithId("tap-1"));
        session.ExpressInterest(P(4), "i1", Id(4), options: CommandOptions.WithId("tap-1"));
        Assert.Equal(7, session.Version);
        Assert.Equal(2, session.Issues.Single(i => i.Id == "i1").Interested.Length);
    }

    [Fact]
    public void Subscriber_ThatThrows_CannotCorruptTheSession()
    {
        var errors = new List<Exception>();
        var session = OpenSpaceSession.Create(Design(), new SessionOptions { TimeProvider = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(), OnSubscriberError = errors.Add });
        using var _ = session.OnEvent(_ => throw new InvalidOperationException("handler bug"));
        session.OpenCircle(Host);
        Assert.Equal(OpenSpacePhase.OpeningCircle, session.Phase);
        Assert.Single(errors);
    }

    [Fact]
    public void AdoptAgenda_StaleProposal_IsRefused()
    {
        var (session, _) = InMarketplace();
        var proposal = session.ProposeAgenda(new AgendaSchedulingOptions { Iterations = 2_000 });
        session.ExpressInterest(P(4), "i1", Id(4));
        AssertRefused(session, () => session.AdoptAgenda(Host, proposal), OpenSpaceCommand.AdoptAgenda, RejectionKind.Conflict);
        AssertRefused(session, () => session.AdoptAgenda(P(1), session.ProposeAgenda()), OpenSpaceCommand.AdoptAgenda, RejectionKind.NotPermitted);
    }

    [Fact]
    public void AddSlotAndSpace_GrowTheWall()
    {
        var (session, _) = InMarketplace();
        session.AddSpace(Host, new OpenSpaceSpace("s9", "Under the banyan tree", 30, isAccessible: false));
        session.AddSlot(Host, new OpenSpaceSlot(Morning.AddHours(6), TimeSpan.FromHours(1)));
        AssertRefused(session, () => session.AddSlot(Host, new OpenSpaceSlot(Morning, TimeSpan.FromHours(1))), OpenSpaceCommand.AddSlot, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.AddSpace(Host, new OpenSpaceSpace("s9", "Twice", 3)), OpenSpaceCommand.AddSpace, RejectionKind.Conflict);
        session.MoveIssue(P(3), "i3", new AgendaCell(3, "s9"));
        Assert.Equal(3, session.Slots.Length);
        Assert.Equal(3, session.Spaces.Length);
    }
}
