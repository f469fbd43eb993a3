namespace Facilitation.Methods.Brainstorm;

/// <summary>A cluster got its heading.</summary>
/// <param name="Cluster">The cluster's id.</param>
/// <param name="Heading">The heading.</param>
public sealed record ClusterNamed(string Cluster, string Heading) : BrainstormEvent;
