using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>Voting began.</summary>
/// <param name="Method">How the group votes.</param>
/// <param name="Ballot">The ideas on the ballot (every idea not marked as a duplicate).</param>
/// <param name="DotsPerPerson">Each person's dot budget (dot voting), or the number of ranked choices.</param>
public sealed record VotingBegan(VotingMethod Method, ImmutableArray<ContributionId> Ballot, int DotsPerPerson) : BrainstormEvent;
