namespace Facilitation.Methods.Brainstorm;

/// <summary>The running round's current timebox was lengthened (positive) or shortened (negative).</summary>
/// <param name="Round">The round.</param>
/// <param name="Change">The change.</param>
public sealed record RoundExtended(Round Round, TimeSpan Change) : BrainstormEvent;
