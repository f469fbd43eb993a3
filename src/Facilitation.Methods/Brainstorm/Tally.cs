using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>Counts recorded ballots into a ranking; a pure function, so a recount of the same ballots always agrees.</summary>
internal static class Tally
{
    public static BrainstormResult Count(
        VotingMethod method,
        IReadOnlyList<ContributionId> ballot,
        IEnumerable<IReadOnlyDictionary<ContributionId, int>> dotBallots,
        IEnumerable<IReadOnlyList<ContributionId>> rankedBallots,
        int rankedChoices)
    {
        var points = ballot.ToDictionary(i => i, _ => 0);
        var voters = ballot.ToDictionary(i => i, _ => 0);
        var ballots = 0;
        if (method == VotingMethod.Dots)
        {
            foreach (var dots in dotBallots)
            {
                ballots++;
                foreach (var (idea, count) in dots)
                {
                    if (count > 0 && points.ContainsKey(idea))
                    {
                        points[idea] += count;
                        voters[idea]++;
                    }
                }
            }
        }
        else
        {
            foreach (var ranking in rankedBallots)
            {
                ballots++;
                for (var i = 0; i < ranking.Count; i++)
                {
                    if (points.ContainsKey(ranking[i]))
                    {
                        points[ranking[i]] += rankedChoices - i;
                        voters[ranking[i]]++;
                    }
                }
            }
        }

        var ordered = ballot.OrderByDescending(i => points[i]).ThenBy(i => i).ToList();
        var scores = ImmutableArray.CreateBuilder<IdeaScore>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var p = points[ordered[i]];
            var rank = i > 0 && points[ordered[i - 1]] == p ? scores[i - 1].Rank : i + 1;
            var tied = (i > 0 && points[ordered[i - 1]] == p) || (i + 1 < ordered.Count && points[ordered[i + 1]] == p);
            scores.Add(new IdeaScore(ordered[i], p, voters[ordered[i]], rank, tied));
        }

        return new BrainstormResult(method, ballots, scores.MoveToImmutable());
    }

    /// <summary>The default dot budget: about a third of the ideas on the ballot, at least one, at most the cap.</summary>
    public static int DefaultBudget(int ideasOnBallot, int cap) =>
        Math.Clamp((int)Math.Round(ideasOnBallot / 3.0, MidpointRounding.AwayFromZero), 1, cap);
}
