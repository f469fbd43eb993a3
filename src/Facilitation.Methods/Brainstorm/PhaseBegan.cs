namespace Facilitation.Methods.Brainstorm;

/// <summary>The session moved to a new phase (clarifying, clustering, or closed).</summary>
/// <param name="Phase">The new phase.</param>
public sealed record PhaseBegan(BrainstormPhase Phase) : BrainstormEvent;
