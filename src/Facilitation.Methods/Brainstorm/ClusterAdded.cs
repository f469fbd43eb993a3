using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>An affinity cluster was added.</summary>
public sealed class ClusterAdded : BrainstormEvent
{
    [JsonConstructor] internal ClusterAdded(Cluster cluster) => Cluster = cluster;

    /// <summary>The new cluster.</summary>
    public Cluster Cluster { get; internal set; }
}
