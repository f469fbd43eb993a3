using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>One cluster was merged into another; every idea of both is in the merged cluster.</summary>
/// <param name="Into">The cluster that remains.</param>
/// <param name="From">The cluster merged away.</param>
/// <param name="Ideas">The remaining cluster's ideas after the merge.</param>
public sealed record ClustersMerged(string Into, string From, ImmutableArray<ContributionId> Ideas) : BrainstormEvent;
