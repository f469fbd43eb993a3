using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A clarification was recorded for an idea.</summary>
public sealed class IdeaClarified : BrainstormEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="idea">The idea.</param>
    /// <param name="clarification">The clarification.</param>
    [JsonConstructor]
    internal IdeaClarified(ContributionId idea, string clarification)
    {
        Idea = idea;
        Clarification = clarification;
    }

    /// <summary>The idea.</summary>
    public ContributionId Idea { get; internal set; }

    /// <summary>The clarification.</summary>
    public string Clarification { get; internal set; }
}
