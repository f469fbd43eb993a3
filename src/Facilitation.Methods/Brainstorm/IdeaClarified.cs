namespace Facilitation.Methods.Brainstorm;

/// <summary>A clarification was recorded for an idea.</summary>
/// <param name="idea">The idea.</param>
/// <param name="clarification">The clarification.</param>
public sealed class IdeaClarified(ContributionId idea, string clarification) : BrainstormEvent
{
    /// <summary>The idea.</summary>
    public ContributionId Idea { get; internal set; } = idea;

    /// <summary>The clarification.</summary>
    public string Clarification { get; internal set; } = clarification;
}
