using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>An idea was added.</summary>
/// <remarks>An anonymous idea's event carries nothing that narrows its writer: its actor is <see cref="Actor.Anonymous"/>, it has no
/// command id, and the idea has no author, team, sheet, pass or step.</remarks>
public sealed class IdeaAdded : BrainstormEvent
{
    [JsonConstructor] internal IdeaAdded(Idea idea, bool anonymous) => (Idea, Anonymous) = (idea, anonymous);

    /// <summary>The idea.</summary>
    public Idea Idea { get; internal set; }

    /// <summary>True when the idea was written in an anonymous round.</summary>
    public bool Anonymous { get; internal set; }
}
