namespace Facilitation.Methods.Brainstorm;

/// <summary>One idea's place in the ranking.</summary>
/// <remarks>Immutable. Ideas with equal points share a rank (1, 1, 3, ...) and are marked <see cref="IsTied"/>: ties are reported, never broken silently.</remarks>
/// <param name="Idea">The idea.</param>
/// <param name="Points">Its points: dots, or ranked-vote points.</param>
/// <param name="Voters">How many people gave it at least one dot or ranked it.</param>
/// <param name="Rank">Its rank (1 is best); tied ideas share the rank.</param>
/// <param name="IsTied">True when another idea has the same points.</param>
public sealed record IdeaScore(ContributionId Idea, int Points, int Voters, int Rank, bool IsTied);
