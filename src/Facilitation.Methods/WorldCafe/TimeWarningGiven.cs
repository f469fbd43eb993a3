namespace Facilitation.Methods.WorldCafe;

/// <summary>The round ends soon (raised by the round timer).</summary>
/// <param name="round">The round (filled by the session).</param>
/// <param name="remaining">The time left when the warning was given (filled by the session).</param>
public sealed class TimeWarningGiven(Round? round = null, TimeSpan remaining = default) : WorldCafeEvent
{
    /// <summary>The round (filled by the session).</summary>
    public Round? Round { get; internal set; } = round;

    /// <summary>The time left when the warning was given (filled by the session).</summary>
    public TimeSpan Remaining { get; internal set; } = remaining;
}
