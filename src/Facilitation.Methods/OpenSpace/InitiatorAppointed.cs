using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone will carry a cluster forward.</summary>
public sealed class InitiatorAppointed : OpenSpaceEvent
{
    [JsonConstructor] internal InitiatorAppointed(ContributionId cluster, ParticipantId initiator) => (Cluster, Initiator) = (cluster, initiator);

    /// <summary>The cluster.</summary>
    public ContributionId Cluster { get; internal set; }

    /// <summary>The initiator.</summary>
    public ParticipantId Initiator { get; internal set; }
}
