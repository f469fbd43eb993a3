namespace Facilitation.Methods.Brainstorm;

/// <summary>A clarification was recorded for an idea.</summary>
/// <param name="Idea">The idea.</param>
/// <param name="Clarification">The clarification.</param>
public sealed record IdeaClarified(ContributionId Idea, string Clarification) : BrainstormEvent;
