using System.Text.Json.Serialization;

namespace Facilitation.Methods;

/// <summary>A round's or phase's duration and start; remaining time is always read from a <see cref="TimeProvider"/>.</summary>
/// <remarks>Immutable: extending, shortening, pausing and resuming return a new timebox. Every method's timeboxes (café rounds,
/// brainstorm passes and steps, Open Space slots) are this one type, driven by one timer in the session engine.</remarks>
public sealed class Timebox
{
    /// <summary>Initializes a new timebox.</summary>
    /// <param name="startedAt">When it started.</param>
    /// <param name="duration">How long it lasts (zero or more, at most a week).</param>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative or longer than a week.</exception>
    [JsonConstructor]
    internal Timebox(DateTimeOffset startedAt, TimeSpan duration)
    {
        CheckDuration(duration, nameof(duration));
        StartedAt = startedAt;
        Duration = duration;
    }

    /// <summary>Gets the longest timebox accepted.</summary>
    public static TimeSpan MaxDuration { get; } = TimeSpan.FromDays(7);

    /// <summary>Gets when it started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>Gets how long it lasts.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Gets when it ends if it keeps running; a pause moves the end later by the time it was paused.</summary>
    public DateTimeOffset EndsAt => StartedAt + Duration;

    /// <summary>Gets when the timebox was paused, or null while it runs.</summary>
    public DateTimeOffset? PausedAt { get; private init; }

    /// <summary>Gets a value indicating whether the timebox is paused: its remaining time stands still.</summary>
    public bool IsPaused => PausedAt is not null;

    /// <summary>Starts a timebox now.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="duration">How long it lasts.</param>
    /// <returns>The running timebox.</returns>
    internal static Timebox StartNow(TimeProvider clock, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new Timebox(clock.GetUtcNow(), duration);
    }

    /// <summary>Gets the time left, never negative.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The time left.</returns>
    public TimeSpan Remaining(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return RemainingAt(clock.GetUtcNow());
    }

    /// <summary>Gets the time left at a given moment, never negative; while paused, the time left when it was paused.</summary>
    /// <param name="now">The moment.</param>
    /// <returns>The time left.</returns>
    internal TimeSpan RemainingAt(DateTimeOffset now)
    {
        var left = EndsAt - (PausedAt ?? now);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>Returns the timebox paused at a moment: its remaining time stands still until <see cref="Resume"/>.</summary>
    /// <param name="at">When it is paused.</param>
    /// <returns>The paused timebox; this one if it is already paused.</returns>
    internal Timebox Pause(DateTimeOffset at) => IsPaused ? this : new Timebox(StartedAt, Duration) { PausedAt = at < StartedAt ? StartedAt : at };

    /// <summary>Returns the timebox running again from a moment, with the time it had left when paused.</summary>
    /// <param name="at">When it resumes.</param>
    /// <returns>The running timebox; this one if it is not paused.</returns>
    internal Timebox Resume(DateTimeOffset at) => PausedAt is { } paused && at > paused ? new Timebox(StartedAt + (at - paused), Duration) : new Timebox(StartedAt, Duration);

    /// <summary>Gets the time spent so far, never negative and never more than the duration.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The time elapsed.</returns>
    public TimeSpan Elapsed(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var spent = (PausedAt ?? clock.GetUtcNow()) - StartedAt;
        return spent < TimeSpan.Zero ? TimeSpan.Zero : spent > Duration ? Duration : spent;
    }

    /// <summary>Tells whether the time is up.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>True when no time is left.</returns>
    public bool IsOver(TimeProvider clock) => Remaining(clock) == TimeSpan.Zero;

    /// <summary>Returns a timebox lengthened (positive) or shortened (negative) by an amount; it never ends before it started.</summary>
    /// <param name="change">The change in length.</param>
    /// <returns>The new timebox.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The new duration would be longer than <see cref="MaxDuration"/>.</exception>
    internal Timebox Extend(TimeSpan change)
    {
        if (change > MaxDuration || change < -MaxDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(change), change, "A timebox can change by at most a week.");
        }

        var duration = Duration + change;
        return new Timebox(StartedAt, duration < TimeSpan.Zero ? TimeSpan.Zero : duration) { PausedAt = PausedAt };
    }

    internal static void CheckDuration(TimeSpan duration, string paramName)
    {
        if (duration < TimeSpan.Zero || duration > MaxDuration)
        {
            throw new ArgumentOutOfRangeException(paramName, duration, "A duration must be between zero and seven days.");
        }
    }
}
