namespace Facilitation.Methods.Brainstorm;

/// <summary>The running round's time was lengthened or shortened.</summary>
/// <param name="Round">The round.</param>
/// <param name="Timebox">The new timebox.</param>
public sealed record RoundExtended(Round Round, Timebox Timebox) : BrainstormEvent;
