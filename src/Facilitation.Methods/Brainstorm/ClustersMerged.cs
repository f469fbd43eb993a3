using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>One cluster was merged into another; every idea of both is in the merged cluster.</summary>
public sealed class ClustersMerged : BrainstormEvent
{
    [JsonConstructor] internal ClustersMerged(string into, string from, ImmutableArray<ContributionId> ideas) => (Into, From, Ideas) = (into, from, ideas);

    /// <summary>The cluster that remains.</summary>
    public string Into { get; internal set; }

    /// <summary>The cluster merged away.</summary>
    public string From { get; internal set; }

    /// <summary>The remaining cluster's ideas after the merge.</summary>
    public ImmutableArray<ContributionId> Ideas { get; internal set; }
}
