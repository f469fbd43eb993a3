using C = Facilitation.Methods.WorldCafe.WorldCafeCommand;

namespace Facilitation.Methods.WorldCafe;

/// <content>Round timers: a warning before the end and a time-up signal, through <see cref="TimeProvider.CreateTimer"/>. A timer only ever sends a command through the gate; a stale timer (after an extension or a close) is ignored by its generation number.</content>
public sealed partial class WorldCafeSession
{
    private ITimer? _warningTimer;
    private ITimer? _endTimer;
    private int _timerGeneration;
    private bool _disposed;

    private void ArmTimers(DateTimeOffset now)
    {
        DisarmTimers();
        if (_disposed || _s.Phase != WorldCafePhase.Conversation || _s.RoundTime is null)
        {
            return;
        }

        var generation = _timerGeneration;
        var remaining = _s.RoundTime.EndsAt - now;
        var minimum = TimeSpan.FromTicks(1);
        if (!_s.WarningGiven && Design.WarningBeforeEnd > TimeSpan.Zero)
        {
            var due = remaining - Design.WarningBeforeEnd;
            _warningTimer = _kernel.Clock.CreateTimer(OnTimer, (C.TimeWarning, generation), due > minimum ? due : minimum, Timeout.InfiniteTimeSpan);
        }

        if (!_s.TimeUpGiven)
        {
            _endTimer = _kernel.Clock.CreateTimer(OnTimer, (C.TimeUp, generation), remaining > minimum ? remaining : minimum, Timeout.InfiniteTimeSpan);
        }
    }

    private void DisarmTimers()
    {
        _timerGeneration++;
        _warningTimer?.Dispose();
        _endTimer?.Dispose();
        _warningTimer = null;
        _endTimer = null;
    }

    private void OnTimer(object? state)
    {
        var (signal, generation) = ((C, int))state!;
        _kernel.Execute(null, Actor.System, (now, events) =>
        {
            if (_disposed || generation != _timerGeneration || !_machine.CanFire(signal) || _s.RoundTime is null)
            {
                return Done;
            }

            var remaining = _s.RoundTime.EndsAt - now;
            if (signal == C.TimeWarning && !_s.WarningGiven)
            {
                if (remaining > Design.WarningBeforeEnd)
                {
                    ArmTimers(now);
                }
                else
                {
                    // A clock that jumps (a fake clock, a suspended machine) may deliver the warning late; it is still given, once.
                    GiveWarning(events, remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
                }
            }
            else if (signal == C.TimeUp && !_s.TimeUpGiven)
            {
                if (remaining > TimeSpan.Zero)
                {
                    ArmTimers(now);
                }
                else
                {
                    TimeIsUp(events);
                }
            }

            return Done;
        });
    }

    private void GiveWarning(List<WorldCafeEvent> events, TimeSpan remaining)
    {
        _machine.Fire(C.TimeWarning);
        _s.WarningGiven = true;
        events.Add(new TimeWarningGiven(new Round(_s.Round), remaining));
    }

    private void TimeIsUp(List<WorldCafeEvent> events)
    {
        _machine.Fire(C.TimeUp);
        _s.TimeUpGiven = true;
        _s.WarningGiven = true;
        events.Add(new RoundTimeUp(new Round(_s.Round)));
        if (Design.AutoAdvance)
        {
            CloseRoundNow(events);
        }
    }
}
