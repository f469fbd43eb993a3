namespace Facilitation.Methods.Rotation;

/// <summary>The wall-clock safety cap and the caller's cancellation of one planning run, read cheaply and often.</summary>
internal sealed class PlanningClock
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _limit;
    private readonly CancellationToken _cancellationToken;
    private readonly long _start;
    private TimeSpan _searchLimit;

    public PlanningClock(TimeProvider time, TimeSpan limit, CancellationToken cancellationToken)
    {
        _time = time;
        _limit = limit;
        _cancellationToken = cancellationToken;
        _start = time.GetTimestamp();
        _searchLimit = limit;
    }

    /// <summary>Gets the time since planning began.</summary>
    public TimeSpan Elapsed => _time.GetElapsedTime(_start);

    /// <summary>Gets a value indicating whether the construction and search must end now: the cap, less the time kept for building and counting the plan, is reached, or the caller cancelled.</summary>
    public bool SearchIsOver => _cancellationToken.IsCancellationRequested || _time.GetElapsedTime(_start) >= _searchLimit;

    /// <summary>Gets why <see cref="SearchIsOver"/> is true.</summary>
    public StopReason Reason => _cancellationToken.IsCancellationRequested ? StopReason.Cancelled : StopReason.Time;

    /// <summary>Keeps back, from the cap, the time that building and recounting the plan takes after the search (about 80 ns per seat-mate: the development machine needs 25 when quiet, at most half the cap).</summary>
    public void ReserveForFinishing(PlanningModel model, TimeSpan? measuredPerRound)
    {
        // Finishing = seating the rounds the search has not reached (at worst all of them) + building the seatings + the report.
        // On a large instance that is measured on a sample round (it depends on the machine and its load); else estimated.
        var seatMates = model.Present.Sum(round => (long)round.Count(p => p)) * Math.Max(2, (model.N / Math.Max(1, model.G)) + 1);
        var reserve = measuredPerRound is { } perRound
            ? TimeSpan.FromTicks(Math.Min(_limit.Ticks * 9 / 10, perRound.Ticks * 3 / 2 * (model.R - model.HistoryRounds)))
            : TimeSpan.FromTicks(Math.Min(_limit.Ticks / 2, seatMates * 80 / 100));
        _searchLimit = _limit - reserve;
    }
}
