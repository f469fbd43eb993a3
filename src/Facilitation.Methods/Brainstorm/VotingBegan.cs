using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>Voting began.</summary>
public sealed class VotingBegan : BrainstormEvent
{
    [JsonConstructor] internal VotingBegan(VotingMethod method, ImmutableArray<ContributionId> ballot, int dotsPerPerson) => (Method, Ballot, DotsPerPerson) = (method, ballot, dotsPerPerson);

    /// <summary>How the group votes.</summary>
    public VotingMethod Method { get; internal set; }

    /// <summary>The ideas on the ballot (every idea not marked as a duplicate).</summary>
    public ImmutableArray<ContributionId> Ballot { get; internal set; }

    /// <summary>Each person's dot budget (dot voting), or the number of ranked choices.</summary>
    public int DotsPerPerson { get; internal set; }
}
