using Facilitation.Methods.OpenSpace;
using static Facilitation.Methods.Tests.OpenSpace.OpenSpaceFixture;

namespace Facilitation.Methods.Tests.OpenSpace;

/// <summary>Co-facilitators named in the design run the facilitator's commands; nobody else does.</summary>
public class OpenSpaceCoFacilitatorTests
{
    private static Actor Co => Actor.ForCoFacilitator("c1");

    [Fact]
    public void ANamedCoFacilitator_RunsTheFacilitatorsCommands_AndSaveRestoreKeepsThem()
    {
        var (session, clock) = Create(Design() with { CoFacilitators = ["c1"] });
        session.OpenCircle(Co);
        session.BeginAgendaSetting(Co);
        session.RegisterParticipant(Co, new Participant("late", "Late arrival"));
        session.PostIssue(P(1), "i1", "Who owns the village fund?", cell: new AgendaCell(1, "s1"));
        session.OpenMarketplace(Co);
        session.StartNextSlot(Co);
        session.PauseSlot(Co);
        session.ResumeSlot(Co);
        session.ChangeSlotTime(Co, TimeSpan.FromMinutes(10));
        Assert.Equal(8, session.Events.Count(e => e.Actor == Co));

        using var restored = OpenSpaceSession.Restore(session.Save(), new SessionOptions { TimeProvider = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(clock.GetUtcNow()) });
        Assert.Equal(session.Save(), restored.Save());
        Assert.Equal(["c1"], restored.Design.CoFacilitators.Select(c => c.Value));
        restored.PauseSlot(Co);
    }

    [Fact]
    public void ACoFacilitatorTheDesignDoesNotName_AndAParticipant_MayNotFacilitate()
    {
        var (session, _) = Create(Design() with { CoFacilitators = ["c1"] });
        foreach (var actor in new[] { Actor.ForCoFacilitator("c2"), P(1), Actor.ForCoFacilitator("p1") })
        {
            var e = Assert.Throws<CommandRejectedException>(() => session.OpenCircle(actor));
            Assert.Equal(RejectionKind.NotPermitted, e.Kind);
        }

        Assert.Equal(0, session.Version);
        Assert.DoesNotContain("coFacilitators", Create().Session.DesignJson, StringComparison.Ordinal);
    }
}
