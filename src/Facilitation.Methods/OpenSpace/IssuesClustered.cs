using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Related issues were clustered.</summary>
public sealed class IssuesClustered : OpenSpaceEvent
{
    [JsonConstructor] internal IssuesClustered(ContributionId cluster, string name, ImmutableArray<ContributionId> issues) => (Cluster, Name, Issues) = (cluster, name, issues);

    /// <summary>The cluster's id.</summary>
    public ContributionId Cluster { get; internal set; }

    /// <summary>The cluster's name.</summary>
    public string Name { get; internal set; }

    /// <summary>The issues in it.</summary>
    public ImmutableArray<ContributionId> Issues { get; internal set; }
}
