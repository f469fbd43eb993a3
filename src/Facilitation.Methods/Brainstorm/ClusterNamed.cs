namespace Facilitation.Methods.Brainstorm;

/// <summary>A cluster got its heading.</summary>
/// <param name="cluster">The cluster's id.</param>
/// <param name="heading">The heading.</param>
public sealed class ClusterNamed(string cluster, string heading) : BrainstormEvent
{
    /// <summary>The cluster's id.</summary>
    public string Cluster { get; internal set; } = cluster;

    /// <summary>The heading.</summary>
    public string Heading { get; internal set; } = heading;
}
