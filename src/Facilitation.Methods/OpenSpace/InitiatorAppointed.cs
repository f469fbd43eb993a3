namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone will carry a cluster forward.</summary>
/// <param name="Cluster">The cluster.</param>
/// <param name="Initiator">The initiator.</param>
public sealed record InitiatorAppointed(ContributionId Cluster, ParticipantId Initiator) : OpenSpaceEvent;
