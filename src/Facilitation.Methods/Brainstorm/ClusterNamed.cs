using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A cluster got its heading.</summary>
public sealed class ClusterNamed : BrainstormEvent
{
    [JsonConstructor] internal ClusterNamed(string cluster, string heading) => (Cluster, Heading) = (cluster, heading);

    /// <summary>The cluster's id.</summary>
    public string Cluster { get; internal set; }

    /// <summary>The heading.</summary>
    public string Heading { get; internal set; }
}
