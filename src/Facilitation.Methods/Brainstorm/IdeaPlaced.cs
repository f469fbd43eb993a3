namespace Facilitation.Methods.Brainstorm;

/// <summary>An idea was placed in a cluster.</summary>
/// <param name="Idea">The idea.</param>
/// <param name="Cluster">The cluster's id.</param>
public sealed record IdeaPlaced(ContributionId Idea, string Cluster) : BrainstormEvent;
