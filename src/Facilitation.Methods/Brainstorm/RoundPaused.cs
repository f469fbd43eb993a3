namespace Facilitation.Methods.Brainstorm;

/// <summary>The running round's timebox was paused: it stands still until it is resumed.</summary>
/// <param name="Round">The round.</param>
public sealed record RoundPaused(Round Round) : BrainstormEvent;
