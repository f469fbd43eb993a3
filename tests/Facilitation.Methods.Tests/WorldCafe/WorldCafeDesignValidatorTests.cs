using Facilitation.Methods.Rotation;
using Facilitation.Methods.WorldCafe;
using FluentValidation;

namespace Facilitation.Methods.Tests.WorldCafe;

public class WorldCafeDesignValidatorTests
{
    private static (string[] Errors, string[] Warnings) Check(WorldCafeDesign design)
    {
        var result = new WorldCafeDesignValidator().Validate(design);
        return ([.. result.Errors.Where(e => e.Severity == Severity.Error).Select(e => e.ErrorMessage)],
                [.. result.Errors.Where(e => e.Severity == Severity.Warning).Select(e => e.ErrorMessage)]);
    }

    [Fact]
    public void Validate_GoodDesign_HasNoErrorsAndNoWarnings()
    {
        var (errors, warnings) = Check(CafeFixture.Design(people: 15, tables: 3, rounds: 3));
        Assert.Empty(errors);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Validate_MorePeopleThanSeats_IsAnError()
    {
        var (errors, _) = Check(CafeFixture.Design(people: 16, tables: 3, capacity: 5));
        Assert.Contains("16 people are expected but the 3 tables seat only 15: add tables or seats.", errors);
    }

    [Fact]
    public void Validate_HostWhoIsNotAParticipant_IsAnError()
    {
        var design = CafeFixture.Design() with { Tables = [new Group("T1", 6, "ghost"), new Group("T2", 6), new Group("T3", 6)] };
        var (errors, warnings) = Check(design);
        Assert.Contains("Table 'T1' names the host 'ghost', who is not among the participants; add them or choose another host.", errors);
        Assert.Contains("Table 'T2' has no host: nobody will stay to brief newcomers there.", warnings);
    }

    [Fact]
    public void Validate_ZeroRounds_IsAnError()
    {
        var (errors, _) = Check(CafeFixture.Design() with { Rounds = 0 });
        Assert.Contains("A café needs at least one round, but 0 were given.", errors);
    }

    [Fact]
    public void Validate_OneHostForTwoTables_DuplicateIds_AndHostsInANonPreAssignedMode_AreErrors()
    {
        var twice = CafeFixture.Design() with { Tables = [new Group("T1", 6, "p01"), new Group("T2", 6, "p01"), new Group("T2", 6)] };
        var (errors, _) = Check(twice);
        Assert.Contains(errors, e => e.Contains("'p01' is named host of 2 tables", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("The table 'T2' is listed twice", StringComparison.Ordinal));
        var volunteer = CafeFixture.Design() with { HostSelection = HostSelection.VolunteerAfterFirstRound };
        Assert.Contains(Check(volunteer).Errors, e => e.Contains("hosts are chosen by volunteering after round 1", StringComparison.Ordinal));
        var people = CafeFixture.Design() with { Participants = [CafeFixture.Person(1), CafeFixture.Person(1), CafeFixture.Person(2), CafeFixture.Person(3)] };
        Assert.Contains(Check(people).Errors, e => e.Contains("'p01' is listed twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MoreThanFivePerTable_IsAWarning()
    {
        var (errors, warnings) = Check(CafeFixture.Design(people: 18, tables: 3, capacity: 6));
        Assert.Empty(errors);
        Assert.Contains("About 6 people will sit at each table (18 people at 3 tables); facilitators advise at most 5 — add a table if the room allows.", warnings);
    }

    [Fact]
    public void Validate_FewerThanTwelvePeople_IsAWarning()
    {
        var (_, warnings) = Check(CafeFixture.Design(people: 9));
        Assert.Contains("Only 9 people are expected; a World Café works best with 12 or more — consider a single circle instead.", warnings);
    }

    [Fact]
    public void Validate_TravellersCannotReachEveryQuestion_IsACoverageWarning()
    {
        var (errors, warnings) = Check(CafeFixture.Design(people: 25, tables: 5, rounds: 3, capacity: 6));
        Assert.Empty(errors);
        Assert.Contains("Travellers can reach at most 3 of the 5 questions in 3 rounds (coverage 3 of 5 questions); add rounds or share questions between tables.", warnings);
    }

    [Fact]
    public void Validate_QuestionsThatDoNotFitTheMode_AreErrors()
    {
        var perTable = CafeFixture.Design() with { Questions = [new Prompt("Only one?")] };
        Assert.Contains(Check(perTable).Errors, e => e.Contains("Table 'T2' has no question", StringComparison.Ordinal));
        var perRound = CafeFixture.Design(rounds: 3) with { QuestionMode = QuestionMode.PerRound, Questions = [new Prompt("A?")] };
        Assert.Contains("With one question per round, 3 rounds need 3 questions, but 1 were given.", Check(perRound).Errors);
        var progression = CafeFixture.Design(rounds: 2) with { QuestionMode = QuestionMode.Progression, Questions = [new Prompt("A?"), new Prompt("B?")] };
        Assert.Contains(Check(progression).Errors, e => e.Contains("needs at least 3 rounds", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TimingAndPairsAndUnknownEnums_AreErrors()
    {
        var design = CafeFixture.Design() with
        {
            RoundDuration = TimeSpan.FromMinutes(10),
            WarningBeforeEnd = TimeSpan.FromMinutes(10),
            PlannerTimeLimit = TimeSpan.Zero,
            KeepApart = [new ParticipantPair("p04", "p04"), new ParticipantPair("p05", "nobody")],
            KeepTogether = [new ParticipantPair("p06", "p07")],
            QuestionMode = (QuestionMode)42,
            HostSelection = (HostSelection)42,
        } with { KeepApart = [new ParticipantPair("p04", "p04"), new ParticipantPair("p05", "nobody"), new ParticipantPair("p07", "p06")] };
        var (errors, _) = Check(design);
        Assert.Contains(errors, e => e.StartsWith("The warning before the end", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("The planner's time limit", StringComparison.Ordinal));
        Assert.Contains("'p04' cannot be kept apart from themselves.", errors);
        Assert.Contains("'nobody', to be kept apart, is not among the participants.", errors);
        Assert.Contains(errors, e => e.Contains("kept both apart and together", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("The question mode 42 is unknown", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("The host selection 42 is unknown", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MixByAttributeNobodyHas_IsAWarning()
    {
        var (_, warnings) = Check(CafeFixture.Design() with { MixBy = "department" });
        Assert.Contains("Nobody has the attribute 'department', so mixing by it changes nothing; check its spelling.", warnings);
    }
}
