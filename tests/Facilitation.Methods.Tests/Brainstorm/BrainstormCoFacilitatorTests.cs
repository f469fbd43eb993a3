using Facilitation.Methods.Brainstorm;
using Microsoft.Extensions.Time.Testing;
using static Facilitation.Methods.Tests.Brainstorm.BrainstormFixtures;

namespace Facilitation.Methods.Tests.Brainstorm;

public class BrainstormCoFacilitatorTests
{
    private static readonly Actor Co = Actor.ForCoFacilitator("c1");

    [Fact]
    public void ANamedCoFacilitator_RunsTheFacilitatorsCommands_AndSaveRestoreKeepsThem()
    {
        var (s, clock) = CreateSut(Design(new GenerationRound(GenerationTechnique.RoundRobin)) with { CoFacilitators = ["c1"], EndRoundsWhenTimeIsUp = false });
        s.StartRound(Co);
        s.AddIdea(Co, "recorded for p1");                              // recording for the person whose turn it is
        Assert.Equal("p1", s.Ideas[0].Author!.Value.Value);
        s.PassTurn(Co);
        s.Join(Co, new Participant("p7", "Person 7"));
        s.Leave(Co, "p3");
        s.EndRound(Co);
        s.BeginClarifying(Co);
        s.BeginClustering(Co);
        s.BeginVoting(Co);
        s.CastDots(Co, "p2", new Dictionary<ContributionId, int> { [new ContributionId("idea-1")] = 1 });   // a paper ballot
        Assert.Contains(s.Events, e => e.Actor == Co);

        var restored = BrainstormSession.Restore(s.Save(), On(new FakeTimeProvider(clock.GetUtcNow())));
        Assert.Equal(s.Save(), restored.Save());
        Assert.Equal(["c1"], restored.Design.CoFacilitators.Select(c => c.Value));
        restored.EndVoting(Co);
    }

    [Fact]
    public void ACoFacilitatorTheDesignDoesNotName_AndAParticipant_MayNotFacilitate()
    {
        var (s, _) = CreateSut(Design() with { CoFacilitators = ["c1"] });
        Refused(s, RejectionKind.NotPermitted, () => s.StartRound(Actor.ForCoFacilitator("c2")));
        Refused(s, RejectionKind.NotPermitted, () => s.StartRound(P("p1")));
        Refused(s, RejectionKind.NotPermitted, () => s.StartRound(Actor.ForCoFacilitator("p1")));
        s.StartRound(Co);
        Refused(s, RejectionKind.NotPermitted, () => s.AddIdea(Actor.ForCoFacilitator("c2"), "not mine to give"));
    }

    [Fact]
    public void WithoutCoFacilitators_TheDesignSavesAnEmptyList()
    {
        var (s, _) = CreateSut();
        Assert.Contains("\"coFacilitators\":[]", s.DesignJson, StringComparison.Ordinal);
        Refused(s, RejectionKind.NotPermitted, () => s.StartRound(Co));
    }
}
