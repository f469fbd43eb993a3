namespace Facilitation.Methods.Brainstorm;

/// <summary>An affinity cluster was added.</summary>
/// <param name="cluster">The new cluster.</param>
public sealed class ClusterAdded(Cluster cluster) : BrainstormEvent
{
    /// <summary>The new cluster.</summary>
    public Cluster Cluster { get; internal set; } = cluster;
}
