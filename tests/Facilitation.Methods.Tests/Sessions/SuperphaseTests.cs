using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Sessions;
using Facilitation.Methods.Workshops;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Tests.Sessions;

// Commands several phases take alike (people joining and leaving) are configured once, on a superphase: a value the phase enum does not
// declare, named DoorsOpen in the diagrams. These tests pin that the Stateless machine has it with its substates, that the commands are
// taken in exactly the phases they were taken in when every phase configured them itself, and that no session is ever in it.
public class SuperphaseTests
{
    private static readonly WorldCafeRules Cafe = new(WorldCafe.CafeFixture.Design());
    private static readonly BrainstormRules Storm = new(Brainstorm.BrainstormFixtures.Design());
    private static readonly OpenSpaceRules Space = new();
    private static readonly WorkshopRules Workshop = new();

    [Fact]
    public void WorldCafe_JoinAndLeave_AreConfiguredOnceOnDoorsOpen_WithCheckInToPlenaryAsItsSubstates()
    {
        WorldCafePhase[] open =
        [
            WorldCafePhase.CheckIn, WorldCafePhase.Welcome, WorldCafePhase.Seating, WorldCafePhase.HostBriefing, WorldCafePhase.Conversation,
            WorldCafePhase.RoundClose, WorldCafePhase.Plenary,
        ];

        AssertConfiguredOnce(Book<WorldCafeState, WorldCafePhase, WorldCafeCommand>(Cafe), open, (WorldCafeCommand.Join, open), (WorldCafeCommand.Leave, open));
    }

    [Fact]
    public void Brainstorm_JoinAndLeave_AreConfiguredOnceOnDoorsOpen_WithEveryPhaseButClosedAsItsSubstates()
    {
        var open = Enum.GetValues<BrainstormPhase>().Where(p => p != BrainstormPhase.Closed).ToArray();
        AssertConfiguredOnce(Book<BrainstormState, BrainstormPhase, BrainstormCommand>(Storm), open, (BrainstormCommand.Join, open), (BrainstormCommand.Leave, open));
    }

    // People register in the design too, and depart at convergence and action planning: those phases say so themselves.
    [Fact]
    public void OpenSpace_RegisterAndDepart_AreConfiguredOnceOnDoorsOpen_AndTakenInTheSamePhasesAsBefore()
    {
        OpenSpacePhase[] open =
        [
            OpenSpacePhase.OpeningCircle, OpenSpacePhase.AgendaSetting, OpenSpacePhase.Marketplace, OpenSpacePhase.SessionsRunning,
            OpenSpacePhase.EveningNews, OpenSpacePhase.MorningAnnouncements,
        ];

        AssertConfiguredOnce(
            Book<OpenSpaceState, OpenSpacePhase, OpenSpaceCommand>(Space),
            open,
            (OpenSpaceCommand.RegisterParticipant, [OpenSpacePhase.Design, .. open]),
            (OpenSpaceCommand.Depart, [.. open, OpenSpacePhase.Convergence, OpenSpacePhase.ActionPlanning]));
    }

    // Until the close people check in and depart, items are carried and the action plan grows; its items still change after it.
    [Fact]
    public void Workshop_CommandsTakenUntilTheClose_AreConfiguredOnceOnDoorsOpen_AndTakenInTheSamePhasesAsBefore()
    {
        WorkshopPhase[] open = [WorkshopPhase.NotStarted, WorkshopPhase.DayOpen, WorkshopPhase.BlockRunning, WorkshopPhase.BetweenDays];
        AssertConfiguredOnce(
            Book<WorkshopState, WorkshopPhase, WorkshopCommand>(Workshop),
            open,
            (WorkshopCommand.CheckIn, open),
            (WorkshopCommand.Depart, open),
            (WorkshopCommand.CarryItems, open),
            (WorkshopCommand.AddToActionPlan, open),
            (WorkshopCommand.UpdateAction, [.. open, WorkshopPhase.Closed]));
    }

    [Fact]
    public void PhaseEnums_DeclareNoSuperphase()
    {
        Assert.DoesNotContain("DoorsOpen", Enum.GetNames<WorldCafePhase>());
        Assert.DoesNotContain("DoorsOpen", Enum.GetNames<BrainstormPhase>());
        Assert.DoesNotContain("DoorsOpen", Enum.GetNames<OpenSpacePhase>());
        Assert.DoesNotContain("DoorsOpen", Enum.GetNames<WorkshopPhase>());
        Assert.DoesNotContain((WorldCafePhase)100, Enum.GetValues<WorldCafePhase>());
        Assert.DoesNotContain((BrainstormPhase)100, Enum.GetValues<BrainstormPhase>());
        Assert.DoesNotContain((OpenSpacePhase)100, Enum.GetValues<OpenSpacePhase>());
        Assert.DoesNotContain((WorkshopPhase)100, Enum.GetValues<WorkshopPhase>());
    }

    [Fact]
    public void Cafe_ThroughEveryPhase_NeverReportsTheSuperphase_AndTakesJoinAndLeaveExactlyWhereItDidBefore()
    {
        var (cafe, clock) = WorldCafe.CafeFixture.CreateSut();
        var f = Actor.Facilitator;
        var open = new[] { WorldCafePhase.CheckIn, WorldCafePhase.Welcome, WorldCafePhase.Seating, WorldCafePhase.HostBriefing, WorldCafePhase.Conversation, WorldCafePhase.RoundClose, WorldCafePhase.Plenary };
        var steps = new Action[]
        {
            () => { }, () => cafe.OpenCheckIn(f), () => cafe.Welcome(f), () => cafe.StartRound(f), () => cafe.StartConversation(f),
            () => clock.Advance(TimeSpan.FromMinutes(19)), () => cafe.CloseRound(f), () => cafe.StartPlenary(f), () => cafe.StartRound(f),
            () => cafe.BeginBriefing(f), () => cafe.StartConversation(f), () => cafe.CloseRound(f), () => cafe.BeginHarvest(f), () => cafe.Close(f),
        };

        var seen = new HashSet<WorldCafePhase>();
        foreach (var step in steps)
        {
            step();
            var phase = cafe.Phase;
            seen.Add(phase);
            Assert.True(Enum.IsDefined(phase), $"{phase} is not a WorldCafePhase");
            Assert.Equal((phase, open.Contains(phase)), (phase, cafe.PermittedCommands.Contains(nameof(WorldCafeCommand.Join))));
            Assert.Equal((phase, open.Contains(phase)), (phase, cafe.PermittedCommands.Contains(nameof(WorldCafeCommand.Leave))));
            Assert.Equal((phase, open.Contains(phase)), (phase, cafe.WhyRefused(nameof(WorldCafeCommand.Leave)) is null));
        }

        Assert.Equal(Enum.GetValues<WorldCafePhase>().ToHashSet(), seen);
    }

    [Fact]
    public void Brainstorm_ThroughEveryPhase_NeverReportsTheSuperphase_AndTakesJoinAndLeaveInEveryPhaseButClosed()
    {
        var (storm, _) = Brainstorm.BrainstormFixtures.CreateSut();
        var f = Actor.Facilitator;
        var steps = new Action[]
        {
            () => { }, () => storm.StartRound(f), () => storm.AddIdea(Actor.ForParticipant("p1"), "an idea", BrainstormCategories.FiveResources[0]),
            () => storm.EndRound(f), () => storm.BeginClarifying(f), () => storm.BeginClustering(f), () => storm.BeginVoting(f), () => storm.EndVoting(f),
            () => storm.Close(f),
        };

        var seen = new HashSet<BrainstormPhase>();
        foreach (var step in steps)
        {
            step();
            var phase = storm.Phase;
            seen.Add(phase);
            var open = phase != BrainstormPhase.Closed;
            Assert.True(Enum.IsDefined(phase), $"{phase} is not a BrainstormPhase");
            Assert.Equal((phase, open), (phase, storm.PermittedCommands.Contains(nameof(BrainstormCommand.Join))));
            Assert.Equal((phase, open), (phase, storm.PermittedCommands.Contains(nameof(BrainstormCommand.Leave))));
        }

        Assert.Equal(Enum.GetValues<BrainstormPhase>().ToHashSet(), seen);
    }

    [Fact]
    public void WhyRefused_NamesTheSuperphasesGuard_InASubstate_AndThePhase_Outside()
    {
        var (storm, _) = Brainstorm.BrainstormFixtures.CreateSut();
        foreach (var person in storm.Present.Skip(1))
        {
            storm.Leave(Actor.Facilitator, person);
        }

        Assert.Equal("Leave needs more than one person here.", storm.WhyRefused(nameof(BrainstormCommand.Leave)));
        Assert.DoesNotContain(nameof(BrainstormCommand.Leave), storm.PermittedCommands);

        var (cafe, _) = WorldCafe.CafeFixture.CreateSut();
        Assert.Equal("Join is not possible while the session is in Design.", cafe.WhyRefused(nameof(WorldCafeCommand.Join)));
    }

    [Fact]
    public void ToMermaid_DrawsDoorsOpen_ByName_AroundItsPhases()
    {
        foreach (var mermaid in new[] { Cafe.ToMermaid(), Storm.ToMermaid(), Space.ToMermaid(), Workshop.ToMermaid() })
        {
            Assert.Contains("\tstate DoorsOpen {\n", mermaid, StringComparison.Ordinal);
            Assert.DoesNotContain("100", mermaid, StringComparison.Ordinal);
        }

        Assert.Contains("\tDoorsOpen --> DoorsOpen : Join [fewer than Limits.MaxParticipants here]\n", Cafe.ToMermaid(), StringComparison.Ordinal);
        Assert.Contains("\tDoorsOpen --> DoorsOpen : Leave [someone is here]\n", Cafe.ToMermaid(), StringComparison.Ordinal);
    }

    [Fact]
    public void Setup_RefusesASuperphaseTheEnumDeclares_OrOneNamedLikeAPhase_OrACommandLeadingIntoIt()
    {
        var declared = Assert.Throws<InvalidOperationException>(() => new PhaseSetup<BookPhase, BookCommand>().Superphase(BookPhase.Anytime, "Anytime2"));
        Assert.Contains("does not declare", declared.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new PhaseSetup<BookPhase, BookCommand>().Superphase((BookPhase)100, nameof(BookPhase.Open)));
        Assert.Throws<InvalidOperationException>(() => new PhaseSetup<BookPhase, BookCommand>().Configure((BookPhase)100));

        var setup = new PhaseSetup<BookPhase, BookCommand>();
        var open = setup.Superphase((BookPhase)100, "Gathered");
        Assert.Throws<InvalidOperationException>(() => setup.Configure(BookPhase.Open).Permit(BookCommand.Close, (BookPhase)100));
        Assert.Throws<InvalidOperationException>(() => open.PermitReentry(BookCommand.Skip));
        Assert.Throws<InvalidOperationException>(() => open.PermitIf(BookCommand.Skip, (BookPhase)100, () => true, "never"));
        Assert.Throws<InvalidOperationException>(() => setup.Configure(BookPhase.Open).Permit(BookCommand.Close, (BookPhase)101));

        // A substate of a value nobody named is refused when the book is first asked.
        var unnamed = new PhaseSetup<BookPhase, BookCommand>();
        unnamed.Configure(BookPhase.Open).SubstateOf((BookPhase)101);
        Assert.Contains("declares no phase 101", Assert.Throws<InvalidOperationException>(() => unnamed.Find(BookPhase.Open, BookCommand.Join)).Message, StringComparison.Ordinal);
    }

    private static PhaseBook<TState, TPhase, TCommand> Book<TState, TPhase, TCommand>(object rules)
        where TState : class
        where TPhase : struct, Enum
        where TCommand : struct, Enum =>
        (PhaseBook<TState, TPhase, TCommand>)rules.GetType().GetProperty("Phases", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(rules)!;

    private static List<string> Names<TPhase>(IEnumerable<TPhase> phases)
        where TPhase : struct, Enum => [.. phases.Order().Select(p => p.ToString())];

    // The machine Stateless builds from the setup has one state the enum does not declare, the superphase; its substates are exactly the
    // phases given, it takes exactly the shared commands, and none of its substates takes one of them again. Each shared command is taken
    // in exactly the phases it was taken in when every phase configured it itself.
    private static void AssertConfiguredOnce<TState, TPhase, TCommand>(PhaseBook<TState, TPhase, TCommand> book, TPhase[] substates, params (TCommand Command, TPhase[] TakenIn)[] shared)
        where TState : class
        where TPhase : struct, Enum
        where TCommand : struct, Enum
    {
        AssertSuperphase(book, substates, [.. shared.Select(c => c.Command)]);
        Assert.All(shared, c => Assert.Equal((c.Command, string.Join(", ", Names(c.TakenIn))), (c.Command, string.Join(", ", book.PhasesOf(c.Command)))));
    }

    private static void AssertSuperphase<TState, TPhase, TCommand>(PhaseBook<TState, TPhase, TCommand> book, TPhase[] substates, TCommand[] shared)
        where TState : class
        where TPhase : struct, Enum
        where TCommand : struct, Enum
    {
        var info = book.ToStateMachine(() => substates[0]).GetInfo();
        var superphase = Assert.Single(info.States, s => !Enum.IsDefined((TPhase)s.UnderlyingState));
        Assert.Null(superphase.Superstate);
        Assert.Equal(substates.Order(), superphase.Substates.Select(s => (TPhase)s.UnderlyingState).Order());
        Assert.All(superphase.Substates, s => Assert.Equal(superphase.UnderlyingState, s.Superstate.UnderlyingState));
        Assert.Equal(shared.Order(), Triggers<TCommand>(superphase).Order());
        Assert.All(superphase.FixedTransitions, t => Assert.True(t.IsInternalTransition));
        Assert.All(superphase.Substates, s => Assert.Empty(Triggers<TCommand>(s).Intersect(shared)));
    }

    private static IEnumerable<TCommand> Triggers<TCommand>(Stateless.Reflection.StateInfo state) =>
        state.FixedTransitions.Select(t => (TCommand)t.Trigger.UnderlyingTrigger).Distinct();
}
