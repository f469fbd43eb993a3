namespace Facilitation.Methods.Brainstorm;

/// <summary>An idea was added.</summary>
/// <remarks>An anonymous idea's event carries nothing that narrows its writer: its actor is <see cref="Actor.Anonymous"/>, it has no
/// command id, and the idea has no author, team, sheet, pass or step.</remarks>
/// <param name="idea">The idea.</param>
/// <param name="anonymous">True when the idea was written in an anonymous round.</param>
public sealed class IdeaAdded(Idea idea, bool anonymous) : BrainstormEvent
{
    /// <summary>The idea.</summary>
    public Idea Idea { get; internal set; } = idea;

    /// <summary>True when the idea was written in an anonymous round.</summary>
    public bool Anonymous { get; internal set; } = anonymous;
}
