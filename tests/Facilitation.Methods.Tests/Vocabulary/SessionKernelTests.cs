using Microsoft.Extensions.Time.Testing;
using Stateless;

namespace Facilitation.Methods.Tests.Vocabulary;

public class SessionKernelTests
{
    private sealed record Noted(string Text) : SessionEvent;

    private enum Phase { Open, Closed }

    private enum Command { Note, Close }

    private static SessionKernel<Noted> CreateSut(Action<Exception>? onError = null) =>
        new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero)), onError);

    [Fact]
    public void Execute_StampsVersionTimeActorAndCommandId()
    {
        var kernel = CreateSut();
        var received = new List<Noted>();
        using var _ = kernel.Subscribe(new ActionObserver<Noted>(received.Add));
        kernel.Execute("cmd-1", Actor.ForParticipant("p1"), (_, events) => { events.Add(new Noted("a")); return 1; });
        var e = Assert.Single(received);
        Assert.Equal(1, e.Version);
        Assert.Equal("cmd-1", e.CommandId);
        Assert.True(e.Actor.Is("p1"));
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero), e.OccurredAt);
        Assert.Equal(1, kernel.Version);
    }

    [Fact]
    public void Execute_SameCommandIdTwice_AppliesOnceAndReturnsFirstResult()
    {
        var kernel = CreateSut();
        var applied = 0;
        var first = kernel.Execute("same", Actor.Facilitator, (_, events) => { events.Add(new Noted("x")); return ++applied; });
        var second = kernel.Execute("same", Actor.Facilitator, (_, events) => { events.Add(new Noted("x")); return ++applied; });
        Assert.Equal(1, first);
        Assert.Equal(1, second);
        Assert.Equal(1, applied);
        Assert.Single(kernel.Events);
    }

    [Fact]
    public void Execute_RejectedCommand_UsesNoVersionAndRaisesNothing()
    {
        var kernel = CreateSut();
        Assert.Throws<CommandRejectedException>(() => kernel.Execute<int>("c", Actor.Facilitator, (_, _) =>
            throw new CommandRejectedException("Open", "Note", RejectionKind.InvalidInput, "Blank.", [])));
        Assert.Equal(0, kernel.Version);
        Assert.Empty(kernel.Events);
        // The id of a refused command is not remembered: a corrected retry with the same id is applied.
        Assert.Equal(7, kernel.Execute("c", Actor.Facilitator, (_, events) => { events.Add(new Noted("ok")); return 7; }));
    }

    [Fact]
    public void Subscribers_ThatThrow_AreReported_AndOthersStillReceive()
    {
        var errors = new List<Exception>();
        var kernel = CreateSut(errors.Add);
        var received = 0;
        using var bad = kernel.Subscribe(new ActionObserver<Noted>(_ => throw new InvalidOperationException("boom")));
        using var good = kernel.Subscribe(new ActionObserver<Noted>(_ => received++));
        kernel.Execute(null, Actor.Facilitator, (_, events) => { events.Add(new Noted("a")); return 0; });
        Assert.Equal(1, received);
        Assert.Equal("boom", Assert.Single(errors).Message);
        Assert.Equal(1, kernel.Version);
    }

    [Fact]
    public void Subscriber_CallingBackIn_GetsEventsInVersionOrder()
    {
        var kernel = CreateSut();
        var seen = new List<long>();
        using var _ = kernel.Subscribe(new ActionObserver<Noted>(e =>
        {
            seen.Add(e.Version);
            if (e.Text == "first")
            {
                kernel.Execute(null, Actor.System, (_, events) => { events.Add(new Noted("reply")); return 0; });
            }
        }));
        kernel.Execute(null, Actor.Facilitator, (_, events) => { events.AddRange([new Noted("first"), new Noted("second")]); return 0; });
        Assert.Equal([1L, 1L, 2L], seen);
    }

    [Fact]
    public void Unsubscribe_StopsDelivery()
    {
        var kernel = CreateSut();
        var received = 0;
        var subscription = kernel.Subscribe(new ActionObserver<Noted>(_ => received++));
        kernel.Execute(null, Actor.Facilitator, (_, events) => { events.Add(new Noted("a")); return 0; });
        subscription.Dispose();
        kernel.Execute(null, Actor.Facilitator, (_, events) => { events.Add(new Noted("b")); return 0; });
        Assert.Equal(1, received);
    }

    [Fact]
    public async Task Execute_FromManyThreads_LosesNothingAndNumbersWithoutGaps()
    {
        var kernel = CreateSut();
        var received = new System.Collections.Concurrent.ConcurrentBag<long>();
        using var _ = kernel.Subscribe(new ActionObserver<Noted>(e => received.Add(e.Version)));
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                kernel.Execute($"t{t}-{i % 250}", Actor.Facilitator, (_, events) => { events.Add(new Noted("n")); return 0; });
            }
        })));
        Assert.Equal(8 * 250, kernel.Version);
        Assert.Equal(Enumerable.Range(1, 2000).Select(i => (long)i), received.Order());
    }

    [Fact]
    public void PhaseMachine_RefusalNamesPhaseAndPermittedCommands()
    {
        var phase = Phase.Open;
        var machine = new StateMachine<Phase, Command>(() => phase, p => phase = p);
        machine.Configure(Phase.Open).InternalTransition(Command.Note, () => { }).Permit(Command.Close, Phase.Closed);
        PhaseMachine.EnsurePermitted(machine, Command.Note);
        machine.Fire(Command.Close);
        var e = Assert.Throws<CommandRejectedException>(() => PhaseMachine.EnsurePermitted(machine, Command.Note));
        Assert.Equal("Closed", e.Phase);
        Assert.Equal("Note", e.Command);
        Assert.Empty(e.PermittedCommands);
        Assert.Contains("stateDiagram-v2", PhaseMachine.ToMermaid(machine), StringComparison.Ordinal);
    }
}
