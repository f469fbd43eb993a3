using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Workshops;
using static Facilitation.Methods.Tests.OpenSpace.OpenSpaceFixture;
using static Facilitation.Methods.Tests.OpenSpace.OpenSpaceRefusalTests;

namespace Facilitation.Methods.Tests.OpenSpace;

/// <summary>Issue 13: people leave an Open Space for good, and issues posted on the spot keep their resource category.</summary>
public class OpenSpaceDepartureTests
{
    [Fact]
    public void Depart_ReleasesSignUpsForSessionsNotStarted_AndKeepsTheIssuesTheyConvene()
    {
        var (session, _) = InMarketplace();
        session.ExpressInterest(P(4), "i1", Id(4));
        session.ExpressInterest(P(4), "i3", Id(4));
        session.ExpressInterest(P(1), "i3", Id(1));

        session.Depart(P(4), Id(4));
        session.Depart(Host, Id(1));

        Assert.Equal(new[] { Id(4), Id(1) }, session.Departed.ToArray());
        Assert.Equal(6, session.Participants.Length);
        var issues = session.Issues.ToDictionary(i => i.Id.Value);
        Assert.DoesNotContain(Id(4), issues["i1"].Interested);
        Assert.DoesNotContain(Id(4), issues["i3"].Interested);
        Assert.DoesNotContain(Id(1), issues["i3"].Interested);
        Assert.Equal(Id(1), issues["i1"].Convener);
        Assert.Contains(Id(1), issues["i1"].Interested);

        var e = AssertRefused(session, () => session.ExpressInterest(P(4), "i2", Id(4)), OpenSpaceCommand.ExpressInterest, RejectionKind.Conflict);
        Assert.Contains("has left the event", e.Reason, StringComparison.Ordinal);
        AssertRefused(session, () => session.PostIssue(P(1), "i9", "One more from the door"), OpenSpaceCommand.PostIssue, RejectionKind.Conflict);
    }

    [Fact]
    public void Depart_DuringASlot_WalksOutOfTheirSession_AndKeepsSignUpsOfSessionsAlreadyRunning()
    {
        var (session, clock) = InMarketplace();
        session.ExpressInterest(P(4), "i1", Id(4));
        session.StartNextSlot(Host);
        session.JoinSession(P(4), "i1", Id(4));
        clock.Advance(TimeSpan.FromMinutes(10));

        session.Depart(P(4), Id(4));

        Assert.DoesNotContain(Id(4), session.PresentIn("i1"));
        var last = session.Attendance[^1];
        Assert.Equal((1, "i1", Id(4), false), (last.Slot, last.Issue.Value, last.Participant, last.Joined));
        Assert.Contains(Id(4), session.Issues.Single(i => i.Id == "i1").Interested);
        AssertRefused(session, () => session.JoinSession(P(4), "i2", Id(4)), OpenSpaceCommand.JoinSession, RejectionKind.Conflict);
    }

    [Fact]
    public void RegisteringAgain_ReadmitsSomeoneWhoLeft()
    {
        var (session, _) = InMarketplace();
        session.Depart(P(4), Id(4));

        session.RegisterParticipant(Host, new Participant(Id(4), "Person 4, back after lunch"));

        Assert.Empty(session.Departed);
        Assert.Equal(6, session.Participants.Length);
        Assert.Equal("Person 4, back after lunch", session.Participants.Single(p => p.Id == Id(4)).DisplayName);
        session.ExpressInterest(P(4), "i2", Id(4));
        Assert.Contains(Id(4), session.Issues.Single(i => i.Id == "i2").Interested);
        AssertRefused(session, () => session.RegisterParticipant(Host, new Participant(Id(4), "Person 4")), OpenSpaceCommand.RegisterParticipant, RejectionKind.Conflict);
    }

    [Fact]
    public void Depart_IsRefused_ForSomeoneElse_Twice_ForStrangers_AndOutsideTheEvent()
    {
        var (fresh, _) = Create();
        AssertRefused(fresh, () => fresh.Depart(Host, Id(1)), OpenSpaceCommand.Depart, RejectionKind.WrongPhase);

        var (session, _) = InMarketplace();
        AssertRefused(session, () => session.Depart(P(2), Id(4)), OpenSpaceCommand.Depart, RejectionKind.NotPermitted);
        AssertRefused(session, () => session.Depart(Host, "stranger"), OpenSpaceCommand.Depart, RejectionKind.InvalidInput);
        session.Depart(Host, Id(4));
        AssertRefused(session, () => session.Depart(P(4), Id(4)), OpenSpaceCommand.Depart, RejectionKind.Conflict);

        RunAllSlots(session);
        session.BeginClosingCircle(Host);
        AssertRefused(session, () => session.Depart(P(5), Id(5)), OpenSpaceCommand.Depart, RejectionKind.WrongPhase);
    }

    [Fact]
    public void DeparturesAndCategories_SurviveSaveAndRestore()
    {
        var (session, clock) = InMarketplace();
        session.PostIssue(P(5), "i5", "祠堂怎么用", category: "文");
        session.Depart(P(4), Id(4));
        session.StartNextSlot(Host);
        session.Depart(Host, Id(6));

        var saved = session.Save();
        using var restored = OpenSpaceSession.Restore(saved, new SessionOptions { TimeProvider = clock });

        Assert.Equal(saved, restored.Save());
        Assert.Equal(session.Departed.ToArray(), restored.Departed.ToArray());
        Assert.Equal("文", restored.Issues.Single(i => i.Id == "i5").Category);
        Assert.Contains("\"category\":\"文\"", saved, StringComparison.Ordinal);
    }

    [Fact]
    public void PostIssue_KeepsItsCategory_AMergeKeepsTheFirstOne_AndBadCategoriesAreRefused()
    {
        var (session, _) = Create();
        session.OpenCircle(Host);
        session.BeginAgendaSetting(Host);
        session.PostIssue(P(1), "a", "Land for the elderly canteen", category: "地");
        session.PostIssue(P(2), "b", "Who runs the canteen");
        session.PostIssue(P(3), "c", "Scenery walks", category: "景");
        Assert.Null(session.Issues.Single(i => i.Id == "b").Category);
        session.OpenMarketplace(Host);

        session.MergeIssues(Host, "b", "a", "ab", "The elderly canteen", Id(2));
        session.MergeIssues(Host, "ab", "c", "abc", "Canteen and walks", Id(2));

        Assert.Equal("地", session.Issues.Single(i => i.Id == "ab").Category);
        Assert.Equal("地", session.Issues.Single(i => i.Id == "abc").Category);
        var tooLong = new string('地', Limits.MaxNameLength + 1);
        var e = AssertRefused(session, () => session.PostIssue(P(4), "d", "Title", category: tooLong), OpenSpaceCommand.PostIssue, RejectionKind.InvalidInput);
        Assert.Contains("category", e.Reason, StringComparison.Ordinal);
        AssertRefused(session, () => session.PostIssue(P(4), "d", "Title", category: "x\uD800"), OpenSpaceCommand.PostIssue, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.PostIssue(P(4), "d", "Title", category: " "), OpenSpaceCommand.PostIssue, RejectionKind.InvalidInput);
    }

    [Fact]
    public void Refusals_ForLeavers_AreWrittenInChinese()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Morning.AddHours(-1));
        using var session = OpenSpaceSession.Create(Design(), new SessionOptions { TimeProvider = clock, Culture = new System.Globalization.CultureInfo("zh-CN") });
        session.OpenCircle(Host);
        session.Depart(P(3), Id(3));

        var e = Assert.Throws<CommandRejectedException>(() => session.Depart(P(3), Id(3)));

        Assert.Contains("已离场", e.Reason, StringComparison.Ordinal);
        Assert.Equal("离场", Labels.Of(OpenSpaceCommand.Depart, new System.Globalization.CultureInfo("zh-CN")));
    }

    [Fact]
    public void InAWorkshop_ADepartureReachesTheRunningOpenSpaceOnce_AndIssueCategoriesReachTheBlockRecord()
    {
        var (workshop, clock) = Workshops.RunningFixture.Create();
        using var _w = workshop;
        Workshops.WorkshopSessionTests.ToCafe(workshop, clock, present: 11);
        Workshops.RunningFixture.RunCafe(workshop.Cafe("cafe")!, clock);
        workshop.CloseBlock(Host, "cafe");
        clock.SetUtcNow(Workshops.RunningFixture.At(10, 30));
        workshop.StartBlock(Host, "open-space");
        var openSpace = workshop.OpenSpace("open-space")!;
        openSpace.OpenCircle(Host);
        openSpace.BeginAgendaSetting(Host);
        var (p2, p3) = (Workshops.RunningFixture.Id(2), Workshops.RunningFixture.Id(3));
        openSpace.PostIssue(Actor.ForParticipant(p2), "river", "Idle land by the river", category: "地");
        openSpace.PostIssue(Actor.ForParticipant(p3), "walks", "Walking routes", category: "walking");

        var leaver = Workshops.RunningFixture.Id(4);
        workshop.Depart(Host, leaver, CommandOptions.WithId("leaves-at-noon"));
        workshop.Depart(Host, leaver, CommandOptions.WithId("leaves-at-noon"));

        Assert.Equal(new[] { leaver }, openSpace.Departed.ToArray());
        Assert.DoesNotContain(leaver, workshop.Present);
        openSpace.OpenMarketplace(Host);
        clock.SetUtcNow(openSpace.Slots[0].Start);
        openSpace.StartNextSlot(Host);
        openSpace.BeginClosingCircle(Host);
        openSpace.Close(Host);
        var record = workshop.CloseBlock(Host, "open-space");

        Assert.Equal("land", record.Find("river")!.Category);
        Assert.Equal("walking", record.Find("walks")!.Category);
    }
}
