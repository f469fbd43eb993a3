namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone will carry a cluster forward.</summary>
/// <param name="cluster">The cluster.</param>
/// <param name="initiator">The initiator.</param>
public sealed class InitiatorAppointed(ContributionId cluster, ParticipantId initiator) : OpenSpaceEvent
{
    /// <summary>The cluster.</summary>
    public ContributionId Cluster { get; internal set; } = cluster;

    /// <summary>The initiator.</summary>
    public ParticipantId Initiator { get; internal set; } = initiator;
}
