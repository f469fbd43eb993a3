using System.Collections.Immutable;
using Facilitation.Methods.Rotation;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Rotation;

public class RotationPlannerTests
{
    [Fact]
    public void Plan_KirkmansSchoolgirls_ReachesZeroRepeatedPairs()
    {
        var problem = RotationTestProblems.Golfers(5, 3, 7) with { Seed = 1 };
        var plan = RotationTestProblems.Planner(200_000).Plan(problem);
        Assert.Equal(0, plan.Report.RepeatedPairs);
        Assert.Equal(1, plan.Report.MaxMeetings);
        Assert.Equal(14, plan.Report.MinDistinctMet);
        Assert.Empty(RotationTestProblems.HardRuleViolations(problem, plan));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Plan_TwelvePeopleThreeTablesOfFourThreeRounds_ReachesTheProvenOptimumSix(bool hosts)
    {
        var problem = RotationTestProblems.Golfers(3, 4, 3, hosts) with { Objective = RotationObjective.FewestRepeats };
        var plan = RotationTestProblems.Planner(20_000).Plan(problem);
        Assert.Equal(6, plan.Report.LowerBound);
        Assert.Equal(6, plan.Report.RepeatedPairs);
        Assert.Equal(0, plan.Report.Gap);
        Assert.Equal(StopReason.Bound, plan.Report.StoppedBy);
    }

    [Fact]
    public void Plan_TwentyThreeAtFourTablesOfEight_SitsSixSixSixFiveAndProvesSeventy()
    {
        var problem = new RotationProblem { Participants = RotationTestProblems.People(23), Groups = RotationTestProblems.Tables(4, 8), Rounds = 5, Seed = 7 };
        var plan = RotationTestProblems.Planner(20_000).Plan(problem);
        Assert.All(plan.Rounds, s => Assert.Equal([5, 6, 6, 6], s.Groups.Select(g => s.MembersOf(g).Length).Order()));
        Assert.Equal(0, plan.Report.UnbalancedRounds);
        Assert.Equal(70, plan.Report.LowerBound);
        Assert.Equal(70, plan.Report.RepeatedPairs);
        Assert.Equal(StopReason.Bound, plan.Report.StoppedBy);
    }

    [Fact]
    public void Plan_KeepTogetherGroupsThatForbidBalance_ComeAsCloseAsTheyCanAndSaySo()
    {
        // Two tables of 6 and 5 people, of whom four must sit together: 4 + 1 | 0 is impossible to balance better than 4 | 1.
        var people = RotationTestProblems.People(5);
        var problem = new RotationProblem
        {
            Participants = people,
            Groups = RotationTestProblems.Tables(2, 6),
            Rounds = 2,
            KeepTogether = [new(people[0].Id, people[1].Id), new(people[1].Id, people[2].Id), new(people[2].Id, people[3].Id)],
        };
        var plan = RotationTestProblems.Planner(100).Plan(problem);
        Assert.Equal(2, plan.Report.UnbalancedRounds);
        Assert.All(plan.Rounds, s => Assert.Equal([1, 4], s.Groups.Select(g => s.MembersOf(g).Length).Order()));
    }

    [Fact]
    public void Plan_SafetyCapReachedFirst_SaysTimeAndKeepsEveryHardRule()
    {
        var clock = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        var problem = RotationTestProblems.Golfers(6, 3, 8) with { TimeLimit = TimeSpan.FromMilliseconds(40), Effort = 1_000_000_000 };
        var plan = new RotationPlanner(clock).Plan(problem);
        Assert.Equal(StopReason.Time, plan.Report.StoppedBy);
        Assert.Empty(RotationTestProblems.HardRuleViolations(problem, plan));
    }

    [Fact]
    public void Plan_CapReachedDuringTheConstruction_SeatsTheRestQuicklyAndBalanced()
    {
        var clock = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        var problem = new RotationProblem { Participants = RotationTestProblems.People(40), Groups = RotationTestProblems.Tables(7, 7), Rounds = 30, TimeLimit = TimeSpan.FromMilliseconds(6) };
        var plan = new RotationPlanner(clock).Plan(problem);
        Assert.Equal(StopReason.Time, plan.Report.StoppedBy);
        Assert.Equal(0, plan.Report.UnbalancedRounds);
        Assert.Empty(RotationTestProblems.HardRuleViolations(problem, plan));
    }

    [Fact]
    public void Plan_Cancelled_SaysCancelled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var plan = new RotationPlanner().Plan(RotationTestProblems.Golfers(6, 3, 8), cancel.Token);
        Assert.Equal(StopReason.Cancelled, plan.Report.StoppedBy);
    }

    [Fact]
    public void Plan_DefaultEffortWithoutClockPressure_SaysEffortAndRepeatsItself()
    {
        var problem = RotationTestProblems.Golfers(6, 3, 8) with { Effort = 300, Seed = 3 };
        var first = new RotationPlanner().Plan(problem);
        var second = new RotationPlanner().Plan(problem);
        Assert.Equal(StopReason.Effort, first.Report.StoppedBy);
        Assert.True(first.Rounds.SequenceEqual(second.Rounds));
    }

    [Fact]
    public void Plan_GolferInstanceWithAffineSolution_ReachesZero()
    {
        var plan = RotationTestProblems.Planner(10).Plan(RotationTestProblems.Golfers(8, 4, 9));
        Assert.Equal(0, plan.Report.RepeatedPairs);
    }

    [Fact]
    public void Plan_LargeMixer_UsesTheCyclicConstructionAndReachesZero()
    {
        var problem = new RotationProblem { Participants = RotationTestProblems.People(1000), Groups = RotationTestProblems.Tables(100, 10), Rounds = 6 };
        var plan = RotationTestProblems.Planner(10).Plan(problem);
        Assert.Equal(0, plan.Report.RepeatedPairs);
        Assert.Equal(54, plan.Report.MinDistinctMet);
    }

    [Fact]
    public void Plan_CafeWithHosts_KeepsHostsAndAvoidsRevisits()
    {
        var problem = new RotationProblem { Participants = RotationTestProblems.People(29), Groups = RotationTestProblems.Tables(5, 6, hosts: true), Rounds = 4, Seed = 7 };
        var plan = RotationTestProblems.Planner(5_000).Plan(problem);
        Assert.Empty(RotationTestProblems.HardRuleViolations(problem, plan));
        Assert.Equal(0, plan.Report.TableRevisits);
        Assert.True(plan.Report.MaxMeetings <= 2, $"max meetings {plan.Report.MaxMeetings}");
        Assert.All(plan.RouteOf("p01"), g => Assert.Equal(new GroupId("t1"), g));
    }

    [Fact]
    public void Plan_WithHistory_ReturnsHistoryUnchangedAndPlansTheRest()
    {
        var planner = RotationTestProblems.Planner(2_000);
        var problem = RotationTestProblems.Golfers(4, 3, 4);
        var first = planner.Plan(problem);
        var replanned = problem with
        {
            History = [.. first.Rounds.Take(2)],
            Absences = [new Absence("p01", [3, 4])],
        };
        var plan = planner.Plan(replanned);
        Assert.Equal(first.Rounds.Take(2), plan.Rounds.Take(2));
        Assert.Null(plan.RouteOf("p01")[2]);
        Assert.Empty(RotationTestProblems.HardRuleViolations(replanned, plan));
    }

    [Fact]
    public void Plan_EmptyGroupsAndAbsentees_ListsEveryGroupInOrder()
    {
        var problem = new RotationProblem
        {
            Participants = RotationTestProblems.People(3),
            Groups = RotationTestProblems.Tables(4, 3),
            Rounds = 2,
            Absences = [new Absence("p03", [1])],
        };
        var plan = RotationTestProblems.Planner().Plan(problem);
        Assert.All(plan.Rounds, s => Assert.Equal(["t1", "t2", "t3", "t4"], s.Groups.Select(g => g.Value)));
        Assert.Equal(2, plan.Rounds[0].SeatedCount);
        Assert.Equal([1, 2], plan.Rounds.Select(s => s.Round.Number));
    }

    [Fact]
    public void Plan_CancelledToken_ReturnsAValidPlan()
    {
        var problem = RotationTestProblems.Golfers(8, 4, 10);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var plan = new RotationPlanner().Plan(problem, cancellation.Token);
        Assert.Empty(RotationTestProblems.HardRuleViolations(problem, plan));
    }

    [Fact]
    public void Plan_FakeClock_ReportsTimesFromTheInjectedProvider()
    {
        var clock = new FakeTimeProvider();
        var plan = new RotationPlanner(clock) { StepLimit = 100 }.Plan(RotationTestProblems.Golfers(3, 3, 3));
        Assert.Equal(TimeSpan.Zero, plan.Report.Elapsed);
        Assert.Equal(TimeSpan.Zero, plan.Report.TimeToBest);
    }

    [Fact]
    public void Plan_KeepApartThatCannotHold_IsReportedNotLoopedOn()
    {
        var problem = new RotationProblem
        {
            Participants = RotationTestProblems.People(4),
            Groups = [new Group("t1", 3), new Group("t2", 1)],
            Rounds = 1,
            KeepApart = [new("p01", "p02"), new("p01", "p03"), new("p02", "p03")],
        };
        var e = Assert.Throws<InvalidDesignException>(() => new RotationPlanner().Plan(problem));
        Assert.Contains("Round 1: no seating was found", Assert.Single(e.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_UnsatisfiableRulesWithParallelSearches_ThrowsTheDesignError()
    {
        var problem = RotationTestProblems.Golfers(2, 6, 3) with
        {
            KeepApart = [new("p01", "p02"), new("p01", "p03"), new("p02", "p03")],
        };
        var e = Assert.Throws<InvalidDesignException>(() => new RotationPlanner { Workers = 2, StepLimit = 10 }.Plan(problem));
        Assert.Contains("no seating was found", Assert.Single(e.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_InvalidProblem_ThrowsWithEveryError()
    {
        var problem = new RotationProblem { Participants = RotationTestProblems.People(1), Rounds = 0 };
        var e = Assert.Throws<InvalidDesignException>(() => new RotationPlanner().Plan(problem));
        Assert.Equal(3, e.Errors.Length);
    }

    [Fact]
    public void Plan_MustShareLanguage_SeatsOnlyPeopleWhoCanTalk()
    {
        var problem = new RotationProblem
        {
            Participants = [new("a", languages: ["en"]), new("b", languages: ["zh"]), new("c", languages: ["en"]), new("d", languages: ["zh"]), new("e")],
            Groups = RotationTestProblems.Tables(3, 3),
            Rounds = 3,
            MustShareLanguage = true,
        };
        var plan = RotationTestProblems.Planner().Plan(problem);
        Assert.Empty(RotationTestProblems.HardRuleViolations(problem, plan));
    }

    [Fact]
    public void Plan_MixBy_SpreadsEqualValues()
    {
        var people = Enumerable.Range(1, 12).Select(i => new Participant($"p{i:D2}", attributes: [new("village", (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture))])).ToImmutableArray();
        var problem = new RotationProblem { Participants = people, Groups = RotationTestProblems.Tables(4, 3), Rounds = 1, MixBy = "village" };
        var plan = RotationTestProblems.Planner(2_000).Plan(problem);
        Assert.Equal(0, plan.Report.SameAttributePairs);
    }

    [Fact]
    public void RouteOf_ListsTheGroupOfEachRound()
    {
        var plan = RotationTestProblems.Planner().Plan(RotationTestProblems.Golfers(2, 2, 3, hosts: true));
        Assert.Equal([new GroupId("t2"), new GroupId("t2"), new GroupId("t2")], plan.RouteOf("p02").ToArray());
        Assert.Equal(3, plan.RouteOf("nobody").Length);
    }
}
