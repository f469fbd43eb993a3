using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>One cluster was merged into another; every idea of both is in the merged cluster.</summary>
/// <param name="into">The cluster that remains.</param>
/// <param name="from">The cluster merged away.</param>
/// <param name="ideas">The remaining cluster's ideas after the merge.</param>
public sealed class ClustersMerged(string into, string from, ImmutableArray<ContributionId> ideas) : BrainstormEvent
{
    /// <summary>The cluster that remains.</summary>
    public string Into { get; internal set; } = into;

    /// <summary>The cluster merged away.</summary>
    public string From { get; internal set; } = from;

    /// <summary>The remaining cluster's ideas after the merge.</summary>
    public ImmutableArray<ContributionId> Ideas { get; internal set; } = ideas;
}
