using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.Tests.Sessions;

internal enum BookPhase { Anytime, Open, Closed }

internal enum BookCommand { Note, Join, Skip, Close, TimeUp }

internal sealed class BookState
{
    public BookPhase Phase { get; set; } = BookPhase.Open;

    public bool AutoAdvance { get; init; }

    public int Notes { get; init; }
}

// PhaseBook.Ensure skips Stateless's Fire for commands that can only stay in their phase (internal or ignored transitions, also
// inherited from a superphase); these tests pin that it still answers the phase Fire would, and still refuses on a failed guard.
public class PhaseBookTests
{
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
}
