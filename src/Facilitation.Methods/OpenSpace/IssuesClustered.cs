using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Related issues were clustered.</summary>
public sealed class IssuesClustered : OpenSpaceEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="cluster">The cluster's id.</param>
    /// <param name="name">The cluster's name.</param>
    /// <param name="issues">The issues in it.</param>
    [JsonConstructor]
    internal IssuesClustered(ContributionId cluster, string name, ImmutableArray<ContributionId> issues)
    {
        Cluster = cluster;
        Name = name;
        Issues = issues;
    }

    /// <summary>The cluster's id.</summary>
    public ContributionId Cluster { get; internal set; }

    /// <summary>The cluster's name.</summary>
    public string Name { get; internal set; }

    /// <summary>The issues in it.</summary>
    public ImmutableArray<ContributionId> Issues { get; internal set; }
}
