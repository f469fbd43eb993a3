using Facilitation.Methods.Workshops;
using static Facilitation.Methods.Tests.Workshops.RunningFixture;

namespace Facilitation.Methods.Tests.Workshops;

/// <summary>Issue 11 item 10: a co-facilitator runs the blocks they are given — in the workshop and inside the block's own session — and nothing else.</summary>
public class WorkshopCoFacilitatorTests
{
    private static readonly Actor Li = Actor.ForCoFacilitator(new ParticipantId("李老师"));

    // The lead (王老师) holds the programme; 李老师 leads the café.
    private static WorkshopDesign WithCafeLedByLi()
    {
        var design = Design();
        return design with
        {
            Facilitators = [.. design.Facilitators, new Facilitator("李老师")],
            Blocks = [.. design.Blocks.Select(b => b.Id == "cafe" ? b with { Facilitator = "李老师" } : b)],
        };
    }

    [Fact]
    public void CoFacilitator_RunsTheBlockTheyLead_AndItsSession()
    {
        var (workshop, clock) = Create(WithCafeLedByLi());
        using var _w = workshop;
        WorkshopSessionTests.ToCafe(workshop, clock, present: 11, start: false);

        workshop.StartBlock(Li, "cafe");
        var cafe = workshop.Cafe("cafe")!;
        Assert.Contains(new ParticipantId("李老师"), cafe.Design.CoFacilitators);
        cafe.OpenCheckIn(Li);
        RunCafeFromCheckIn(cafe, clock);
        var record = workshop.CloseBlock(Li, "cafe");

        Assert.NotEmpty(record.Contributions);
        var restored = WorkshopSession.Restore(workshop.Save(), Options(clock));
        Assert.Equal(workshop.Save(), restored.Save());
    }

    [Fact]
    public void CoFacilitator_IsRefused_ForOtherBlocks_DaysAndTheActionPlan_AndAStrangerForEverything()
    {
        var (workshop, _) = Create(WithCafeLedByLi());
        using var _w = workshop;

        var e = Refused(workshop, () => workshop.OpenDay(Li));
        Assert.Contains("lead facilitator", e.Reason, StringComparison.Ordinal);
        workshop.OpenDay(F);
        workshop.CheckIn(Li, Id(1)); // anyone who facilitates may check people in
        e = Refused(workshop, () => workshop.StartBlock(Li, "opening"));
        Assert.Contains("'opening'", e.Reason, StringComparison.Ordinal);
        Refused(workshop, () => workshop.SkipBlock(Li, "opening", "rain"));
        workshop.StartBlock(F, "opening");
        Refused(workshop, () => workshop.RecordAttendance(Li, "opening", [Id(1)]));
        Refused(workshop, () => workshop.CloseBlock(Li, "opening"));
        workshop.CloseBlock(F, "opening");
        Refused(workshop, () => workshop.CarryItems(Li, "open-space", [new CarriedItem("x", CarryKind.OpenSpaceIssue, "An issue", [])]));
        Refused(workshop, () => workshop.AddToActionPlan(Li, []));
        Refused(workshop, () => workshop.StartBlock(Actor.ForCoFacilitator(new ParticipantId("stranger")), "inventory"));
        Refused(workshop, () => workshop.StartBlock(Actor.ForCoFacilitator(new ParticipantId("王老师")), "inventory")); // the lead leads as Actor.Facilitator

        // A co-facilitator the design does not list may not check people in, send them away or list resources for them either.
        var stranger = Actor.ForCoFacilitator(new ParticipantId("stranger"));
        Refused(workshop, () => workshop.CheckIn(stranger, Id(2)));
        Refused(workshop, () => workshop.Depart(stranger, Id(1)));
        workshop.StartBlock(F, "inventory");
        Refused(workshop, () => workshop.ListResource(stranger, "村1", "人", "a stranger's entry"));
    }

    [Fact]
    public void ACafeLedByTheLead_DoesNotListTheLeadAsCoFacilitator()
    {
        var (workshop, clock) = Create();
        using var _w = workshop;
        WorkshopSessionTests.ToCafe(workshop, clock, present: 11);

        Assert.Empty(workshop.Cafe("cafe")!.Design.CoFacilitators);
        Refused(workshop, () => workshop.CarryItems(Li, "open-space", [new CarriedItem("x", CarryKind.OpenSpaceIssue, "An issue", [])]));
    }

    private static CommandRejectedException Refused(WorkshopSession workshop, Action command)
    {
        var saved = workshop.Save();
        var e = Assert.Throws<CommandRejectedException>(command);
        Assert.Equal(RejectionKind.NotPermitted, e.Kind);
        Assert.Equal(saved, workshop.Save());
        return e;
    }
}
