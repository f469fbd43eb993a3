using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.Rotation;
using Facilitation.Methods.Tests.Rotation;
using Facilitation.Methods.Workshops;
using Facilitation.Methods.WorldCafe;
using static Facilitation.Methods.Tests.Workshops.RunningFixture;

namespace Facilitation.Methods.Tests.Workshops;

/// <summary>Social memory across blocks (issue 13 item 4): who sat together earlier is the met-before history of a later café or brainstorm.</summary>
public class WorkshopSocialMemoryTests
{
    private static readonly BrainstormDesign Pairs = WorkshopFixture.BrainstormDesign(rounds: 0) with
    {
        Rounds = [new GenerationRound(GenerationTechnique.OneTwoFourAll) { Duration = TimeSpan.FromMinutes(5) }],
    };

    private static WorkshopDesign TwoDays(int people = 12) => WorkshopFixture.WithBlocks(
        WorkshopBlock.WorldCafe("cafe", "World Café", WorkshopFixture.At(1, 19), TimeSpan.FromMinutes(80), WorkshopFixture.Cafe(rounds: 2, minutes: 15) with
        {
            Participants = [.. WorkshopFixture.Roster(people)],
            PlannerTimeLimit = TimeSpan.FromMilliseconds(100),
        }),
        WorkshopBlock.WorldCafe("cafe-2", "Second café", WorkshopFixture.At(2, 9), TimeSpan.FromMinutes(80), WorkshopFixture.Cafe(rounds: 1, minutes: 15) with
        {
            Participants = [.. WorkshopFixture.Roster(people)],
            PlannerTimeLimit = TimeSpan.FromMilliseconds(100),
        }),
        WorkshopBlock.Brainstorm("brainstorm", "1-2-4-All", WorkshopFixture.At(2, 16), TimeSpan.FromMinutes(30), Pairs with { Participants = [.. WorkshopFixture.Roster(people)] }));

    [Fact]
    public void StartBlock_LaterCafe_GetsWhoSatTogetherInTheEarlierCafeAsMetBefore()
    {
        var (workshop, clock) = RunFirstCafe();
        var first = workshop.Cafe("cafe")!;
        var expected = first.Seatings.Take(first.Design.Rounds).SelectMany(s => s.Groups.Select(g => s.MembersOf(g))).SelectMany(g => g.SelectMany((a, i) => g.Skip(i + 1).Select(b => a.CompareTo(b) < 0 ? (a, b) : (b, a)))).ToHashSet();

        clock.SetUtcNow(WorkshopFixture.At(2, 9));
        workshop.StartBlock(F, "cafe-2");
        var second = workshop.Cafe("cafe-2")!;

        Assert.Equal(expected.Order(), second.Design.MetBefore.Select(p => (p.First, p.Second)));
        Assert.Empty(first.Design.MetBefore);
        workshop.Dispose();
    }

    [Fact]
    public void StartBlock_LaterCafe_FirstRoundSeatsNoMorePeopleWhoMetThanWithoutMemory()
    {
        var (workshop, clock) = RunFirstCafe();
        clock.SetUtcNow(WorkshopFixture.At(2, 9));
        workshop.StartBlock(F, "cafe-2");
        var second = workshop.Cafe("cafe-2")!;
        second.OpenCheckIn(F);
        second.Welcome(F);
        second.StartRound(F);

        using var forgetful = WorldCafeSession.Create(second.Design with { MetBefore = [] }, Options(clock));
        forgetful.OpenCheckIn(F);
        forgetful.Welcome(F);
        forgetful.StartRound(F);

        Assert.True(MetBeforeTests.MetAgain(second.CurrentSeating!, second.Design.MetBefore) <= MetBeforeTests.MetAgain(forgetful.CurrentSeating!, second.Design.MetBefore));
        workshop.Dispose();
    }

    [Fact]
    public void StartBlock_BrainstormAfterCafes_PairsPeopleWhoHaveNotMet_AndRestoresTheSameDesign()
    {
        var (workshop, clock) = RunFirstCafe();
        workshop.SkipBlock(F, "cafe-2", "Time ran short");
        clock.SetUtcNow(WorkshopFixture.At(2, 16));
        workshop.StartBlock(F, "brainstorm");
        var storm = workshop.Brainstorm("brainstorm")!;
        storm.StartRound(F);
        storm.NextStep(F);
        var pairs = storm.CurrentRound!.Teams!;

        using var forgetful = BrainstormSession.Create(storm.Design with { MetBefore = [] }, Options(clock));
        forgetful.StartRound(F);
        forgetful.NextStep(F);

        Assert.NotEmpty(storm.Design.MetBefore);
        Assert.True(MetBeforeTests.MetAgain(pairs, storm.Design.MetBefore) <= MetBeforeTests.MetAgain(forgetful.CurrentRound!.Teams!, storm.Design.MetBefore));
        using var restored = WorkshopSession.Restore(workshop.Save(), Options(clock));
        Assert.Equal(storm.DesignJson, restored.Brainstorm("brainstorm")!.DesignJson);
        Assert.Equal(pairs, restored.Brainstorm("brainstorm")!.CurrentRound!.Teams);
        workshop.Dispose();
    }

    [Fact]
    public void Create_CafeDesignWithMetBeforeOfOnePerson_IsRefused()
    {
        var design = WorkshopFixture.Cafe() with { MetBefore = [new ParticipantPair(WorkshopFixture.Person(1).Id, WorkshopFixture.Person(1).Id)] };

        var e = Assert.Throws<InvalidDesignException>(() => WorldCafeSession.Create(design));

        Assert.Contains(e.Errors, m => m.Contains("met-before", StringComparison.Ordinal));
    }

    private static (WorkshopSession Workshop, Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock) RunFirstCafe()
    {
        var (workshop, clock) = Create(TwoDays());
        workshop.OpenDay(F);
        foreach (var p in workshop.Design.Participants)
        {
            workshop.CheckIn(F, p.Id);
        }

        clock.SetUtcNow(WorkshopFixture.At(1, 19));
        workshop.StartBlock(F, "cafe");
        RunCafe(workshop.Cafe("cafe")!, clock);
        workshop.CloseBlock(F, "cafe");
        workshop.CloseDay(F);
        workshop.OpenDay(F);
        return (workshop, clock);
    }
}
