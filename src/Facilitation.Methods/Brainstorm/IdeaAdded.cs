namespace Facilitation.Methods.Brainstorm;

/// <summary>An idea was added.</summary>
/// <param name="Idea">The idea (without author when anonymous).</param>
public sealed record IdeaAdded(Idea Idea) : BrainstormEvent;
