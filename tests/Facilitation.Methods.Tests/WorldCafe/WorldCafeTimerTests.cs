using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Tests.WorldCafe;

public class WorldCafeTimerTests
{
    private static readonly Actor F = Actor.Facilitator;

    [Fact]
    public void Timer_GivesTheWarningThenTimeUp_AtTheRightMoments()
    {
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Conversation);
        var events = new List<WorldCafeEvent>();
        using var _ = cafe.OnEvent(events.Add);
        clock.Advance(TimeSpan.FromMinutes(17));
        Assert.Empty(events);
        clock.Advance(TimeSpan.FromMinutes(1));
        var warning = Assert.IsType<TimeWarningGiven>(Assert.Single(events));
        Assert.Equal(TimeSpan.FromMinutes(2), warning.Remaining);
        Assert.Equal(Actor.System, warning.Actor);
        Assert.Equal(CafeFixture.Start.AddMinutes(18), warning.OccurredAt);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.IsType<RoundTimeUp>(events[^1]);
        Assert.Equal(WorldCafePhase.Conversation, cafe.Phase); // no auto-advance: the facilitator closes
        Assert.Equal(TimeSpan.Zero, cafe.RemainingTime);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void PermittedCommands_NeverOfferTheTimersOwnCommands_AndRefusalsListTheSame()
    {
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Conversation, CafeFixture.Design() with { AutoAdvance = true });
        foreach (var minutes in new[] { 0, 18, 1 })
        {
            clock.Advance(TimeSpan.FromMinutes(minutes));                 // running, warned, almost up
            Assert.Equal(WorldCafePhase.Conversation, cafe.Phase);
            Assert.DoesNotContain(nameof(WorldCafeCommand.TimeWarning), cafe.PermittedCommands);
            Assert.DoesNotContain(nameof(WorldCafeCommand.TimeUp), cafe.PermittedCommands);
            Assert.Contains("timer only", cafe.WhyRefused("TimeUp"), StringComparison.Ordinal);
            Assert.Contains("timer only", cafe.WhyRefused("TimeWarning"), StringComparison.Ordinal);
            var refusal = Assert.Throws<CommandRejectedException>(() => cafe.Close(F));
            Assert.Equal<string>([.. cafe.PermittedCommands.Select(c => c.ToString())], [.. refusal.PermittedCommands]);
        }

        clock.Advance(TimeSpan.FromMinutes(1));                           // the timer still closes the round
        Assert.Equal(WorldCafePhase.RoundClose, cafe.Phase);
    }

    [Fact]
    public void PauseRound_StopsTheClock_SurvivesSaveAndRestore_AndResumeContinuesWithTheTimeLeft()
    {
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Conversation);
        clock.Advance(TimeSpan.FromMinutes(5));
        cafe.PauseRound(F);
        Assert.True(cafe.RoundTime!.IsPaused);
        Assert.Equal(RejectionKind.WrongPhase, Assert.Throws<CommandRejectedException>(() => cafe.PauseRound(F)).Kind);
        Assert.Equal(RejectionKind.NotPermitted, Assert.Throws<CommandRejectedException>(() => cafe.ResumeRound(Actor.ForParticipant("p05"))).Kind);
        var events = new List<WorldCafeEvent>();
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(TimeSpan.FromMinutes(15), cafe.RemainingTime);
        var saved = cafe.Save();
        cafe.Dispose();
        using var restored = WorldCafeSession.Restore(saved, new SessionOptions { TimeProvider = clock }, CafeFixture.FastPlanner);
        using var _ = restored.OnEvent(events.Add);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Empty(events);
        Assert.True(restored.RoundTime!.IsPaused);
        restored.ResumeRound(F);
        clock.Advance(TimeSpan.FromMinutes(13));
        Assert.Equal([typeof(RoundResumed), typeof(TimeWarningGiven)], events.Select(e => e.GetType()));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.IsType<RoundTimeUp>(events[^1]);
    }

    [Fact]
    public void Timer_WithAutoAdvance_ClosesTheRoundWhenTimeIsUp()
    {
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Conversation, CafeFixture.Design() with { AutoAdvance = true });
        cafe.AddNote(F, "T1", "n");
        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(WorldCafePhase.RoundClose, cafe.Phase);
        Assert.Null(cafe.RoundTime);
    }

    [Fact]
    public void ChangeRoundTime_Extension_MovesWarningAndEnd()
    {
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Conversation);
        var events = new List<WorldCafeEvent>();
        using var _ = cafe.OnEvent(events.Add);
        cafe.ChangeRoundTime(F, TimeSpan.FromMinutes(5));
        Assert.Equal(TimeSpan.FromMinutes(25), cafe.RoundTime!.Duration);
        clock.Advance(TimeSpan.FromMinutes(18));
        Assert.IsType<RoundTimeChanged>(Assert.Single(events));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.IsType<TimeWarningGiven>(events[^1]);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.IsType<RoundTimeUp>(events[^1]);
    }

    [Fact]
    public void ChangeRoundTime_ExtensionAfterTimeUp_RunsTheRoundAgain()
    {
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Conversation);
        clock.Advance(TimeSpan.FromMinutes(20));
        var events = new List<WorldCafeEvent>();
        using var _ = cafe.OnEvent(events.Add);
        cafe.ChangeRoundTime(F, TimeSpan.FromMinutes(10));
        Assert.Equal(TimeSpan.FromMinutes(10), cafe.RemainingTime);
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal([typeof(RoundTimeChanged), typeof(TimeWarningGiven), typeof(RoundTimeUp)], events.Select(e => e.GetType()));
    }

    [Fact]
    public void ChangeRoundTime_ShorteningPastTheEnd_ClosesTheRoundAtOnce_WithoutAWarning()
    {
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Conversation, CafeFixture.Design() with { AutoAdvance = true });
        clock.Advance(TimeSpan.FromMinutes(5));
        var events = new List<WorldCafeEvent>();
        using var _ = cafe.OnEvent(events.Add);
        cafe.ChangeRoundTime(F, TimeSpan.FromMinutes(-16));
        Assert.Equal([typeof(RoundTimeChanged), typeof(CafePhaseChanged)], events.Select(e => e.GetType()));
        var closed = Assert.IsType<CafePhaseChanged>(events[1]);
        Assert.Equal((nameof(WorldCafeCommand.TimeUp), WorldCafePhase.Conversation, WorldCafePhase.RoundClose), (closed.Command, closed.From, closed.To));
        Assert.Equal(events[0].Version + 1, closed.Version);
        Assert.Equal(WorldCafePhase.RoundClose, cafe.Phase);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void ChangeRoundTime_ByZeroOrByAParticipant_IsRefused()
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Conversation);
        Assert.Equal(RejectionKind.InvalidInput, Assert.Throws<CommandRejectedException>(() => cafe.ChangeRoundTime(F, TimeSpan.Zero)).Kind);
        Assert.Equal(RejectionKind.InvalidInput, Assert.Throws<CommandRejectedException>(() => cafe.ChangeRoundTime(F, TimeSpan.FromDays(8))).Kind);
        Assert.Equal(RejectionKind.NotPermitted, Assert.Throws<CommandRejectedException>(() => cafe.ChangeRoundTime(Actor.ForParticipant("p05"), TimeSpan.FromMinutes(1))).Kind);
    }

    [Fact]
    public void CloseRound_BeforeTimeIsUp_StopsTheTimers()
    {
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Conversation);
        cafe.CloseRound(F);
        var version = cafe.Version;
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(version, cafe.Version);
    }

    [Fact]
    public void Dispose_StopsTheTimers()
    {
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Conversation);
        var version = cafe.Version;
        cafe.Dispose();
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(version, cafe.Version);
    }

    [Fact]
    public void Restore_MidRound_RecomputesTheRemainingTimeFromTheClock()
    {
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Conversation);
        clock.Advance(TimeSpan.FromMinutes(5));
        var saved = cafe.Save();
        cafe.Dispose();
        clock.Advance(TimeSpan.FromMinutes(5)); // the document sat in storage for five minutes
        using var restored = WorldCafeSession.Restore(saved, new SessionOptions { TimeProvider = clock }, CafeFixture.FastPlanner);
        Assert.Equal(TimeSpan.FromMinutes(10), restored.RemainingTime);
        var events = new List<WorldCafeEvent>();
        using var _ = restored.OnEvent(events.Add);
        clock.Advance(TimeSpan.FromMinutes(8));
        Assert.IsType<TimeWarningGiven>(Assert.Single(events));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.IsType<RoundTimeUp>(events[^1]);
    }
}
