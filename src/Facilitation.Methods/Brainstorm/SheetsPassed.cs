namespace Facilitation.Methods.Brainstorm;

/// <summary>The brainwriting sheets passed to the next person.</summary>
/// <param name="Status">The round after the pass.</param>
public sealed record SheetsPassed(RoundStatus Status) : BrainstormEvent;
