namespace Facilitation.Methods.Brainstorm;

/// <summary>An idea was added.</summary>
/// <remarks>An anonymous idea's event carries nothing that narrows its writer: its actor is <see cref="Actor.Anonymous"/>, it has no
/// command id, and the idea has no author, team, sheet, pass or step.</remarks>
/// <param name="Idea">The idea.</param>
/// <param name="Anonymous">True when the idea was written in an anonymous round.</param>
public sealed record IdeaAdded(Idea Idea, bool Anonymous) : BrainstormEvent;
