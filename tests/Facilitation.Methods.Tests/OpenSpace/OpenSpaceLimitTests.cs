using Facilitation.Methods.OpenSpace;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Facilitation.Methods.Tests.OpenSpace.OpenSpaceFixture;
using static Facilitation.Methods.Tests.OpenSpace.OpenSpaceRefusalTests;

namespace Facilitation.Methods.Tests.OpenSpace;

/// <summary>Everything one participant can grow is bounded (issue 11: 2,700 report revisions made Save run out of memory).</summary>
public class OpenSpaceLimitTests
{
    private static readonly string LongText = new('报', Limits.MaxTextLength);

    [Fact]
    public void ReportRevisions_StopAtTheLimit_AndASessionAtTheLimitRestores()
    {
        var (session, clock) = InMarketplace();
        session.StartNextSlot(Host);
        for (var i = 1; i <= Limits.MaxReportRevisions; i++)
        {
            session.SubmitReport(P(1), new SessionReport("i1", LongText, [], [LongText], []));
        }

        var e = AssertRefused(session, () => session.SubmitReport(P(1), new SessionReport("i1", "one more", [], [], [])), OpenSpaceCommand.SubmitReport, RejectionKind.Conflict);
        Assert.Contains("Limits.MaxReportRevisions", e.Reason, StringComparison.Ordinal);
        Assert.Equal(Limits.MaxReportRevisions, session.BuildProceedings().Entries.Single(x => x.Issue.Id == "i1").ReportRevision);

        // Another session's report has its own count.
        session.SubmitReport(P(2), new SessionReport("i2", "youth", [], [], []));
        using var restored = OpenSpaceSession.Restore(session.Save(), OnItsClock(clock));
        Assert.Equal(session.Save(), restored.Save());
    }

    [Fact]
    public void News_StopsAtTheLimit_AndASessionAtTheLimitRestores()
    {
        var (session, clock) = InMarketplace(Design(coordinator: Id(6)));
        session.StartNextSlot(Host);
        for (var i = 0; i < Limits.MaxNewsItems; i++)
        {
            session.ShareNews(P(6), i % 2 == 0 ? LongText : $"news {i}");
        }

        var e = AssertRefused(session, () => session.ShareNews(Host, "one more"), OpenSpaceCommand.ShareNews, RejectionKind.Conflict);
        Assert.Contains("Limits.MaxNewsItems", e.Reason, StringComparison.Ordinal);
        using var restored = OpenSpaceSession.Restore(session.Save(), OnItsClock(clock));
        Assert.Equal(Limits.MaxNewsItems, restored.News.Length);
    }

    [Fact]
    public void TwoFeetMoves_StopAtTheLimitPerSlot_AndTheNextSlotStartsAfresh()
    {
        var (session, clock) = InMarketplace(Design(slots: 2));
        session.MoveIssue(Host, "i2", new AgendaCell(2, "s2"));
        session.MoveIssue(Host, "i3", new AgendaCell(1, "s2"));
        session.StartNextSlot(Host);
        for (var i = 0; i < Limits.MaxAttendanceMovesPerSlot; i++)
        {
            session.JoinSession(P(4), i % 2 == 0 ? "i1" : "i3", Id(4));
        }

        var e = AssertRefused(session, () => session.JoinSession(P(4), "i1", Id(4)), OpenSpaceCommand.JoinSession, RejectionKind.Conflict);
        Assert.Contains("Limits.MaxAttendanceMovesPerSlot", e.Reason, StringComparison.Ordinal);
        AssertRefused(session, () => session.LeaveSession(P(4), "i3", Id(4)), OpenSpaceCommand.LeaveSession, RejectionKind.Conflict);
        session.JoinSession(P(5), "i1", Id(5));

        session.StartNextSlot(Host);
        session.JoinSession(P(4), "i2", Id(4));
        using var restored = OpenSpaceSession.Restore(session.Save(), OnItsClock(clock));
        Assert.Equal(session.Attendance.Length, restored.Attendance.Length);
    }

    [Fact]
    public void ActionItems_ParticipantsRecordOnlyTheirOwn_TheFacilitatorAnyones()
    {
        var (session, _) = InMarketplace();
        RunAllSlots(session);
        session.BeginActionPlanning(Host);

        var e = AssertRefused(session, () => session.RecordAction(P(2), new ActionItem("a1", "Open the books", Id(1), [], "Ask the treasurer")), OpenSpaceCommand.RecordAction, RejectionKind.NotPermitted);
        Assert.Contains("p1", e.Reason, StringComparison.Ordinal);
        session.RecordAction(P(1), new ActionItem("a1", "Open the books", Id(1), [Id(2)], "Ask the treasurer"));
        session.RecordAction(Host, new ActionItem("a2", "A youth group", Id(3), [], "Collect numbers"));

        Assert.Equal([Id(1), Id(3)], session.Actions.Select(a => a.Owner));
    }

    [Property(MaxTest = 20)]
    public Property AnyRunOfReportsAndNews_KeepsEveryCountWithinItsLimit_AndRestoresExactly() =>
        Prop.ForAll(Gen.Choose(0, 2).ArrayOf().Select(a => a.Take(60).ToArray()).ToArbitrary(), steps =>
        {
            var (session, clock) = InMarketplace(Design(coordinator: Id(6)));
            session.StartNextSlot(Host);
            var accepted = 0;
            foreach (var step in steps)
            {
                try
                {
                    switch (step)
                    {
                        case 0: session.SubmitReport(P(1), new SessionReport("i1", $"revision {accepted}", [], [], [])); break;
                        case 1: session.ShareNews(P(6), $"news {accepted}"); break;
                        default: session.JoinSession(P(4), accepted % 2 == 0 ? "i1" : "i2", Id(4)); break;
                    }

                    accepted++;
                }
                catch (CommandRejectedException)
                {
                    // Refusals past a limit are checked by the facts above; here only the counts matter.
                }
            }

            // On the session's clock: restored on the wall clock, the slot would be long over and its timer would say so at once.
            using var restored = OpenSpaceSession.Restore(session.Save(), new SessionOptions { TimeProvider = clock });
            var revisions = session.BuildProceedings().Entries.Single(x => x.Issue.Id == "i1").ReportRevision;
            return (revisions <= Limits.MaxReportRevisions && revisions == Math.Min(steps.Count(s => s == 0), Limits.MaxReportRevisions)).Label("revisions")
                .And(session.News.Length == steps.Count(s => s == 1)).Label("news")
                .And(restored.Save() == session.Save()).Label("restores exactly");
        });

    /// <summary>Restores on the session's own clock: on the wall clock a running slot is long overdue, and its timer would add the warning and time-up while the test compares.</summary>
    private static SessionOptions OnItsClock(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock) => new() { TimeProvider = clock };
}
