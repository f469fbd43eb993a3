using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>The ranking computed from the recorded ballots; recounting the same ballots gives the same result.</summary>
/// <remarks>Immutable.</remarks>
public sealed class BrainstormResult
{
    [JsonConstructor] internal BrainstormResult(VotingMethod method, int ballots, ImmutableArray<IdeaScore> ranking) => (Method, Ballots, Ranking) = (method, ballots, ranking);

    /// <summary>Gets how the group voted.</summary>
    public VotingMethod Method { get; }

    /// <summary>Gets how many people cast a ballot.</summary>
    public int Ballots { get; }

    /// <summary>Gets every idea on the ballot, best first; equal points share a rank, then ideas follow in id order.</summary>
    public ImmutableArray<IdeaScore> Ranking { get; }

    /// <summary>Gets the ideas with the top rank (more than one when the top is tied).</summary>
    public IEnumerable<IdeaScore> Winners => Ranking.Where(s => s.Rank == 1 && s.Points > 0);
}
