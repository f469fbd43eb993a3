namespace Facilitation.Methods.WorldCafe;

/// <summary>The round's time is up.</summary>
/// <param name="Round">The round.</param>
public sealed record RoundTimeUp(Round Round) : WorldCafeEvent;
