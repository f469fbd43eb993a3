namespace Facilitation.Methods.WorldCafe;

/// <summary>A whole-room plenary started between rounds.</summary>
/// <param name="AfterRound">The round just held.</param>
public sealed record PlenaryStarted(Round AfterRound) : WorldCafeEvent;
