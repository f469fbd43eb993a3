using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Related issues were clustered.</summary>
/// <param name="cluster">The cluster's id.</param>
/// <param name="name">The cluster's name.</param>
/// <param name="issues">The issues in it.</param>
public sealed class IssuesClustered(ContributionId cluster, string name, ImmutableArray<ContributionId> issues) : OpenSpaceEvent
{
    /// <summary>The cluster's id.</summary>
    public ContributionId Cluster { get; internal set; } = cluster;

    /// <summary>The cluster's name.</summary>
    public string Name { get; internal set; } = name;

    /// <summary>The issues in it.</summary>
    public ImmutableArray<ContributionId> Issues { get; internal set; } = issues;
}
