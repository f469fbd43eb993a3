using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>The round ends soon (raised by the round timer).</summary>
public sealed class TimeWarningGiven : WorldCafeEvent
{
    [JsonConstructor] internal TimeWarningGiven(Round? round = null, TimeSpan remaining = default) => (Round, Remaining) = (round, remaining);

    /// <summary>The round (filled by the session).</summary>
    public Round? Round { get; internal set; }

    /// <summary>The time left when the warning was given (filled by the session).</summary>
    public TimeSpan Remaining { get; internal set; }
}
