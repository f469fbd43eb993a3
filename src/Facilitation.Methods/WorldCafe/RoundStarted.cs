namespace Facilitation.Methods.WorldCafe;

/// <summary>A round's seating was announced.</summary>
/// <param name="Round">The round.</param>
/// <param name="Seating">Who sits where.</param>
public sealed record RoundStarted(Round Round, Seating Seating) : WorldCafeEvent;
