using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Related issues were clustered.</summary>
/// <param name="Cluster">The cluster's id.</param>
/// <param name="Name">The cluster's name.</param>
/// <param name="Issues">The issues in it.</param>
public sealed record IssuesClustered(ContributionId Cluster, string Name, ImmutableArray<ContributionId> Issues) : OpenSpaceEvent;
