using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A cluster got its heading.</summary>
public sealed class ClusterNamed : BrainstormEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="cluster">The cluster's id.</param>
    /// <param name="heading">The heading.</param>
    [JsonConstructor]
    internal ClusterNamed(string cluster, string heading)
    {
        Cluster = cluster;
        Heading = heading;
    }

    /// <summary>The cluster's id.</summary>
    public string Cluster { get; internal set; }

    /// <summary>The heading.</summary>
    public string Heading { get; internal set; }
}
