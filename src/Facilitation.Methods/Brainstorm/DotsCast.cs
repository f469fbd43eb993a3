using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A person cast (or replaced) their dot-vote ballot.</summary>
/// <param name="voter">Who voted.</param>
/// <param name="dots">Dots per idea; replaces the voter's earlier ballot.</param>
public sealed class DotsCast(ParticipantId voter, ImmutableSortedDictionary<ContributionId, int> dots) : BrainstormEvent
{
    /// <summary>Who voted.</summary>
    public ParticipantId Voter { get; internal set; } = voter;

    /// <summary>Dots per idea; replaces the voter's earlier ballot.</summary>
    public ImmutableSortedDictionary<ContributionId, int> Dots { get; internal set; } = dots;
}
