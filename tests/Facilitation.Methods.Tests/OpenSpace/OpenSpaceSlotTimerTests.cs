using Facilitation.Methods.OpenSpace;
using Microsoft.Extensions.Time.Testing;
using static Facilitation.Methods.Tests.OpenSpace.OpenSpaceFixture;

namespace Facilitation.Methods.Tests.OpenSpace;

/// <summary>Open Space slots are timeboxes on the session's one timer: a warning, a time-up, pause, resume and change, kept by save/restore.</summary>
public class OpenSpaceSlotTimerTests
{
    private static (OpenSpaceSession Session, FakeTimeProvider Clock, List<OpenSpaceEvent> Events) Running()
    {
        var (session, clock) = InMarketplace();
        session.StartNextSlot(Host);
        var events = new List<OpenSpaceEvent>();
        session.OnEvent(events.Add);
        return (session, clock, events);
    }

    [Fact]
    public void Timer_WarnsFiveMinutesBeforeTheEnd_ThenSaysTimeIsUp_AndTheSlotGoesOnUntilTheFacilitatorMovesOn()
    {
        var (session, clock, events) = Running();
        var started = clock.GetUtcNow();
        Assert.Equivalent(new Timebox(started, TimeSpan.FromMinutes(90)), session.SlotTime, strict: true);
        clock.Advance(TimeSpan.FromMinutes(84));
        Assert.Empty(events);
        clock.Advance(TimeSpan.FromMinutes(1));
        var warning = Assert.IsType<SlotTimeWarningGiven>(Assert.Single(events));
        Assert.Equal((1, TimeSpan.FromMinutes(5)), (warning.Slot, warning.Remaining));
        Assert.Equal(Actor.System, warning.Actor);
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, Assert.IsType<SlotTimeUp>(events[^1]).Slot);
        Assert.Equal(OpenSpacePhase.SessionsRunning, session.Phase);
        Assert.Equal(TimeSpan.Zero, session.RemainingInSlot());
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(2, events.Count);
        session.StartNextSlot(Host);                                  // the next slot gets its own timebox
        clock.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal([2, 2], events.Skip(3).Select(e => e is SlotTimeWarningGiven w ? w.Slot : ((SlotTimeUp)e).Slot));
    }

    [Fact]
    public void PermittedCommands_NeverOfferTheTimersCommands_AndOnlyTheTimerSendsThem()
    {
        var (session, clock, _) = Running();
        clock.Advance(TimeSpan.FromMinutes(86));
        Assert.Contains(nameof(OpenSpaceCommand.PauseSlot), session.PermittedCommands);
        Assert.Contains(nameof(OpenSpaceCommand.ChangeSlotTime), session.PermittedCommands);
        Assert.DoesNotContain(nameof(OpenSpaceCommand.SlotTimeWarning), session.PermittedCommands);
        Assert.DoesNotContain(nameof(OpenSpaceCommand.SlotTimeUp), session.PermittedCommands);
        Assert.Contains("timer only", session.WhyRefused("SlotTimeUp"), StringComparison.Ordinal);
        var e = Assert.Throws<CommandRejectedException>(() => session.PauseSlot(Actor.System));
        Assert.Equal(RejectionKind.NotPermitted, e.Kind);
    }

    [Fact]
    public void PauseSlot_StopsTheClock_SurvivesSaveAndRestore_AndResumeContinuesWithTheTimeLeft()
    {
        var (session, clock, events) = Running();
        clock.Advance(TimeSpan.FromMinutes(30));
        session.PauseSlot(Host);
        Assert.True(session.SlotTime!.IsPaused);
        Assert.Equal(RejectionKind.WrongPhase, Assert.Throws<CommandRejectedException>(() => session.PauseSlot(Host)).Kind);
        Assert.Equal(RejectionKind.NotPermitted, Assert.Throws<CommandRejectedException>(() => session.ResumeSlot(P(1))).Kind);
        clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(TimeSpan.FromMinutes(60), session.RemainingInSlot());
        Assert.Single(events);                                        // only the pause: no warning while paused
        var saved = session.Save();
        session.Dispose();

        using var restored = OpenSpaceSession.Restore(saved, new SessionOptions { TimeProvider = clock });
        var later = new List<OpenSpaceEvent>();
        restored.OnEvent(later.Add);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Empty(later);
        Assert.True(restored.SlotTime!.IsPaused);
        Assert.Equal(TimeSpan.FromMinutes(60), restored.RemainingInSlot());
        restored.ResumeSlot(Host);
        clock.Advance(TimeSpan.FromMinutes(55));
        Assert.Equal([typeof(SlotResumed), typeof(SlotTimeWarningGiven)], later.Select(e => e.GetType()));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.IsType<SlotTimeUp>(later[^1]);
    }

    [Fact]
    public void ChangeSlotTime_MovesTheEnd_AndTheWarningAndTimeUpComeAgainWhenLengthened()
    {
        var (session, clock, events) = Running();
        clock.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal([typeof(SlotTimeWarningGiven), typeof(SlotTimeUp)], events.Select(e => e.GetType()));
        session.ChangeSlotTime(Host, TimeSpan.FromMinutes(20));
        Assert.Equal(TimeSpan.FromMinutes(20), session.RemainingInSlot());
        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal([typeof(SlotTimeWarningGiven), typeof(SlotTimeUp), typeof(SlotTimeChanged), typeof(SlotTimeWarningGiven), typeof(SlotTimeUp)], events.Select(e => e.GetType()));
        Assert.Equal(RejectionKind.InvalidInput, Assert.Throws<CommandRejectedException>(() => session.ChangeSlotTime(Host, TimeSpan.Zero)).Kind);
        Assert.Equal(RejectionKind.NotPermitted, Assert.Throws<CommandRejectedException>(() => session.ChangeSlotTime(P(2), TimeSpan.FromMinutes(5))).Kind);
        session.ChangeSlotTime(Host, TimeSpan.FromMinutes(-30));      // shortened: already over, nothing more to say
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(6, events.Count);
    }

    [Fact]
    public void SaveRestore_MidSlot_KeepsTheRemainingTime_AndTheTimerCarriesOn()
    {
        var (session, clock, _) = Running();
        clock.Advance(TimeSpan.FromMinutes(40));
        session.ChangeSlotTime(Host, TimeSpan.FromMinutes(10));
        var saved = session.Save();
        session.Dispose();
        var restoredClock = new FakeTimeProvider(clock.GetUtcNow());
        using var restored = OpenSpaceSession.Restore(saved, new SessionOptions { TimeProvider = restoredClock });
        Assert.Equal(saved, restored.Save());
        Assert.Equal(TimeSpan.FromMinutes(60), restored.RemainingInSlot());
        var events = new List<OpenSpaceEvent>();
        restored.OnEvent(events.Add);
        restoredClock.Advance(TimeSpan.FromMinutes(55));
        restoredClock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal([typeof(SlotTimeWarningGiven), typeof(SlotTimeUp)], events.Select(e => e.GetType()));
        Assert.Equal(TimeSpan.FromMinutes(5), ((SlotTimeWarningGiven)events[0]).Remaining);
    }

    [Fact]
    public void EndingTheDaysSessions_StopsTheSlotTimer()
    {
        var (session, clock) = InMarketplace(Design(slots: 1, days: 2));
        session.StartNextSlot(Host);
        session.BeginEveningNews(Host);
        Assert.Null(session.SlotTime);
        var events = new List<OpenSpaceEvent>();
        session.OnEvent(events.Add);
        clock.Advance(TimeSpan.FromHours(5));
        Assert.Empty(events);
        Assert.DoesNotContain(nameof(OpenSpaceCommand.PauseSlot), session.PermittedCommands);
    }
}
