namespace Facilitation.Methods.Brainstorm;

/// <summary>An affinity cluster was added.</summary>
/// <param name="Cluster">The new cluster.</param>
public sealed record ClusterAdded(Cluster Cluster) : BrainstormEvent;
