using System.Collections.Immutable;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.Tests.Rotation;

public class RotationValidationTests
{
    private static RotationProblem CreateSut() => new()
    {
        Participants = RotationTestProblems.People(6),
        Groups = [new Group("t1", 3, host: "p01"), new Group("t2", 3)],
        Rounds = 3,
    };

    private static string SingleError(RotationProblem problem)
    {
        var result = new RotationPlanner().Validate(problem);
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors).ErrorMessage;
    }

    [Fact]
    public void Validate_ValidProblem_HasNoErrors() => Assert.True(new RotationPlanner().Validate(CreateSut()).IsValid);

    [Fact]
    public void Validate_TooFewSeatsInARound_NamesTheRound() =>
        Assert.Equal("Round 2 has 7 people present but only 6 seats; add tables or seats, or mark people absent.", SingleError(CreateSut() with
        {
            Participants = RotationTestProblems.People(7),
            Absences = [new Absence("p07", [1, 3])],
        }));

    [Fact]
    public void Validate_DuplicateParticipantId_IsRefused() =>
        Assert.Equal("The participant id 'p01' is used 2 times; every participant needs an id of their own.", SingleError(CreateSut() with { Participants = CreateSut().Participants.Add(new Participant("p01")) }));

    [Fact]
    public void Validate_DuplicateGroupId_IsRefused() =>
        Assert.Equal("The group id 't2' is used 2 times; every group needs an id of its own.", SingleError(CreateSut() with { Groups = CreateSut().Groups.Add(new Group("t2", 3)) }));

    [Fact]
    public void Validate_UnknownIdInKeepApart_IsRefused() =>
        Assert.Equal("The keep-apart pair ('p01', 'zz') names 'zz', who is not one of the participants.", SingleError(CreateSut() with { KeepApart = [new("p01", "zz")] }));

    [Fact]
    public void Validate_SamePersonTwiceInAPair_IsRefused() =>
        Assert.Equal("The keep-together pair ('p02', 'p02') names the same person twice; a pair needs two different people.", SingleError(CreateSut() with { KeepTogether = [new("p02", "p02")] }));

    [Fact]
    public void Validate_UnknownAbsentee_IsRefused() =>
        Assert.Equal("An absence names 'zz', who is not one of the participants.", SingleError(CreateSut() with { Absences = [new Absence("zz", [1])] }));

    [Fact]
    public void Validate_AbsenceOutsideTheRounds_IsRefused() =>
        Assert.Equal("The absence of 'p02' names round 4, but rounds run from 1 to 3.", SingleError(CreateSut() with { Absences = [new Absence("p02", [4])] }));

    [Fact]
    public void Validate_HostWhoIsNotAParticipant_IsRefused() =>
        Assert.Equal("The host 'zz' of group 't2' is not one of the participants; add them or choose another host.", SingleError(CreateSut() with { Groups = [new Group("t1", 3, host: "p01"), new Group("t2", 3, host: "zz")] }));

    [Fact]
    public void Validate_PersonHostingTwoTables_IsRefused() =>
        Assert.Equal("'p01' hosts both 't1' and 't2'; a person can host only one group.", SingleError(CreateSut() with { Groups = [new Group("t1", 3, host: "p01"), new Group("t2", 3, host: "p01")] }));

    [Fact]
    public void Validate_PairBothApartAndTogether_IsRefused() =>
        Assert.Equal("'p02' and 'p03' are asked both to keep apart and to keep together; drop one of the two rules.", SingleError(CreateSut() with { KeepApart = [new("p02", "p03")], KeepTogether = [new("p03", "p02")] }));

    [Fact]
    public void Validate_KeepTogetherGroupLargerThanAnyTable_IsRefused() =>
        Assert.Equal("The keep-together group 'p02', 'p03', 'p04', 'p05' holds 4 people, but the largest table seats only 3.", SingleError(CreateSut() with { KeepTogether = [new("p02", "p03"), new("p03", "p04"), new("p04", "p05")] }));

    [Fact]
    public void Validate_KeepTogetherGroupWithTwoHosts_IsRefused() =>
        Assert.Equal("The keep-together group 'p01', 'p02' holds the hosts 'p01', 'p02', who stay at different tables; drop a keep-together pair.", SingleError(CreateSut() with
        {
            Groups = [new Group("t1", 3, host: "p01"), new Group("t2", 3, host: "p02")],
            KeepTogether = [new("p01", "p02")],
        }));

    [Fact]
    public void Validate_KeepTogetherChainThroughAKeepApartPair_IsRefused() =>
        Assert.Equal("'p02' and 'p04' are joined by keep-together pairs but must keep apart.", SingleError(CreateSut() with { KeepTogether = [new("p02", "p03"), new("p03", "p04")], KeepApart = [new("p02", "p04")] }));

    [Fact]
    public void Validate_KeepTogetherWithoutASharedLanguage_IsRefused() =>
        Assert.Equal("'p02' and 'p03' are joined by keep-together pairs but share no language.", SingleError(CreateSut() with
        {
            Participants = [new("p01"), new("p02", languages: ["en"]), new("p03", languages: ["zh"]), new("p04"), new("p05"), new("p06")],
            KeepTogether = [new("p02", "p03")],
            MustShareLanguage = true,
        }));

    [Fact]
    public void Validate_ZeroRounds_IsRefused() =>
        Assert.Equal("The number of rounds must be at least 1; it is 0.", SingleError(CreateSut() with { Rounds = 0 }));

    [Fact]
    public void Validate_TooManyRounds_IsRefused() =>
        Assert.Equal("A rotation may have at most 100 rounds; it has 101.", SingleError(CreateSut() with { Rounds = 101 }));

    [Fact]
    public void Validate_HistoryWithUnknownGroupAndMissingPerson_NamesBoth()
    {
        var seating = new Seating(Round.First, new Dictionary<GroupId, IEnumerable<ParticipantId>>
        {
            ["t1"] = [(ParticipantId)"p01", "p02", "p03"],
            ["t9"] = [(ParticipantId)"p04", "p05"],
        });
        var errors = new RotationPlanner().Validate(CreateSut() with { History = [seating] }).Errors.Select(e => e.ErrorMessage).ToArray();
        Assert.Equal(["History: Round 1: the group 't9' is not one of the session's groups.", "History: Round 1: 'p06' is present but not seated."], errors);
    }

    [Fact]
    public void Validate_HistoryBreakingKeepTogether_IsRefused()
    {
        var seating = new Seating(Round.First, new Dictionary<GroupId, IEnumerable<ParticipantId>>
        {
            ["t1"] = [(ParticipantId)"p01", "p02", "p03"],
            ["t2"] = [(ParticipantId)"p04", "p05", "p06"],
        });
        Assert.Equal("History round 1: 'p03' and 'p04' must keep together but sit at 't1' and 't2'.", SingleError(CreateSut() with { History = [seating], KeepTogether = [new("p03", "p04")] }));
    }

    [Fact]
    public void Validate_TooFewParticipants_IsRefused() =>
        Assert.Equal("A rotation needs at least 2 participants; it has 1.", SingleError(new RotationProblem { Participants = RotationTestProblems.People(1), Groups = [new Group("t1", 2)], Rounds = 1 }));

    [Fact]
    public void Validate_NoGroups_IsRefused() =>
        Assert.Equal("A rotation needs at least one group (table) to seat people in.", SingleError(CreateSut() with { Groups = [] }));

    [Fact]
    public void Validate_NonPositiveTimeLimit_IsRefused() =>
        Assert.StartsWith("The time limit must be positive", SingleError(CreateSut() with { TimeLimit = TimeSpan.Zero }), StringComparison.Ordinal);

    [Fact]
    public void Validate_BlankMixBy_IsRefused() =>
        Assert.Equal("The mix-by attribute name must not be blank; leave it unset for no mixing.", SingleError(CreateSut() with { MixBy = " " }));

    [Fact]
    public void Validate_HistoryLongerThanRounds_IsRefused()
    {
        var history = RotationTestProblems.Planner().Plan(CreateSut()).Rounds;
        Assert.Equal("The history holds 3 rounds, but the rotation has only 2 rounds in total (history included).", SingleError(CreateSut() with { Rounds = 2, History = history }));
    }

    [Fact]
    public void Validate_HistoryBreakingTheHardRules_NamesEachBreak()
    {
        var seating = new Seating(Round.First, new Dictionary<GroupId, IEnumerable<ParticipantId>>
        {
            ["t1"] = [(ParticipantId)"p02", "p03", "p04", "p05"],
            ["t2"] = [(ParticipantId)"p01", "p06"],
        });
        var result = new RotationPlanner().Validate(CreateSut() with { History = [seating], KeepApart = [new("p02", "p03")] });
        Assert.Equal(
            [
                "History: Round 1: 't1' seats 4 people but holds only 3.",
                "History: Round 1: the host 'p01' must sit at their own group 't1'.",
                "History round 1: 'p02' and 'p03' share 't1' but must keep apart or share a language.",
            ],
            result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Validate_HistoryOutOfOrder_IsRefused()
    {
        var seating = new Seating(new Round(2), new Dictionary<GroupId, IEnumerable<ParticipantId>> { ["t1"] = [(ParticipantId)"p01", "p02", "p03"], ["t2"] = [(ParticipantId)"p04", "p05", "p06"] });
        Assert.Equal("History entry 1 is the seating for Round 2; history must list rounds 1, 2, … in order.", SingleError(CreateSut() with { History = [seating] }));
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEachOnce()
    {
        var result = new RotationPlanner().Validate(CreateSut() with
        {
            KeepApart = [new("p01", "zz")],
            Absences = [new Absence("p02", ImmutableArray.Create(9))],
            Rounds = 3,
        });
        Assert.Equal(2, result.Errors.Count);
    }
}
