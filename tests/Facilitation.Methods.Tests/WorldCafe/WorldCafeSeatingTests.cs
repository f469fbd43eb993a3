using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Tests.WorldCafe;

public class WorldCafeSeatingTests
{
    private static readonly Actor F = Actor.Facilitator;

    [Fact]
    public void Welcome_PlansEveryRound_HostsStay_NoProblems()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Welcome, CafeFixture.Design(people: 15, rounds: 3));
        Assert.Equal(3, cafe.Seatings.Length);
        Assert.Empty(CafeFixture.Problems(cafe));
        Assert.All(cafe.Seatings, s => Assert.Equal(new GroupId("T1"), s.GroupOf("p01")));
        Assert.NotNull(cafe.Fairness);
        Assert.Equal(3, cafe.RouteOf("p07").Length);
    }

    [Fact]
    public void Join_DuringAConversation_ReplansOnlyLaterRounds_AndGivesARoute()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Welcome, CafeFixture.Design(people: 12, rounds: 4));
        cafe.StartRound(F);
        cafe.StartConversation(F);
        cafe.CloseRound(F);
        cafe.StartRound(F);
        cafe.StartConversation(F);
        var held = cafe.Seatings.Take(2).ToList();
        var events = new List<WorldCafeEvent>();
        using var subscription = cafe.OnEvent(events.Add);
        cafe.Join(F, new Participant("late", "迟到者"));
        Assert.Equal(held, cafe.Seatings.Take(2));
        var joined = Assert.IsType<ParticipantJoined>(events[0]);
        Assert.Equal(new Round(3), joined.FirstRound);
        Assert.Equal(new Round(3), joined.Plan!.FromRound);
        Assert.Single(events);
        var route = cafe.RouteOf("late");
        Assert.Null(route[0]);
        Assert.Null(route[1]);
        Assert.NotNull(route[2]);
        Assert.NotNull(route[3]);
        Assert.Empty(CafeFixture.Problems(cafe));
    }

    [Fact]
    public void Join_DuringSeating_SeatsTheNewcomerInTheCurrentRound()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Seating);
        cafe.Join(F, new Participant("walk-in"));
        Assert.NotNull(cafe.CurrentSeating!.GroupOf("walk-in"));
        Assert.Empty(CafeFixture.Problems(cafe));
    }

    [Fact]
    public void Leave_AfterARound_KeepsTheHeldRound_AndRemovesThemFromTheRest()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.RoundClose, CafeFixture.Design(people: 12, rounds: 3));
        var first = cafe.Seatings[0];
        var leaver = first.MembersOf("T2")[^1];
        var events = new List<WorldCafeEvent>();
        using var _ = cafe.OnEvent(events.Add);
        cafe.Leave(F, leaver);
        Assert.Equal(first, cafe.Seatings[0]);
        Assert.Equal(Round.First, Assert.IsType<ParticipantLeft>(events[0]).LastRound);
        Assert.Equal(new GroupId?[] { first.GroupOf(leaver), null, null }, cafe.RouteOf(leaver).ToArray());
        Assert.Empty(CafeFixture.Problems(cafe));
    }

    [Fact]
    public void Leave_OfAHost_LeavesTheTableWithoutAHost()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.RoundClose);
        cafe.Leave(F, "p01");
        cafe.StartRound(F);
        Assert.Null(cafe.HostOf("T1", new Round(2)));
        Assert.False(cafe.CurrentSeating!.IsSeated("p01"));
    }

    [Fact]
    public void Rejoin_AfterLeaving_SeatsThemAgain_WithDifferentDetails_IsRefused()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.RoundClose, CafeFixture.Design(people: 12, rounds: 3));
        cafe.Leave(F, "p09");
        Assert.Equal(RejectionKind.InvalidInput, Assert.Throws<CommandRejectedException>(() => cafe.Join(F, new Participant("p09", "someone else"))).Kind);
        cafe.Join(F, CafeFixture.Person(9));
        Assert.NotNull(cafe.RouteOf("p09")[1]);
        Assert.Empty(CafeFixture.Problems(cafe));
    }

    [Fact]
    public void VolunteerHosts_ChosenAfterRoundOne_StayFromRoundTwo()
    {
        var design = CafeFixture.Design(people: 12, rounds: 3, hosts: HostSelection.VolunteerAfterFirstRound);
        var (cafe, _) = CafeFixture.At(WorldCafePhase.RoundClose, design);
        Assert.Null(cafe.HostOf("T1", Round.First));
        var volunteer = cafe.Seatings[0].MembersOf("T1")[0];
        var stranger = cafe.Seatings[0].MembersOf("T2")[0];
        Assert.Equal(RejectionKind.InvalidInput, Assert.Throws<CommandRejectedException>(() => cafe.ChooseHost(F, "T1", stranger)).Kind);
        cafe.ChooseHost(F, "T1", volunteer);
        cafe.StartRound(F);
        Assert.Equal(volunteer, cafe.HostOf("T1", new Round(2)));
        Assert.Equal(new GroupId("T1"), cafe.Seatings[1].GroupOf(volunteer));
        Assert.Equal(new GroupId("T1"), cafe.Seatings[2].GroupOf(volunteer));
        Assert.NotNull(cafe.HostOf("T2", new Round(2))); // chosen automatically when round 2 starts
        Assert.Contains(nameof(WorldCafeCommand.BeginBriefing), cafe.PermittedCommands);
    }

    [Fact]
    public void RechosenHosts_AreADifferentPersonEachRound()
    {
        var design = CafeFixture.Design(people: 12, rounds: 3, hosts: HostSelection.RechosenEachRound) with { PlenaryBetweenRounds = false };
        var (cafe, _) = CafeFixture.CreateSut(design);
        cafe.OpenCheckIn(F);
        cafe.Welcome(F);
        var hosts = new List<ParticipantId>();
        for (var r = 1; r <= 3; r++)
        {
            cafe.StartRound(F);
            cafe.StartConversation(F);
            var host = cafe.HostOf("T1", new Round(r))!.Value;
            Assert.Equal(new GroupId("T1"), cafe.Seatings[r - 1].GroupOf(host));
            hosts.Add(host);
            cafe.CloseRound(F);
        }

        Assert.Equal(3, hosts.Distinct().Count());
    }

    [Fact]
    public void ChooseHost_RechosenMode_SomeoneWhoHostedBefore_IsAConflict()
    {
        var design = CafeFixture.Design(people: 12, rounds: 2, hosts: HostSelection.RechosenEachRound) with { PlenaryBetweenRounds = false };
        var (cafe, _) = CafeFixture.CreateSut(design);
        cafe.OpenCheckIn(F);
        cafe.Welcome(F);
        cafe.StartRound(F);
        var pick = cafe.CurrentSeating!.MembersOf("T1")[^1];
        cafe.ChooseHost(F, "T1", pick);
        cafe.StartConversation(F);
        Assert.Equal(pick, cafe.HostOf("T1", Round.First));
        cafe.CloseRound(F);
        cafe.StartRound(F);
        var again = cafe.CurrentSeating!.GroupOf(pick)!.Value;
        Assert.Equal(RejectionKind.Conflict, Assert.Throws<CommandRejectedException>(() => cafe.ChooseHost(F, again, pick)).Kind);
    }

    [Fact]
    public void ReturnHome_FinalRound_SeatsEveryTravellerAtTheirFirstTable()
    {
        var design = CafeFixture.Design(people: 12, rounds: 3) with { ReturnHomeFinalRound = true };
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Welcome, design);
        var first = cafe.Seatings[0];
        var last = cafe.Seatings[2];
        Assert.All(first.Seated, p => Assert.Equal(first.GroupOf(p), last.GroupOf(p)));
        Assert.Empty(CafeFixture.Problems(cafe));
    }

    [Theory]
    [InlineData(QuestionMode.PerTable, 1, "T2", "Question 2?")]
    [InlineData(QuestionMode.PerTable, 3, "T2", "Question 2?")]
    [InlineData(QuestionMode.PerRound, 2, "T1", "Question 2?")]
    [InlineData(QuestionMode.PerRound, 3, "T3", "Question 3?")]
    [InlineData(QuestionMode.Progression, 1, "T1", "Question 1?")]
    [InlineData(QuestionMode.Progression, 2, "T2", "Question 1?")]
    [InlineData(QuestionMode.Progression, 3, "T3", "Question 2?")]
    public void QuestionFor_FollowsTheQuestionMode(QuestionMode mode, int round, string table, string expected)
    {
        var design = CafeFixture.Design(people: 12, rounds: 3) with
        {
            QuestionMode = mode,
            Questions = mode == QuestionMode.Progression ? [new Prompt("Question 1?"), new Prompt("Question 2?")] : [new Prompt("Question 1?"), new Prompt("Question 2?"), new Prompt("Question 3?")],
        };
        var (cafe, _) = CafeFixture.CreateSut(design);
        Assert.Equal(expected, cafe.QuestionFor(table, new Round(round)).Text);
    }

    [Fact]
    public void RealPlanner_WithSmallTimeLimit_SeatsTheSampleCafe()
    {
        var design = CafeFixture.Design(people: 29, tables: 5, rounds: 4, capacity: 6) with { MixBy = "village" };
        using var cafe = WorldCafeSession.Create(design, new SessionOptions { TimeProvider = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(CafeFixture.Start) });
        cafe.OpenCheckIn(F);
        cafe.Welcome(F);
        Assert.Empty(CafeFixture.Problems(cafe));
        Assert.Equal(0, cafe.Fairness!.TableRevisits);
        Assert.True(cafe.Fairness.RepeatedPairs >= cafe.Fairness.LowerBound);
    }
}
