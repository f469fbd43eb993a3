namespace Facilitation.Methods.Brainstorm;

/// <summary>An idea was placed in a cluster.</summary>
/// <param name="idea">The idea.</param>
/// <param name="cluster">The cluster's id.</param>
public sealed class IdeaPlaced(ContributionId idea, string cluster) : BrainstormEvent
{
    /// <summary>The idea.</summary>
    public ContributionId Idea { get; internal set; } = idea;

    /// <summary>The cluster's id.</summary>
    public string Cluster { get; internal set; } = cluster;
}
