namespace Facilitation.Methods.WorldCafe;

/// <summary>The round ended; its notes are frozen.</summary>
/// <param name="Round">The round.</param>
/// <param name="Notes">How many notes the round produced.</param>
public sealed record RoundClosed(Round Round, int Notes) : WorldCafeEvent;
