using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A clarification was recorded for an idea.</summary>
public sealed class IdeaClarified : BrainstormEvent
{
    [JsonConstructor] internal IdeaClarified(ContributionId idea, string clarification) => (Idea, Clarification) = (idea, clarification);

    /// <summary>The idea.</summary>
    public ContributionId Idea { get; internal set; }

    /// <summary>The clarification.</summary>
    public string Clarification { get; internal set; }
}
