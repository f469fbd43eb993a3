using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone will carry a cluster forward.</summary>
public sealed class InitiatorAppointed : OpenSpaceEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="initiator">The initiator.</param>
    [JsonConstructor]
    internal InitiatorAppointed(ContributionId cluster, ParticipantId initiator)
    {
        Cluster = cluster;
        Initiator = initiator;
    }

    /// <summary>The cluster.</summary>
    public ContributionId Cluster { get; internal set; }

    /// <summary>The initiator.</summary>
    public ParticipantId Initiator { get; internal set; }
}
