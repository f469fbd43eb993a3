using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Tests.WorldCafe;

/// <summary>Co-facilitators named in the café's design run the facilitator's commands (not notes); nobody else does.</summary>
public class WorldCafeCoFacilitatorTests
{
    [Fact]
    public void ANamedCoFacilitator_RunsTheFacilitatorsCommands_AndSaveRestoreKeepsThem()
    {
        var co = Actor.ForCoFacilitator("c1");
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Conversation, CafeFixture.Design() with { CoFacilitators = ["c1"] });
        var events = new List<WorldCafeEvent>();
        using (cafe.OnEvent(events.Add))
        {
            cafe.PauseRound(co);
            cafe.ResumeRound(co);
            cafe.ChangeRoundTime(co, TimeSpan.FromMinutes(5));
            cafe.Leave(co, "p05");
        }

        Assert.Equal(4, events.Count(e => e.Actor == co));
        var saved = cafe.Save();
        cafe.Dispose();
        using var restored = WorldCafeSession.Restore(saved, new SessionOptions { TimeProvider = clock }, CafeFixture.FastPlanner);
        Assert.Equal(saved, restored.Save());
        Assert.Equal(["c1"], restored.Design.CoFacilitators.Select(c => c.Value));
        restored.PauseRound(co);
    }

    [Fact]
    public void ACoFacilitatorTheDesignDoesNotName_AndAParticipant_MayNotFacilitate()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Conversation, CafeFixture.Design() with { CoFacilitators = ["c1"] });
        foreach (var actor in new[] { Actor.ForCoFacilitator("c2"), Actor.ForParticipant("p05") })
        {
            Assert.Equal(RejectionKind.NotPermitted, Assert.Throws<CommandRejectedException>(() => cafe.PauseRound(actor)).Kind);
        }

        Assert.Contains("\"coFacilitators\":[],\"tableCoFacilitators\":{}", CafeFixture.At(WorldCafePhase.Conversation).Session.DesignJson, StringComparison.Ordinal);
    }
}
