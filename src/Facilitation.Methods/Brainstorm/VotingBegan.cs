using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>Voting began.</summary>
/// <param name="method">How the group votes.</param>
/// <param name="ballot">The ideas on the ballot (every idea not marked as a duplicate).</param>
/// <param name="dotsPerPerson">Each person's dot budget (dot voting), or the number of ranked choices.</param>
public sealed class VotingBegan(VotingMethod method, ImmutableArray<ContributionId> ballot, int dotsPerPerson) : BrainstormEvent
{
    /// <summary>How the group votes.</summary>
    public VotingMethod Method { get; internal set; } = method;

    /// <summary>The ideas on the ballot (every idea not marked as a duplicate).</summary>
    public ImmutableArray<ContributionId> Ballot { get; internal set; } = ballot;

    /// <summary>Each person's dot budget (dot voting), or the number of ranked choices.</summary>
    public int DotsPerPerson { get; internal set; } = dotsPerPerson;
}
