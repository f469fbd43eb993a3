using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.Tests.Rotation;

public class LowerBoundsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RepeatedPairs_TwelvePeopleThreeTablesOfFourThreeRounds_IsSix(bool hosts) =>
        Assert.Equal(6, LowerBounds.RepeatedPairs(PlanningModel.Compile(RotationTestProblems.Golfers(3, 4, 3, hosts))));

    [Fact]
    public void RepeatedPairsWithCap_TwelvePeopleAtMostTwice_AddsEarlierRounds() =>
        Assert.Equal(9, LowerBounds.RepeatedPairsWithCap(PlanningModel.Compile(RotationTestProblems.Golfers(3, 4, 3)), 2));

    [Fact]
    public void RepeatedPairs_SeedCafe_IsTwelveAndTwentyFourAtMostTwice()
    {
        var model = PlanningModel.Compile(new RotationProblem { Participants = RotationTestProblems.People(29), Groups = RotationTestProblems.Tables(5, 6, hosts: true), Rounds = 4 });
        Assert.Equal(12, LowerBounds.RepeatedPairs(model));
        Assert.Equal(24, LowerBounds.RepeatedPairsWithCap(model, 2));
    }

    [Fact]
    public void Counting_MorePeopleMetThanAvailable_CountsTheExcess()
    {
        // 4 people, 1 table of 4, 3 rounds: each meets 3 people 3 times = 6 pairs × 2 repeats.
        var model = PlanningModel.Compile(new RotationProblem { Participants = RotationTestProblems.People(4), Groups = RotationTestProblems.Tables(1, 4), Rounds = 3 });
        Assert.Equal(12, LowerBounds.Counting(model));
        Assert.Equal(12, LowerBounds.RepeatedPairs(model));
    }

    [Fact]
    public void Revisits_MoreRoundsThanTables_CountsTheForcedReturns()
    {
        var model = PlanningModel.Compile(new RotationProblem { Participants = RotationTestProblems.People(6), Groups = RotationTestProblems.Tables(2, 3, hosts: true), Rounds = 3 });
        Assert.Equal(4, LowerBounds.Revisits(model));
    }

    [Theory]
    [InlineData(4, 3, 1)]
    [InlineData(6, 5, 1)]
    [InlineData(5, 5, 0)]
    [InlineData(9, 3, 9)]
    public void Split_EvenSplit_CountsPairsInTheSameBin(int people, int bins, long expected) =>
        Assert.Equal(expected, LowerBounds.Split(people, bins));
}
