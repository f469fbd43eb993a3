namespace Facilitation.Methods.Brainstorm;

/// <summary>A generation round started.</summary>
/// <param name="Status">The round as it starts.</param>
public sealed record RoundStarted(RoundStatus Status) : BrainstormEvent;
