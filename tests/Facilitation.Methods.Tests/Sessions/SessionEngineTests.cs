using Facilitation.Methods.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Sessions;

public class SessionEngineTests
{
    private static readonly Actor Ana = Actor.ForParticipant("ana");
    private static readonly Actor Bo = Actor.ForParticipant("bo");
    private readonly FakeTimeProvider _clock = new(Tally.Start);

    [Fact]
    public void Execute_DefaultActor_IsRefusedAndChangesNothing()
    {
        using var sut = Started();
        var before = sut.Save();
        var e = Assert.Throws<CommandRejectedException>(() => sut.Execute(default, new TallyAdded("x", false), null));
        Assert.Equal(RejectionKind.NotPermitted, e.Kind);
        Assert.Contains("default(Actor) is not an actor", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, sut.Save());
    }

    [Fact]
    public void Execute_RetrySameActorAndPayload_ReturnsFirstEventOnce_AlsoAfterRestore()
    {
        using var sut = Started();
        var first = sut.Execute(Ana, new TallyAdded("idea", false), CommandOptions.WithId("c1"));
        var again = sut.Execute(Ana, new TallyAdded("idea", false), CommandOptions.WithId("c1"));
        Assert.Same(first, again);
        Assert.Equal(2, sut.Version);

        using var restored = Tally.Restore(sut.Save(), _clock);
        var afterRestore = restored.Execute(Ana, new TallyAdded("idea", false), CommandOptions.WithId("c1"));
        Assert.Equal(first.Version, afterRestore.Version);
        Assert.Equivalent(first, afterRestore, strict: true);
        Assert.Equal(2, restored.Version);
    }

    [Fact]
    public void Execute_SameIdOtherPayloadActorOrCommand_IsRefusedAsConflict()
    {
        using var sut = Started();
        sut.Execute(Ana, new TallyAdded("idea", false), CommandOptions.WithId("c1"));
        var before = sut.Save();

        var payload = Assert.Throws<CommandRejectedException>(() => sut.Execute(Ana, new TallyAdded("other", false), CommandOptions.WithId("c1")));
        var actor = Assert.Throws<CommandRejectedException>(() => sut.Execute(Bo, new TallyAdded("idea", false), CommandOptions.WithId("c1")));
        var command = Assert.Throws<CommandRejectedException>(() => sut.Execute(Ana, new TallyClosed(), CommandOptions.WithId("c1")));

        Assert.All([payload, actor, command], e => Assert.Equal(RejectionKind.Conflict, e.Kind));
        Assert.Contains("with other content", payload.Reason, StringComparison.Ordinal);
        Assert.Contains("by someone else", actor.Reason, StringComparison.Ordinal);
        Assert.Contains("already used for Add", command.Reason, StringComparison.Ordinal);
        Assert.Equal(before, sut.Save());
    }

    [Fact]
    public void Execute_StaleExpectedVersion_IsRefused_CurrentIsAccepted()
    {
        using var sut = Started();
        var stale = Assert.Throws<CommandRejectedException>(() => sut.Execute(Ana, new TallyAdded("x", false), new CommandOptions { ExpectedVersion = 0 }));
        Assert.Equal(RejectionKind.Conflict, stale.Kind);
        Assert.Contains("expected version 0, but the session is at version 1", stale.Reason, StringComparison.Ordinal);
        sut.Execute(Ana, new TallyAdded("x", false), new CommandOptions { ExpectedVersion = 1 });
        Assert.Equal(2, sut.Version);
    }

    [Fact]
    public void Execute_WrongPhase_NamesPhaseCommandAndWhatIsAllowed()
    {
        using var sut = Tally.Create(_clock);
        var e = Assert.Throws<CommandRejectedException>(() => sut.Execute(Ana, new TallyAdded("x", false), null));
        Assert.Equal(RejectionKind.WrongPhase, e.Kind);
        Assert.Equal("Gathering", e.Phase);
        Assert.Equal(["Start"], e.PermittedCommands.ToArray());
        Assert.Equal("Add is not possible while the session is in Gathering.", sut.WhyRefused("Add"));
        Assert.Null(sut.WhyRefused("Start"));
    }

    [Fact]
    public void WhyRefused_UnmetGuard_NamesTheGuard()
    {
        using var sut = Started();
        Assert.Equal("Resume needs the timebox is paused.", sut.WhyRefused("Resume"));
        Assert.StartsWith("'Dance' is not a command of this method", sut.WhyRefused("Dance"), StringComparison.Ordinal);
    }

    [Fact]
    public void SaveRestoreSave_IsByteIdentical_AndRecordsRestoreTheSame()
    {
        using var sut = Started();
        sut.Execute(Ana, new TallyAdded("第一个想法", false), CommandOptions.WithId("c1"));
        sut.Execute(Bo, new TallyAdded("secret", true), CommandOptions.WithId("c2"));
        sut.Execute(Actor.Facilitator, new TallyPaused(), null);
        var saved = sut.Save();

        using var restored = Tally.Restore(saved, _clock);
        Assert.Equal(saved, restored.Save());
        Assert.Contains("第一个想法", saved, StringComparison.Ordinal);
        Assert.Contains("\"design\":{\"title\":\"茶话会\"", saved, StringComparison.Ordinal);

        using var fromRecords = Tally.Restore(SessionDocument.ReadHeader(sut.DesignJson, "tally"), sut.GetEventRecords(), _clock);
        Assert.Equal(saved, fromRecords.Save());
        Assert.Equal(EventRecords.Held(sut.GetEventRecords(2)), EventRecords.Held(fromRecords.GetEventRecords(2)));
        Assert.Equal([3, 4], fromRecords.GetEventRecords(2).Select(r => r.Version));
    }

    [Fact]
    public void AnonymousContribution_KeepsNoActorAndNoCommandId_ButRetriesStayIdempotent()
    {
        using var sut = Started();
        var e = sut.Execute(Bo, new TallyAdded("secret", true), CommandOptions.WithId("bo-command-7"));
        Assert.Equal(Actor.Anonymous, e.Actor);
        Assert.Null(e.CommandId);
        var saved = sut.Save();
        Assert.DoesNotContain("bo", saved.Replace("\"tallyAdded\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var other = Assert.Throws<CommandRejectedException>(() => sut.Execute(Ana, new TallyAdded("secret", true), CommandOptions.WithId("bo-command-7")));
        Assert.Equal(RejectionKind.Conflict, other.Kind);

        using var restored = Tally.Restore(saved, _clock);
        Assert.Equal(2, restored.Execute(Bo, new TallyAdded("secret", true), CommandOptions.WithId("bo-command-7")).Version);
        Assert.Throws<CommandRejectedException>(() => restored.Execute(Bo, new TallyAdded("changed", true), CommandOptions.WithId("bo-command-7")));
        Assert.Equal(2, restored.Version);
    }

    [Fact]
    public void Subscribers_ThrowingSubscriberAndThrowingErrorHandler_CostNothing()
    {
        using var sut = Tally.Create(_clock, onError: _ => throw new InvalidOperationException("handler fails too"));
        var received = new List<long>();
        using var bad = sut.OnEvent(_ => throw new InvalidOperationException("subscriber fails"));
        using var good = sut.OnEvent(e => received.Add(e.Version));

        sut.Execute(Actor.Facilitator, new TallyStarted(TimeSpan.FromMinutes(5)), null);
        sut.Execute(Ana, new TallyAdded("x", false), null);
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal([1, 2, 3], received);
        Assert.Equal("Closed", sut.Phase);
    }

    [Fact]
    public void Subscribers_ReceiveEventsInVersionOrderWithoutGaps_UnderConcurrency()
    {
        using var sut = Started();
        var received = new List<long>();
        using var _ = sut.OnEvent(e => received.Add(e.Version));
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => sut.Execute(Actor.ForParticipant($"p{i % 16}"), new TallyAdded($"n{i}", false), CommandOptions.WithId($"c{i % 50}-{i}")));
        Assert.Equal(Enumerable.Range(2, 200).Select(v => (long)v), received);
    }

    [Fact]
    public void Subscribers_AddedLater_GetTheLaterEventsOnly_AndEventsWithoutSubscribersAreNotKeptForThem()
    {
        using var sut = Started();
        sut.Execute(Ana, new TallyAdded("before anyone listens", false), null);
        var first = new List<long>();
        var second = new List<long>();
        using (sut.OnEvent(e => first.Add(e.Version)))
        {
            sut.Execute(Ana, new TallyAdded("heard by one", false), null);
            using var later = sut.OnEvent(e => second.Add(e.Version));
            sut.Execute(Bo, new TallyAdded("heard by both", false), null);
        }

        sut.Execute(Bo, new TallyAdded("after both left", false), null);
        using var last = sut.OnEvent(e => second.Add(e.Version));
        sut.Execute(Ana, new TallyAdded("heard by the last", false), null);

        Assert.Equal([3, 4], first);
        Assert.Equal([4, 6], second);
        Assert.Equal(6, sut.Version);
    }

    [Fact]
    public void Timer_PauseAndResume_ShiftTheTimeUp_AndSurviveRestore()
    {
        using var sut = Started(TimeSpan.FromMinutes(10));
        _clock.Advance(TimeSpan.FromMinutes(4));
        sut.Execute(Actor.Facilitator, new TallyPaused(), null);
        _clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal("Counting", sut.Phase);

        var saved = sut.Save();
        sut.Dispose();
        using var restored = Tally.Restore(saved, _clock);
        restored.Execute(Actor.Facilitator, new TallyResumed(), null);
        _clock.Advance(TimeSpan.FromMinutes(6) - TimeSpan.FromSeconds(1));
        Assert.Equal("Counting", restored.Phase);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("Closed", restored.Phase);
        Assert.IsType<TallyTimeUp>(restored.Events[^1]);
        Assert.Equal(Actor.System, restored.Events[^1].Actor);
    }

    [Fact]
    public void Timer_RunningTimeboxAfterRestore_RingsAtTheSavedEnd()
    {
        using var sut = Started(TimeSpan.FromMinutes(10));
        var saved = sut.Save();
        sut.Dispose();
        _clock.Advance(TimeSpan.FromMinutes(3));
        using var restored = Tally.Restore(saved, _clock);
        _clock.Advance(TimeSpan.FromMinutes(7));
        Assert.Equal("Closed", restored.Phase);
    }

    [Fact]
    public void Dispose_StopsTheTimer_AndLaterCommandsThrow()
    {
        var sut = Started(TimeSpan.FromMinutes(1));
        sut.Dispose();
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("Counting", sut.Phase);
        Assert.Equal(1, sut.Version);
        Assert.Throws<ObjectDisposedException>(() => sut.Execute(Ana, new TallyAdded("x", false), null));
    }

    [Fact]
    public void Restore_EventThatBreaksARule_IsRefusedWhenRead()
    {
        using var sut = Started();
        sut.Execute(Ana, new TallyAdded("x", false), null);
        var forged = sut.Save().Replace("\"actor\":\"participant:ana\"", "\"actor\":\"facilitator\"", StringComparison.Ordinal);
        var e = Assert.Throws<SessionDocumentException>(() => Tally.Restore(forged, _clock));
        Assert.Contains("Event 2 (tallyAdded) does not follow from the rules: Only participants add items", e.Message, StringComparison.Ordinal);

        var renumbered = sut.Save().Replace("\"number\":1", "\"number\":5", StringComparison.Ordinal);
        Assert.Contains("raises a different event", Assert.Throws<SessionDocumentException>(() => Tally.Restore(renumbered, _clock)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"version\":2", "\"version\":3", "Event 2 has version 3, but 2 was expected")]
    [InlineData("\"formatVersion\":2", "\"formatVersion\":9", "format version 9")]
    [InlineData("\"method\":\"tally\"", "\"method\":\"cafe\"", "is not a tally session")]
    [InlineData("\"data\":{", "\"extra\":1,\"data\":{", "unexpected or malformed field 'extra'")]
    [InlineData("\"tallyAdded\"", "\"tallyRemoved\"", "has an unknown type")]
    [InlineData("\"version\":1,", "\"version\":1,\"x\":0,", "is not {\"version\", \"type\", \"event\"}")]
    [InlineData("\"version\":2", "\"version\":\"2\"", "is not {\"version\", \"type\", \"event\"}")]
    [InlineData("\"formatVersion\":2", "\"formatVersion\":\"2\"", "format version \"2\"")]
    public void Restore_DamagedDocument_IsRefusedWithAClearMessage(string find, string replace, string message)
    {
        using var sut = Started();
        sut.Execute(Ana, new TallyAdded("x", false), null);
        var damaged = sut.Save().Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(sut.Save(), damaged);
        var e = Assert.Throws<SessionDocumentException>(() => Tally.Restore(damaged, _clock));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_RepeatedCommandId_IsRefused()
    {
        using var sut = Started();
        sut.Execute(Ana, new TallyAdded("x", false), CommandOptions.WithId("c1"));
        sut.Execute(Ana, new TallyAdded("y", false), CommandOptions.WithId("c2"));
        var damaged = sut.Save().Replace("\"commandId\":\"c2\"", "\"commandId\":\"c1\"", StringComparison.Ordinal);
        Assert.Contains("repeats the command id 'c1'", Assert.Throws<SessionDocumentException>(() => Tally.Restore(damaged, _clock)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_DocumentOverTheSizeCap_IsRefusedBeforeReading()
    {
        var huge = new string(' ', Limits.MaxDocumentLength + 1);
        Assert.Contains("Limits.MaxDocumentLength", Assert.Throws<SessionDocumentException>(() => Tally.Restore(huge, _clock)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_OverAMethodLimit_IsRefusedCleanly_AndTheFullSessionRestores()
    {
        using var sut = Tally.Create(_clock, maxItems: 3);
        sut.Execute(Actor.Facilitator, new TallyStarted(TimeSpan.FromMinutes(5)), null);
        for (var i = 0; i < 3; i++)
        {
            sut.Execute(Ana, new TallyAdded(new string('x', Limits.MaxTextLength), false), null);
        }

        var full = sut.Save();
        Assert.Equal(RejectionKind.Conflict, Assert.Throws<CommandRejectedException>(() => sut.Execute(Ana, new TallyAdded("one more", false), null)).Kind);
        Assert.Equal(full, sut.Save());
        using var restored = Tally.Restore(full, _clock);
        Assert.Equal(full, restored.Save());
    }

    [Fact]
    public void ReadAt_GivesTheVersionTheSnapshotWasTakenAt()
    {
        using var sut = Started();
        var (count, version) = sut.ReadAt(s => s.Items.Count);
        Assert.Equal((0, 1L), (count, version));
    }

    [Fact]
    public void NewId_GeneratesOrNormalisesAndChecks()
    {
        Assert.Equal(32, SessionEngine<TallyState, TallyEvent>.NewId(null).Length);
        Assert.Equal("caf\u00e9", SessionEngine<TallyState, TallyEvent>.NewId(new SessionOptions { Id = "cafe\u0301" }));
        Assert.Throws<ArgumentException>(() => SessionEngine<TallyState, TallyEvent>.NewId(new SessionOptions { Id = "x\uD800" }));
    }

    private SessionEngine<TallyState, TallyEvent> Started(TimeSpan? duration = null)
    {
        var sut = Tally.Create(_clock);
        sut.Execute(Actor.Facilitator, new TallyStarted(duration ?? TimeSpan.FromHours(1)), null);
        return sut;
    }
}
