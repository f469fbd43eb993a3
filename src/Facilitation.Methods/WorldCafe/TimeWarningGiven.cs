namespace Facilitation.Methods.WorldCafe;

/// <summary>The round ends soon (raised by the round timer).</summary>
/// <param name="Round">The round (filled by the session).</param>
/// <param name="Remaining">The time left when the warning was given (filled by the session).</param>
public sealed record TimeWarningGiven(Round? Round = null, TimeSpan Remaining = default) : WorldCafeEvent;
