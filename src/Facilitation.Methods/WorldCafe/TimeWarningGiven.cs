namespace Facilitation.Methods.WorldCafe;

/// <summary>The round ends soon.</summary>
/// <param name="Round">The round.</param>
/// <param name="Remaining">The time left when the warning was given.</param>
public sealed record TimeWarningGiven(Round Round, TimeSpan Remaining) : WorldCafeEvent;
