using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>Voting began.</summary>
public sealed class VotingBegan : BrainstormEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="method">How the group votes.</param>
    /// <param name="ballot">The ideas on the ballot (every idea not marked as a duplicate).</param>
    /// <param name="dotsPerPerson">Each person's dot budget (dot voting), or the number of ranked choices.</param>
    [JsonConstructor]
    internal VotingBegan(VotingMethod method, ImmutableArray<ContributionId> ballot, int dotsPerPerson)
    {
        Method = method;
        Ballot = ballot;
        DotsPerPerson = dotsPerPerson;
    }

    /// <summary>How the group votes.</summary>
    public VotingMethod Method { get; internal set; }

    /// <summary>The ideas on the ballot (every idea not marked as a duplicate).</summary>
    public ImmutableArray<ContributionId> Ballot { get; internal set; }

    /// <summary>Each person's dot budget (dot voting), or the number of ranked choices.</summary>
    public int DotsPerPerson { get; internal set; }
}
