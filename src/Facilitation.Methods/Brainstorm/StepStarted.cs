namespace Facilitation.Methods.Brainstorm;

/// <summary>A 1-2-4-All round moved to its next step (with its pairs or fours).</summary>
/// <param name="Status">The round as the step starts.</param>
public sealed record StepStarted(RoundStatus Status) : BrainstormEvent;
