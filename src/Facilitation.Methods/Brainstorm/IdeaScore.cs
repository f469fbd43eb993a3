using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>One idea's place in the ranking.</summary>
/// <remarks>Immutable. Ideas with equal points share a rank (1, 1, 3, ...) and are marked <see cref="IsTied"/>: ties are reported, never broken silently.</remarks>
public sealed class IdeaScore
{
    [JsonConstructor] internal IdeaScore(ContributionId idea, int points, int voters, int rank, bool isTied) => (Idea, Points, Voters, Rank, IsTied) = (idea, points, voters, rank, isTied);

    /// <summary>Gets the idea.</summary>
    public ContributionId Idea { get; }

    /// <summary>Gets its points: dots, or ranked-vote points.</summary>
    public int Points { get; }

    /// <summary>Gets how many people gave it at least one dot or ranked it.</summary>
    public int Voters { get; }

    /// <summary>Gets its rank (1 is best); tied ideas share the rank.</summary>
    public int Rank { get; }

    /// <summary>Gets a value indicating whether another idea has the same points.</summary>
    public bool IsTied { get; }
}
