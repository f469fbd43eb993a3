namespace Facilitation.Methods.Brainstorm;

/// <summary>The running round's paused timebox runs again, with the time it had left when paused.</summary>
/// <param name="Round">The round.</param>
public sealed record RoundResumed(Round Round) : BrainstormEvent;
