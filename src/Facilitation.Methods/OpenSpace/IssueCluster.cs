using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Related issues grouped in convergence, with the person who will carry them forward.</summary>
/// <param name="Id">The cluster's id.</param>
/// <param name="Name">The cluster's name.</param>
/// <param name="Issues">The issues in it.</param>
/// <param name="Initiator">The person appointed to carry it forward, or null.</param>
public sealed record IssueCluster(ContributionId Id, string Name, ImmutableArray<ContributionId> Issues, ParticipantId? Initiator);
