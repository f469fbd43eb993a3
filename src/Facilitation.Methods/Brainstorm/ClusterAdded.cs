using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>An affinity cluster was added.</summary>
public sealed class ClusterAdded : BrainstormEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="cluster">The new cluster.</param>
    [JsonConstructor]
    internal ClusterAdded(Cluster cluster)
    {
        Cluster = cluster;
    }

    /// <summary>The new cluster.</summary>
    public Cluster Cluster { get; internal set; }
}
