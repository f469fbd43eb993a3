using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>The ranking computed from the recorded ballots; recounting the same ballots gives the same result.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Method">How the group voted.</param>
/// <param name="Ballots">How many people cast a ballot.</param>
/// <param name="Ranking">Every idea on the ballot, best first; equal points share a rank, then ideas follow in id order.</param>
public sealed record BrainstormResult(VotingMethod Method, int Ballots, ImmutableArray<IdeaScore> Ranking)
{
    /// <summary>Gets the ideas with the top rank (more than one when the top is tied).</summary>
    public IEnumerable<IdeaScore> Winners => Ranking.Where(s => s.Rank == 1 && s.Points > 0);

    /// <inheritdoc />
    public bool Equals(BrainstormResult? other) =>
        other is not null && Method == other.Method && Ballots == other.Ballots && Ranking.SequenceEqual(other.Ranking);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, Ballots, Ranking.Length);
}
