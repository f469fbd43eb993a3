using System.Reflection;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Sessions;
using Facilitation.Methods.Tests.WorldCafe;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Tests.Sessions;

internal enum BookPhase { Anytime, Open, Closed }

internal enum BookCommand { Note, Join, Skip, Close, TimeUp }

internal sealed class BookState
{
    public BookPhase Phase { get; set; } = BookPhase.Open;

    public bool AutoAdvance { get; init; }

    public int Notes { get; init; }
}

// PhaseBook answers from the transitions the rule book configured, without asking Stateless on every command; these tests pin that it
// answers as Stateless would (permitted or not, the phase a command leads to, the commands listed as permitted), and refuses on a failed guard.
public class PhaseBookTests
{
    [Fact]
    public void Answers_AgreeWithTheStatelessMachine_InEveryStateOfABookWithSubphasesIgnoredCommandsAndGuards()
    {
        var book = Book();
        foreach (var phase in Enum.GetValues<BookPhase>())
        {
            foreach (var autoAdvance in new[] { false, true })
            {
                foreach (var notes in new[] { 0, 2 })
                {
                    AssertAgrees(book, new BookState { Phase = phase, AutoAdvance = autoAdvance, Notes = notes }, s => s.Phase);
                }
            }
        }
    }

    [Fact]
    public void Answers_AgreeWithTheStatelessMachine_InEveryStateOfABookWhoseSuperphaseTheEnumDoesNotDeclare()
    {
        var book = SuperphaseBook();
        foreach (var phase in Enum.GetValues<BookPhase>())
        {
            foreach (var notes in new[] { 0, 2 })
            {
                AssertAgrees(book, new BookState { Phase = phase, Notes = notes }, s => s.Phase);
            }
        }

        Assert.Equal(["Anytime", "Open"], book.PhasesOf(BookCommand.Join));
        Assert.Contains("\tstate Gathered {\n\t\tAnytime\n\t\tOpen\n\t}", book.ToMermaid(), StringComparison.Ordinal);
        Assert.Contains("\tGathered --> Gathered : Join [room for a note]\n", book.ToMermaid(), StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_AgreeWithTheStatelessMachine_AtEveryStepOfACafe_WithItsTimerWarnings()
    {
        var (cafe, clock) = CafeFixture.CreateSut();
        var book = (PhaseBook<WorldCafeState, WorldCafePhase, WorldCafeCommand>)Phases(Field(cafe, "_rules"));
        var engine = (SessionEngine<WorldCafeState, WorldCafeEvent>)Field(cafe, "_engine");
        var f = Actor.Facilitator;
        var steps = new Action[]
        {
            () => cafe.OpenCheckIn(f), () => cafe.Welcome(f), () => cafe.StartRound(f), () => cafe.StartConversation(f),
            () => cafe.PauseRound(f), () => cafe.ResumeRound(f), () => clock.Advance(TimeSpan.FromMinutes(19)), () => clock.Advance(TimeSpan.FromMinutes(2)),
            () => cafe.CloseRound(f), () => cafe.StartPlenary(f), () => cafe.StartRound(f), () => cafe.BeginBriefing(f), () => cafe.StartConversation(f),
            () => cafe.CloseRound(f), () => cafe.BeginHarvest(f), () => cafe.Close(f),
        };
        var checkedStates = 0;
        foreach (var step in steps)
        {
            step();
            engine.Read(state =>
            {
                AssertAgrees(book, state, s => s.Phase);
                return ++checkedStates;
            });
        }

        Assert.Equal(WorldCafePhase.Closed, cafe.Phase);
        Assert.Equal(steps.Length, checkedStates);
    }

    [Fact]
    public void Answers_AgreeWithTheStatelessMachine_AtEveryStepOfABrainstormAndAnOpenSpace_WhosePeopleComeAndGoOnASuperphase()
    {
        var (storm, _) = Brainstorm.BrainstormFixtures.CreateSut();
        var f = Actor.Facilitator;
        Action idea = () => storm.AddIdea(Actor.ForParticipant("p1"), "an idea", BrainstormCategories.FiveResources[0]);
        var checkedStates = AgreesAtEveryStep<BrainstormState, BrainstormPhase, BrainstormCommand, BrainstormEvent>(
            storm, () => storm.StartRound(f), idea, () => storm.EndRound(f), () => storm.BeginClarifying(f), () => storm.BeginClustering(f), () => storm.BeginVoting(f), () => storm.EndVoting(f), () => storm.Close(f));
        Assert.Equal((BrainstormPhase.Closed, 8), (storm.Phase, checkedStates));

        // Two days of two slots each: evening news and morning announcements between them.
        var (space, _) = OpenSpace.OpenSpaceFixture.InMarketplace(OpenSpace.OpenSpaceFixture.Design(days: 2));
        Action[] day = [() => space.StartNextSlot(f), () => space.StartNextSlot(f)];
        checkedStates = AgreesAtEveryStep<OpenSpaceState, OpenSpacePhase, OpenSpaceCommand, OpenSpaceEvent>(
            space, [.. day, () => space.BeginEveningNews(f), () => space.BeginMorningAnnouncements(f), .. day, () => space.BeginConvergence(f), () => space.BeginActionPlanning(f), () => space.BeginClosingCircle(f), () => space.Close(f)]);
        Assert.Equal((OpenSpacePhase.Closed, 10), (space.Phase, checkedStates));
    }

    // Runs each step on a session and holds the book's answers against Stateless's in the state it leaves; returns how many states were checked.
    private static int AgreesAtEveryStep<TState, TPhase, TCommand, TEvent>(object session, params Action[] steps)
        where TState : class
        where TPhase : struct, Enum
        where TCommand : struct, Enum
        where TEvent : SessionEvent
    {
        var book = (PhaseBook<TState, TPhase, TCommand>)Phases(Field(session, "_rules"));
        var engine = (SessionEngine<TState, TEvent>)Field(session, "_engine");
        var phaseOf = (Func<TState, TPhase>)(s => book.PhaseOf(s));
        var checkedStates = 0;
        foreach (var step in steps)
        {
            step();
            engine.Read(state =>
            {
                AssertAgrees(book, state, phaseOf);
                return ++checkedStates;
            });
        }

        return checkedStates;
    }

    private static object Field(object owner, string name) =>
        owner.GetType().GetField(name, BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(owner)!;

    // The rules' phase machine (PhasedRules.Phases, protected).
    private static object Phases(object rules) =>
        rules.GetType().GetProperty("Phases", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(rules)!;

    private static void AssertAgrees<TState, TPhase, TCommand>(PhaseBook<TState, TPhase, TCommand> book, TState state, Func<TState, TPhase> phaseOf)
        where TState : class
        where TPhase : struct, Enum
        where TCommand : struct, Enum
    {
        var to = phaseOf(state);
        var machine = book.ToStateMachine(() => phaseOf(state));
        foreach (var command in Enum.GetValues<TCommand>())
        {
            book.Ask(state);
            var expected = machine.CanFire(command);
            TPhase? answered;
            try
            {
                answered = book.Ensure(state, command);
            }
            catch (CommandRejectedException)
            {
                answered = null;
            }

            Assert.Equal((command, expected), (command, answered is not null));
            if (answered is { } phase)
            {
                // Fire on a machine of its own: the phase it would move to, without touching the state.
                book.Ask(state);
                var movable = book.ToStateMachine(() => to);
                var reached = to;
                movable.OnTransitioned(t => reached = t.Destination);
                movable.Fire(command);
                Assert.Equal((command, reached), (command, phase));
            }
        }

        // The book never lists the timer's own commands; everything it lists, Stateless permits.
        book.Ask(state);
#pragma warning disable CS0618 // synchronous guards only
        var permitted = machine.GetPermittedTriggers().Distinct().Order().Select(c => c.ToString()).ToList();
#pragma warning restore CS0618
        Assert.Subset(permitted.ToHashSet(), book.Permitted(state).ToHashSet());
    }

    [Fact]
    public void Ensure_ReturnsThePhaseEachCommandLeadsTo_WhetherItStaysLeavesOrDependsOnAGuard()
    {
        var book = Book();
        var cases = new (BookCommand Command, bool AutoAdvance, BookPhase To)[]
        {
            (BookCommand.Note, false, BookPhase.Open),
            (BookCommand.Join, false, BookPhase.Open),
            (BookCommand.Skip, false, BookPhase.Open),
            (BookCommand.Close, false, BookPhase.Closed),
            (BookCommand.TimeUp, false, BookPhase.Open),
            (BookCommand.TimeUp, true, BookPhase.Closed),
        };

        foreach (var (command, autoAdvance, to) in cases)
        {
            var state = new BookState { AutoAdvance = autoAdvance };
            Assert.Equal((command, autoAdvance, to), (command, autoAdvance, book.Ensure(state, command)));
            Assert.Equal(BookPhase.Open, state.Phase);
        }
    }

    [Fact]
    public void Ensure_OfACommandThatStays_IsRefusedWhenItsGuardFails_AndInAPhaseThatDoesNotTakeIt()
    {
        var book = Book();

        var full = Assert.Throws<CommandRejectedException>(() => book.Ensure(new BookState { Notes = 2 }, BookCommand.Note));
        Assert.Equal(RejectionKind.WrongPhase, full.Kind);
        Assert.Contains("room for a note", full.Reason, StringComparison.Ordinal);

        var closed = Assert.Throws<CommandRejectedException>(() => book.Ensure(new BookState { Phase = BookPhase.Closed }, BookCommand.Note));
        Assert.Equal(RejectionKind.WrongPhase, closed.Kind);
    }

    private static PhaseBook<BookState, BookPhase, BookCommand> Book() => new(s => s.Phase, (m, state) =>
    {
        m.Configure(BookPhase.Anytime).InternalTransition(BookCommand.Join, _ => { });
        m.Configure(BookPhase.Open)
            .SubstateOf(BookPhase.Anytime)
            .InternalTransitionIf(BookCommand.Note, _ => state().Notes < 2, _ => { }, "room for a note")
            .Ignore(BookCommand.Skip)
            .Permit(BookCommand.Close, BookPhase.Closed)
            .PermitIf(BookCommand.TimeUp, BookPhase.Closed, () => state().AutoAdvance, "auto-advance")
            .InternalTransitionIf(BookCommand.TimeUp, _ => !state().AutoAdvance, _ => { }, "no auto-advance");
        m.Configure(BookPhase.Closed);
    });

    // Join is configured once, on a superphase BookPhase does not declare (as the methods configure people coming and going).
    private static PhaseBook<BookState, BookPhase, BookCommand> SuperphaseBook() => new(s => s.Phase, (m, state) =>
    {
        const BookPhase gathered = (BookPhase)100;
        m.Superphase(gathered, "Gathered")
            .InternalTransitionIf(BookCommand.Join, _ => state().Notes < 2, _ => { }, "room for a note");
        m.Configure(BookPhase.Anytime).SubstateOf(gathered).Permit(BookCommand.Close, BookPhase.Closed);
        m.Configure(BookPhase.Open).SubstateOf(gathered)
            .InternalTransition(BookCommand.Note, _ => { })
            .Permit(BookCommand.Close, BookPhase.Closed);
        m.Configure(BookPhase.Closed);
    });
}
