using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Workshops;
using FluentValidation;
using static Facilitation.Methods.Tests.Workshops.WorkshopFixture;

namespace Facilitation.Methods.Tests.Workshops;

public class WorkshopDesignValidatorTests
{
    private static (string[] Errors, string[] Warnings) Check(WorkshopDesign design)
    {
        var result = new WorkshopDesignValidator().Validate(design);
        return ([.. result.Errors.Where(e => e.Severity == Severity.Error).Select(e => e.ErrorMessage)],
                [.. result.Errors.Where(e => e.Severity == Severity.Warning).Select(e => e.ErrorMessage)]);
    }

    [Fact]
    public void Validate_GoodProgramme_HasNoErrorsAndNoWarnings()
    {
        var (errors, warnings) = Check(Design());
        Assert.Empty(errors);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Validate_OverlappingBlocks_IsAnErrorNamingBothAndTheOverlap()
    {
        var (errors, _) = Check(WithBlocks(Plain("a", At(1, 9), 120), Plain("b", At(1, 10, 30), 60)));
        Assert.Equal(["Blocks 'a' (2018-12-05 09:00–11:00) and 'b' (2018-12-05 10:30–11:30) overlap by 30 minutes; move one of them."], errors);
    }

    [Fact]
    public void Validate_BlocksThatTouch_DoNotOverlap()
    {
        Assert.Empty(Check(WithBlocks(Plain("a", At(1, 9), 60), Plain("b", At(1, 10), 60))).Errors);
    }

    [Fact]
    public void Validate_CafeThatDoesNotFitItsBlock_SaysHowMuchItNeeds()
    {
        var cafe = WorkshopBlock.WorldCafe("cafe", "World Café", At(1, 19), TimeSpan.FromMinutes(80), Cafe(rounds: 5, minutes: 15) with { Questions = [.. Enumerable.Range(1, 5).Select(q => new Prompt($"Q{q}"))], Tables = [.. Enumerable.Range(1, 5).Select(t => new Group($"T{t}", 5, Person(t).Id))] }) with { Facilitator = "王老师" };
        var (errors, _) = Check(WithBlocks(cafe));
        Assert.Equal(["Block 'World Café': the café needs 95 minutes (5 rounds of 15 minutes and 5 minutes between rounds); the block has 80 minutes. Lengthen the block or shorten the rounds."], errors);
        Assert.Equal(TimeSpan.FromMinutes(95), cafe.NeededTime);
        Assert.Empty(Check(WithBlocks(cafe with { Duration = TimeSpan.FromMinutes(95) })).Errors);
    }

    [Fact]
    public void Validate_BrainstormThatDoesNotFitItsBlock_IsAnError()
    {
        var storm = WorkshopBlock.Brainstorm("storm", "Ideas", At(2, 9), TimeSpan.FromMinutes(20), BrainstormDesign(rounds: 2, minutes: 10)) with { Facilitator = "李老师" };
        var (errors, _) = Check(WithBlocks(storm));
        Assert.Equal(["Block 'Ideas': the brainstorm needs 25 minutes (2 generation rounds and 5 minutes between rounds); the block has 20 minutes. Lengthen the block or shorten the rounds."], errors);
        Assert.Empty(Check(WithBlocks(storm with { TimeBetweenRounds = TimeSpan.Zero })).Errors);
    }

    [Fact]
    public void Validate_OpenSpaceSlotsOutsideOrLongerThanTheBlock_AreErrors()
    {
        var design = OpenSpaceDesign(new OpenSpaceSlot(At(2, 14), TimeSpan.FromMinutes(45)), new OpenSpaceSlot(At(2, 15), TimeSpan.FromMinutes(60)));
        var open = WorkshopBlock.OpenSpace("os", "Open Space", At(2, 14), TimeSpan.FromMinutes(90), design) with { Facilitator = "李老师" };
        var (errors, _) = Check(WithBlocks(open));
        Assert.Equal(
            [
                "Block 'Open Space': the Open Space needs 120 minutes (2 slots from the first start to the last end); the block has 90 minutes. Lengthen the block or shorten the rounds.",
                "The Open Space's slot 2 (15:00–16:00) lies outside its block 'Open Space' (2018-12-06 14:00–15:30); move the slot or the block.",
            ],
            errors);
    }

    [Fact]
    public void Validate_DayLongerThanPlanned_IsAWarning()
    {
        var (errors, warnings) = Check(WithBlocks(Plain("early", At(1, 8), 60), Plain("late", At(1, 20, 30), 60)));
        Assert.Empty(errors);
        Assert.Equal(["Day 1 (2018-12-05) is planned 08:30–21:00, but its blocks run 08:00–21:30: 60 minutes longer than planned."], warnings);
    }

    [Fact]
    public void Validate_BlockOnNoneOfTheDays_IsAnError()
    {
        var (errors, _) = Check(WithBlocks(Plain("x", At(3, 9), 60)));
        Assert.Equal(["Block 'x' starts on 2018-12-07, which is none of the workshop's days; add the day or move the block."], errors);
    }

    [Fact]
    public void Validate_BlockParticipantsNotOnTheRoster_IsAnError()
    {
        var plain = Plain("visit", At(1, 14), 60) with { Participants = [Person(1).Id, "ghost"] };
        var cafe = WorkshopBlock.WorldCafe("cafe", "Café", At(1, 19), TimeSpan.FromMinutes(80), Cafe() with { Participants = [.. Roster(), new Participant("stranger")] }) with { Facilitator = "王老师" };
        var (errors, _) = Check(WithBlocks(plain, cafe));
        Assert.Contains("Block 'visit' names 1 people who are not on the roster ('ghost'); add them to the roster or remove them from the block.", errors);
        Assert.Contains(errors, e => e.StartsWith("Block 'Café' names 1 people who are not on the roster ('stranger')", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Facilitators_UnknownIsAnError_MissingOnAMethodBlockAndNoLeadAreWarnings()
    {
        var design = Design() with { Facilitators = [new Facilitator("王老师"), new Facilitator("李老师")] };
        design = design with { Blocks = [.. design.Blocks.Select(b => b.Id == "cafe" ? b with { Facilitator = "张老师" } : b.Id == "brainstorm" ? b with { Facilitator = null } : b)] };
        var (errors, warnings) = Check(design);
        Assert.Equal(["Block 'World Café' is led by '张老师', who is not among the facilitators; add them or name another."], errors);
        Assert.Equal(
            ["No facilitator is the lead: name one person who holds the whole programme.", "Block 'Brainstorm' runs a method session but names no facilitator; name who leads it."],
            warnings);
    }

    [Fact]
    public void Validate_DuplicatesOfBlockIdsPeopleAndFacilitatorNames_AreErrors()
    {
        var design = WithBlocks(Plain("a", At(1, 9), 30), Plain("a", At(1, 10), 30)) with
        {
            Participants = [.. Roster(), Person(1)],
            Facilitators = [new Facilitator("王老师", FacilitatorRole.Lead), new Facilitator("王老师")],
        };
        var (errors, _) = Check(design);
        Assert.Contains("The block id 'a' is used 2 times; carried items name their source block by id, so ids must be unique.", errors);
        Assert.Contains("The participant 'd01' is on the roster twice; give every person their own id.", errors);
        Assert.Contains("The facilitator '王老师' is listed twice; blocks name facilitators by name, so names must be unique.", errors);
    }

    [Fact]
    public void Validate_DaysThatAreMissingRepeatedOrBackwards_AreErrors()
    {
        Assert.Contains("Add at least one day.", Check(WithBlocks() with { Days = [] }).Errors);
        var twice = Check(WithBlocks() with { Days = [new WorkshopDay(At(1, 8), At(1, 12)), new WorkshopDay(At(1, 13), At(1, 18))] }).Errors;
        Assert.Equal(["Days 1 and 2 are both on 2018-12-05; plan one day per date."], twice);
        var backwards = Check(WithBlocks() with { Days = [new WorkshopDay(At(1, 18), At(1, 8))] }).Errors;
        Assert.Equal(["Day 1 ends (2018-12-05 08:00) before it starts (2018-12-05 18:00); check the times."], backwards);
    }

    [Fact]
    public void Validate_BlockOfZeroLength_AndBadTexts_AreErrors()
    {
        var (errors, _) = Check(WithBlocks(Plain("a", At(1, 9), 0), Plain("b", At(1, 10), 30) with { Title = " " }) with { Title = "", Organisers = [new Organiser("Office", "")] });
        Assert.Contains("Block 'a' must last more than zero and at most one day, but 00:00:00 was given.", errors);
        Assert.Contains("The block title of ' ' must not be empty or only whitespace.", errors);
        Assert.Contains("The workshop title must not be empty or only whitespace.", errors);
        Assert.Contains("The role of organiser 'Office' must not be empty or only whitespace.", errors);
    }

    [Fact]
    public void Validate_NullEntries_AreOneClearError()
    {
        var (errors, _) = Check(Design() with { Blocks = [null!] });
        Assert.Equal(["The organisers, facilitators, participants, days and blocks must not contain empty (null) entries."], errors);
    }

    [Fact]
    public void Validate_MethodDesignErrorsAndWarnings_ArePassedOnWithTheBlockName()
    {
        var cafe = WorkshopBlock.WorldCafe("cafe", "Café", At(1, 19), TimeSpan.FromMinutes(80), Cafe() with { Rounds = 0 }) with { Facilitator = "王老师" };
        Assert.Contains("Block 'Café': A café needs at least one round, but 0 were given.", Check(WithBlocks(cafe)).Errors);
        var hostless = cafe with { CafeDesign = Cafe() with { Tables = [new Group("T1", 5), new Group("T2", 5), new Group("T3", 5)] } };
        Assert.Contains("Block 'Café': Table 'T1' has no host: nobody will stay to brief newcomers there.", Check(WithBlocks(hostless)).Warnings);
    }

    [Fact]
    public void Validate_MethodBlockWithoutItsDesign_OrWithAnotherMethodsDesign_IsAnError()
    {
        var bare = new WorkshopBlock("cafe", BlockKind.WorldCafe, "Café", At(1, 19), TimeSpan.FromMinutes(80)) { Facilitator = "王老师" };
        Assert.Contains("Block 'Café' has no method design.", Check(WithBlocks(bare)).Errors);
        var mixed = new WorkshopBlock("talk", BlockKind.Lecture, "Talk", At(1, 19), TimeSpan.FromMinutes(80)) { CafeDesign = Cafe() };
        Assert.Contains("Block 'Talk' is a Lecture block but carries the design of another method.", Check(WithBlocks(mixed)).Errors);
        var crossed = WorkshopBlock.Brainstorm("storm", "Ideas", At(1, 19), TimeSpan.FromMinutes(80), BrainstormDesign()) with { Facilitator = "李老师", CafeDesign = Cafe() };
        Assert.Contains("Block 'Ideas' is a Brainstorm block but carries the design of another method.", Check(WithBlocks(crossed)).Errors);
    }

    [Fact]
    public void Validate_NegativeTimeBetweenRounds_IsAnError()
    {
        var cafe = WorkshopBlock.WorldCafe("cafe", "Café", At(1, 19), TimeSpan.FromMinutes(80), Cafe()) with { Facilitator = "王老师", TimeBetweenRounds = TimeSpan.FromMinutes(-1) };
        Assert.Contains("Block 'Café': the time between rounds must be between zero and 4 hours, but -00:01:00 was given.", Check(WithBlocks(cafe)).Errors);
    }

    [Fact]
    public void Compose_InvalidProgramme_ThrowsListingEveryError()
    {
        var ex = Assert.Throws<InvalidDesignException>(() => WorkshopBook.Compose(WithBlocks(Plain("a", At(1, 9), 60), Plain("b", At(1, 9), 60)), []));
        Assert.Single(ex.Errors);
        Assert.StartsWith("The workshop design cannot run:", ex.Message, StringComparison.Ordinal);
    }
}
