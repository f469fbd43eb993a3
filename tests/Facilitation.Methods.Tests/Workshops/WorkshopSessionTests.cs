using Facilitation.Methods.Workshops;
using static Facilitation.Methods.Tests.Workshops.RunningFixture;

namespace Facilitation.Methods.Tests.Workshops;

public sealed class WorkshopSessionTests
{
    [Fact]
    public void NewWorkshop_WaitsForItsFirstDay_WithNobodyPresent()
    {
        var (workshop, _) = Create();
        using var _w = workshop;

        Assert.Equal(WorkshopPhase.NotStarted, workshop.Phase);
        Assert.Null(workshop.Day);
        Assert.Empty(workshop.Present);
        Assert.Contains(nameof(WorkshopCommand.OpenDay), workshop.PermittedCommands);
        Assert.DoesNotContain(nameof(WorkshopCommand.StartBlock), workshop.PermittedCommands);
        Assert.Equal(BlockStatus.Planned, workshop.StatusOf("cafe"));
    }

    [Fact]
    public void Create_RefusesAProgrammeWithErrors()
    {
        var design = Design() with { Blocks = [.. Design().Blocks, new WorkshopBlock("overlap", BlockKind.Lecture, "Overlap", At(9, 10), TimeSpan.FromMinutes(30))] };

        Assert.Throws<InvalidDesignException>(() => WorkshopSession.Create(design));
    }

    [Fact]
    public void OpenDay_NumbersDaysFromOne_AndIsRefusedWhenNoDayIsLeft()
    {
        var (workshop, _) = Create();
        using var _w = workshop;

        Assert.Equal(1, workshop.OpenDay(F));
        Assert.Equal(1, workshop.Day);
        Assert.Equal(RejectionKind.WrongPhase, Refused(workshop, () => workshop.OpenDay(F)).Kind);
    }

    [Fact]
    public void StartBlock_RunsBlocksInProgrammeOrder_OthersAreRefusedAndChangeNothing()
    {
        var (workshop, _) = Create();
        using var _w = workshop;
        workshop.OpenDay(F);

        var refusal = Refused(workshop, () => workshop.StartBlock(F, "inventory"));
        Assert.Contains("'opening'", refusal.Reason, StringComparison.Ordinal);
        Assert.Equal(RejectionKind.InvalidInput, Refused(workshop, () => workshop.StartBlock(F, "nowhere")).Kind);

        workshop.StartBlock(F, "opening");
        Assert.Equal(WorkshopPhase.BlockRunning, workshop.Phase);
        Assert.Equal("opening", workshop.RunningBlock!.Id);
        Assert.Equal(RejectionKind.WrongPhase, Refused(workshop, () => workshop.StartBlock(F, "inventory")).Kind);
    }

    [Fact]
    public void FacilitatorCommands_FromAParticipant_AreRefused()
    {
        var (workshop, _) = Create();
        using var _w = workshop;

        Assert.Equal(RejectionKind.NotPermitted, Refused(workshop, () => workshop.OpenDay(P(1))).Kind);
        Assert.Equal(RejectionKind.NotPermitted, Refused(workshop, () => workshop.OpenDay(default)).Kind);
    }

    [Fact]
    public void SkipBlock_SkipsTheNextBlockWithAReason_AndTheProgrammeMovesOn()
    {
        var (workshop, _) = Create();
        using var _w = workshop;
        workshop.OpenDay(F);

        Assert.Equal(RejectionKind.InvalidInput, Refused(workshop, () => workshop.SkipBlock(F, "cafe", "Rain")).Kind);
        Assert.Equal(RejectionKind.InvalidInput, Refused(workshop, () => workshop.SkipBlock(F, "opening", "")).Kind);
        workshop.SkipBlock(F, "opening", "The secretary is late");

        Assert.Equal(BlockStatus.Skipped, workshop.StatusOf("opening"));
        workshop.StartBlock(F, "inventory");
        Assert.Empty(workshop.Records);
    }

    [Fact]
    public void CheckIn_IsPerPerson_ByThemselvesOrAFacilitator()
    {
        var (workshop, _) = Create();
        using var _w = workshop;

        workshop.CheckIn(P(1), Id(1));
        // 'co' is no co-facilitator of this design (WorkshopCoFacilitatorTests checks in with one it lists).
        Assert.Equal(RejectionKind.NotPermitted, Refused(workshop, () => workshop.CheckIn(Actor.ForCoFacilitator(new ParticipantId("co")), Id(2))).Kind);
        workshop.CheckIn(F, Id(2));

        Assert.Equal<ParticipantId>([Id(1), Id(2)], workshop.Present);
        Assert.Equal(RejectionKind.NotPermitted, Refused(workshop, () => workshop.CheckIn(P(1), Id(3))).Kind);
        Assert.Equal(RejectionKind.Conflict, Refused(workshop, () => workshop.CheckIn(F, Id(1))).Kind);
        Assert.Equal(RejectionKind.InvalidInput, Refused(workshop, () => workshop.CheckIn(F, new ParticipantId("stranger"))).Kind);
    }

    [Fact]
    public void Depart_TakesAPersonOut_AndTheyMayComeBack()
    {
        var (workshop, _) = Create();
        using var _w = workshop;
        workshop.CheckIn(F, Id(1));

        Assert.Equal(RejectionKind.Conflict, Refused(workshop, () => workshop.Depart(F, Id(2))).Kind);
        workshop.Depart(P(1), Id(1));
        Assert.Empty(workshop.Present);
        workshop.CheckIn(F, Id(1));
        Assert.Equal<ParticipantId>([Id(1)], workshop.Present);
    }

    [Fact]
    public void PlainBlock_RecordsEveryonePresentWhileItRan_OrTheAttendanceGiven()
    {
        var (workshop, _) = Create();
        using var _w = workshop;
        workshop.OpenDay(F);
        workshop.CheckIn(F, Id(1));
        workshop.StartBlock(F, "opening");
        workshop.CheckIn(F, Id(2));
        workshop.Depart(F, Id(1));

        var opening = workshop.CloseBlock(F, "opening");
        Assert.Equal<ParticipantId>([Id(1), Id(2)], opening.TookPart);

        workshop.StartBlock(F, "inventory");
        Assert.Equal(RejectionKind.InvalidInput, Refused(workshop, () => workshop.RecordAttendance(F, "inventory", [new ParticipantId("stranger")])).Kind);
        Assert.Equal(RejectionKind.InvalidInput, Refused(workshop, () => workshop.RecordAttendance(F, "opening", [Id(2)])).Kind);
        workshop.RecordAttendance(F, "inventory", [Id(2), Id(3)]);
        Assert.Equal<ParticipantId>([Id(2), Id(3)], workshop.CloseBlock(F, "inventory").TookPart);
    }

    [Fact]
    public void ListResource_OnlyInTheInventoryBlock_ByPeoplePresent_WithTheCategoryKey()
    {
        var (workshop, _) = Create();
        using var _w = workshop;
        workshop.OpenDay(F);
        workshop.CheckIn(F, Id(1));
        Assert.Equal(RejectionKind.WrongPhase, Refused(workshop, () => workshop.ListResource(P(1), "村1", "人", "Teachers")).Kind);
        workshop.StartBlock(F, "opening");
        Assert.Equal(RejectionKind.WrongPhase, Refused(workshop, () => workshop.ListResource(P(1), "村1", "人", "Teachers")).Kind);
        workshop.CloseBlock(F, "opening");
        workshop.StartBlock(F, "inventory");

        var id = workshop.ListResource(P(1), "村1", "人", "Retired teachers");
        Assert.Equal(RejectionKind.NotPermitted, Refused(workshop, () => workshop.ListResource(P(2), "村2", "人", "Absent")).Kind);
        Assert.Equal(RejectionKind.InvalidInput, Refused(workshop, () => workshop.ListResource(P(1), "村1", "sky", "Clouds")).Kind);
        var record = workshop.CloseBlock(F, "inventory");

        Assert.Equal("inventory-1", id.Value);
        var entry = Assert.Single(workshop.Inventory!.Entries);
        Assert.Equal(("people", Id(1)), (entry.Category, entry.ListedBy!.Value));
        Assert.Equal("Retired teachers", Assert.Single(record.Contributions).Text);
    }

    [Fact]
    public void MethodBlock_StartsItsSession_WithThePeoplePresentOnly()
    {
        var (workshop, clock) = Create();
        using var _w = workshop;
        ToCafe(workshop, clock, present: 10);

        var cafe = workshop.Cafe("cafe")!;
        Assert.Equal(workshop.Present, cafe.Participants.Select(p => p.Id));
        Assert.Equal(10, cafe.Participants.Length);
        Assert.Equal($"{workshop.Id}.cafe", cafe.Id);
        Assert.Null(workshop.OpenSpace("open-space"));
        Assert.Throws<ArgumentException>(() => workshop.OpenSpace("cafe"));
    }

    [Fact]
    public void MethodBlock_ThatCannotRunWithThePeoplePresent_IsRefused_AndNothingChanges()
    {
        var (workshop, clock) = Create();
        using var _w = workshop;
        ToCafe(workshop, clock, present: 10, start: false);
        workshop.Depart(F, Id(1)); // the host of the first table
        var saved = workshop.Save();

        var refusal = Refused(workshop, () => workshop.StartBlock(F, "cafe"));

        Assert.Equal(RejectionKind.Conflict, refusal.Kind);
        Assert.Equal(saved, workshop.Save());
        Assert.Null(workshop.Cafe("cafe"));
    }

    [Fact]
    public void CheckInAndDeparture_ReachTheRunningCafe_OnceEvenWhenRetried_InAnyUnicodeSpellingOfTheirId()
    {
        var (workshop, clock) = Create();
        using var _w = workshop;
        ToCafe(workshop, clock, present: 10);
        var cafe = workshop.Cafe("cafe")!;
        cafe.OpenCheckIn(F);

        workshop.CheckIn(F, Id(11), CommandOptions.WithId("arrive-11"));
        var cafeVersion = cafe.Version;
        workshop.CheckIn(F, Id(11), CommandOptions.WithId("arrive-11"));
        workshop.Depart(F, Id(4), CommandOptions.WithId("leave-caf\u00e9"));
        var cafeSaved = cafe.Save();
        workshop.Depart(F, Id(4), CommandOptions.WithId("leave-cafe\u0301")); // the same id, decomposed: a retry, not a second departure

        Assert.Equal(cafeSaved, cafe.Save());

        Assert.Equal(cafeVersion + 1, cafe.Version);
        Assert.Contains(Id(11), cafe.Present);
        Assert.DoesNotContain(Id(4), cafe.Present);
        Assert.Single(workshop.GetEventRecords(), r => r.Type == "checkedIn" && r.Json.Contains("\"block\":\"cafe\"", StringComparison.Ordinal));
        Assert.Contains(cafe.GetEventRecords(), r => r.Json.Contains("workshop-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("arrive\u0007")]
    [InlineData("#arrive")]
    public void CheckInAndDeparture_RefusedForTheirCommandId_ReachNoBlock(string commandId)
    {
        var (workshop, clock) = Create();
        using var _w = workshop;
        ToCafe(workshop, clock, present: 10);
        var cafe = workshop.Cafe("cafe")!;
        cafe.OpenCheckIn(F);
        var saved = workshop.Save();
        var cafeSaved = cafe.Save();

        Assert.Equal(RejectionKind.InvalidInput, Assert.Throws<CommandRejectedException>(() => workshop.CheckIn(F, Id(11), CommandOptions.WithId(commandId))).Kind);
        Assert.Equal(RejectionKind.InvalidInput, Assert.Throws<CommandRejectedException>(() => workshop.Depart(F, Id(4), CommandOptions.WithId(commandId))).Kind);

        Assert.Equal(saved, workshop.Save());
        Assert.Equal(cafeSaved, cafe.Save());
    }

    [Fact]
    public void CheckInAndDeparture_ReachTheRunningBrainstorm_WhichKeepsItsLastPerson()
    {
        var (workshop, _) = Create(Design(people: 3));
        using var _w = workshop;
        workshop.OpenDay(F);
        workshop.CheckIn(F, Id(1));
        workshop.CheckIn(F, Id(2));
        foreach (var block in new[] { "opening", "inventory", "cafe", "open-space" })
        {
            workshop.SkipBlock(F, block, "Short day");
        }

        workshop.StartBlock(F, "brainstorm");
        var storm = workshop.Brainstorm("brainstorm")!;
        workshop.CheckIn(P(3), Id(3));
        workshop.Depart(F, Id(1));
        workshop.Depart(F, Id(2));

        Assert.Equal<ParticipantId>([Id(3)], storm.Present);
        workshop.Depart(F, Id(3));
        Assert.Empty(workshop.Present);
        Assert.Equal<ParticipantId>([Id(3)], storm.Present);
        Assert.Equal(2, workshop.GetEventRecords().Count(r => r.Type == "departed" && r.Json.Contains("\"block\":\"brainstorm\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void CloseBlock_OfAMethodBlock_WaitsForItsSessionToClose_ThenKeepsItsRecord()
    {
        var (workshop, clock) = Create();
        using var _w = workshop;
        ToCafe(workshop, clock, present: 12);
        var cafe = workshop.Cafe("cafe")!;

        var refusal = Refused(workshop, () => workshop.CloseBlock(F, "cafe"));
        Assert.Contains("Close the block's session first", refusal.Reason, StringComparison.Ordinal);

        RunCafe(cafe, clock);
        var record = workshop.CloseBlock(F, "cafe");

        Assert.Equal(BlockStatus.Closed, workshop.StatusOf("cafe"));
        Assert.Equal(cafe.Contributions.Length, record.Contributions.Count(c => c.Kind != ContributionKind.Theme && c.Kind != ContributionKind.Question) + 2);
        Assert.Equal(record, workshop.Records.Single(r => r.Block == "cafe"));
    }

    [Fact]
    public void CarryItems_NeedSourcesFromClosedBlocks_AndABlockStillToCome()
    {
        var (workshop, clock) = Create();
        using var _w = workshop;
        ToCafe(workshop, clock, present: 12);
        var fake = new CarriedItem("cafe/x", CarryKind.OpenSpaceIssue, "Made up", [new SourceLink("cafe", "x")]);
        Assert.Equal(RejectionKind.InvalidInput, Refused(workshop, () => workshop.CarryItems(F, "open-space", [fake])).Kind);
        RunCafe(workshop.Cafe("cafe")!, clock);
        var record = workshop.CloseBlock(F, "cafe");
        var issues = Bridges.SuggestOpenSpaceIssues(record);

        var intoBrainstorm = Refused(workshop, () => workshop.CarryItems(F, "brainstorm", issues));
        Assert.Equal(RejectionKind.InvalidInput, intoBrainstorm.Kind);
        Assert.Contains("'brainstorm' (Brainstorm)", intoBrainstorm.Message, StringComparison.Ordinal);
        Assert.Equal(RejectionKind.InvalidInput, Refused(workshop, () => workshop.CarryItems(F, "cafe", issues)).Kind);
        workshop.CarryItems(F, "open-space", issues);
        Assert.Equal(RejectionKind.Conflict, Refused(workshop, () => workshop.CarryItems(F, "open-space", issues)).Kind);

        Assert.Equal(issues.Select(i => i.ToString()), workshop.CarriedInto("open-space").Select(i => i.ToString()));
    }

    [Fact]
    public void ActionPlan_ItemsLinkClosedBlocks_AndAreUpdatedKeepingTheirSources()
    {
        var (workshop, clock) = Create();
        using var _w = workshop;
        RunDay(workshop, clock, close: false);
        var item = workshop.ActionPlan[0];

        Assert.Equal(RejectionKind.InvalidInput, Refused(workshop, () => workshop.AddToActionPlan(F, [new ActionPlanItem("x", "Nowhere", [new SourceLink("cafe", "nothing")])])).Kind);
        Assert.Equal(RejectionKind.InvalidInput, Refused(workshop, () => workshop.UpdateAction(F, new ActionPlanItem(item.Id, item.Title, []))).Kind);
        workshop.UpdateAction(F, item with { Status = ActionStatus.Done });

        workshop.Close(F);
        workshop.UpdateAction(F, workshop.ActionPlan[0] with { NextStep = "Report back in January" });
        Assert.Equal(RejectionKind.WrongPhase, Refused(workshop, () => workshop.AddToActionPlan(F, [new ActionPlanItem("y", "Too late", [])])).Kind);

        Assert.Equal((ActionStatus.Done, "Report back in January"), (workshop.ActionPlan[0].Status, workshop.ActionPlan[0].NextStep));
    }

    [Fact]
    public void CloseDay_WaitsForEveryBlockOfTheDay_CloseWaitsForTheDayToClose()
    {
        var (workshop, _) = Create();
        using var _w = workshop;
        workshop.OpenDay(F);

        Assert.Equal(RejectionKind.WrongPhase, Refused(workshop, () => workshop.CloseDay(F)).Kind);
        Assert.Equal(RejectionKind.WrongPhase, Refused(workshop, () => workshop.Close(F)).Kind);
        foreach (var block in workshop.Design.Programme)
        {
            workshop.SkipBlock(F, block.Id, "Snow");
        }

        workshop.CloseDay(F);
        Assert.Equal(WorkshopPhase.BetweenDays, workshop.Phase);
        workshop.Close(F);
        Assert.Equal(WorkshopPhase.Closed, workshop.Phase);
    }

    [Fact]
    public void WholeDay_LeavesOneRecordPerBlock_AndABookWhoseLinksResolve()
    {
        var (workshop, clock) = Create();
        using var _w = workshop;

        RunDay(workshop, clock);
        var book = workshop.ToBook();

        Assert.Equal(workshop.Design.Programme.Select(b => b.Id), book.Records.Select(r => r.Block));
        Assert.All(book.Carried.SelectMany(c => c.Sources), link => Assert.NotNull(book.Resolve(link)));
        Assert.DoesNotContain(Id(5), book.RecordOf("brainstorm")!.TookPart);
        Assert.Contains(Id(12), book.RecordOf("cafe")!.TookPart);
        Assert.Equal(workshop.CarriedInto("brainstorm")[0].ToPrompt(), workshop.Brainstorm("brainstorm")!.Design.Prompt);
        Assert.Contains("Retired teachers", book.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void SaveAndRestore_BringsBackTheWorkshopAndEveryBlocksSession_RetriesAreAcknowledged()
    {
        var (workshop, clock) = Create();
        using var _w = workshop;
        RunDay(workshop, clock);
        workshop.UpdateAction(F, workshop.ActionPlan[0] with { Owner = "主任01" }, CommandOptions.WithId("owner"));
        var saved = workshop.Save();

        using var restored = WorkshopSession.Restore(saved, Options(clock));
        using var fromRecords = WorkshopSession.Restore(workshop.DesignJson, workshop.GetEventRecords(), Options(clock));

        foreach (var copy in new[] { restored, fromRecords })
        {
            Assert.Equal(saved, copy.Save());
            Assert.Equal(workshop.Cafe("cafe")!.Save(), copy.Cafe("cafe")!.Save());
            Assert.Equal(workshop.Brainstorm("brainstorm")!.Save(), copy.Brainstorm("brainstorm")!.Save());
            var book = copy.ToBook();
            Assert.All(book.Carried.SelectMany(c => c.Sources), link => Assert.Equal(workshop.ToBook().Resolve(link)!.ToString(), book.Resolve(link)!.ToString()));
        }

        restored.UpdateAction(F, workshop.ActionPlan[0], CommandOptions.WithId("owner"));
        Assert.Equal(saved, restored.Save());
    }

    [Fact]
    public void SaveDuringACafe_KeepsTheCafeAsOfTheSameMoment_RestoreSendsNothingAgain()
    {
        var (workshop, clock) = Create();
        using var _w = workshop;
        ToCafe(workshop, clock, present: 11);
        var cafe = workshop.Cafe("cafe")!;
        cafe.OpenCheckIn(F);
        workshop.CheckIn(F, Id(12), CommandOptions.WithId("late"));
        cafe.Welcome(F);
        var saved = workshop.Save();

        using var restored = WorkshopSession.Restore(saved, Options(clock));
        restored.CheckIn(F, Id(12), CommandOptions.WithId("late"));

        Assert.Equal(cafe.Save(), restored.Cafe("cafe")!.Save());
        Assert.Equal(saved, restored.Save());
        RunRounds(restored.Cafe("cafe")!, clock, notes: false);
        restored.Cafe("cafe")!.Close(F);
        Assert.Contains(Id(12), restored.CloseBlock(F, "cafe").TookPart);
        Assert.Throws<SessionDocumentException>(() => WorkshopSession.Restore(workshop.DesignJson, workshop.GetEventRecords(), Options(clock)));
    }

    [Fact]
    public void Restore_RefusesADocumentWhoseBlockSessionWasTamperedWith()
    {
        var (workshop, clock) = Create();
        using var _w = workshop;
        ToCafe(workshop, clock, present: 12);
        var saved = workshop.Save();

        Assert.Throws<SessionDocumentException>(() => WorkshopSession.Restore(saved.Replace("\"runningBlock\":{\"block\":\"cafe\"", "\"runningBlock\":{\"block\":\"open-space\"", StringComparison.Ordinal), Options(clock)));
        Assert.Throws<SessionDocumentException>(() => WorkshopSession.Restore(saved.Replace("\"id\":\"ws-1.cafe\"", "\"id\":\"another-cafe\"", StringComparison.Ordinal), Options(clock)));
        Assert.Throws<SessionDocumentException>(() => WorkshopSession.Restore(workshop.DesignJson, workshop.GetEventRecords(), Options(clock)));
    }

    /// <summary>Opens the day with the first people checked in, holds the opening and the inventory, and starts the café.</summary>
    internal static void ToCafe(WorkshopSession workshop, Microsoft.Extensions.Time.Testing.FakeTimeProvider clock, int present, bool start = true)
    {
        workshop.OpenDay(F);
        foreach (var p in workshop.Design.Participants.Take(present))
        {
            workshop.CheckIn(F, p.Id);
        }

        workshop.StartBlock(F, "opening");
        workshop.CloseBlock(F, "opening");
        workshop.StartBlock(F, "inventory");
        workshop.CloseBlock(F, "inventory");
        clock.SetUtcNow(At(9, 30));
        if (start)
        {
            workshop.StartBlock(F, "cafe");
        }
    }

    private static CommandRejectedException Refused(WorkshopSession workshop, Action command)
    {
        var saved = workshop.Save();
        var version = workshop.Version;
        var refusal = Assert.Throws<CommandRejectedException>(command);
        Assert.Equal(version, workshop.Version);
        Assert.Equal(saved, workshop.Save());
        return refusal;
    }
}
