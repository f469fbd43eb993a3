using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A person cast (or replaced) their dot-vote ballot.</summary>
/// <param name="Voter">Who voted.</param>
/// <param name="Dots">Dots per idea; replaces the voter's earlier ballot.</param>
public sealed record DotsCast(ParticipantId Voter, ImmutableSortedDictionary<ContributionId, int> Dots) : BrainstormEvent;
