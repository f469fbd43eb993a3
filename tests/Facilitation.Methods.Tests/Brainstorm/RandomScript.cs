using Facilitation.Methods.Brainstorm;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Brainstorm;

/// <summary>Random command scripts whose choices are drawn up front, so two sessions in the same state take the same steps.</summary>
internal static class RandomScript
{
    public static List<Action<BrainstormSession, FakeTimeProvider>> Make(Random random, int length)
    {
        var steps = new List<Action<BrainstormSession, FakeTimeProvider>>();
        for (var i = 0; i < length; i++)
        {
            var kind = random.Next(17);
            var a = random.Next(1, 10);
            var b = random.Next(1, 20);
            var c = random.Next(1, 20);
            var minutes = random.Next(1, 8);
            var id = random.Next(3) == 0 ? $"cmd-{random.Next(5)}" : null;
            steps.Add((s, clock) => Run(s, clock, kind, a, b, c, minutes, id));
        }

        return steps;
    }

    private static void Run(BrainstormSession s, FakeTimeProvider clock, int kind, int a, int b, int c, int minutes, string? id)
    {
        var actor = Actor.ForParticipant($"p{a}");
        try
        {
            switch (kind)
            {
                case 0: s.StartRound(Actor.Facilitator, BrainstormFixtures.Opt(id)); break;
                case 1 or 2 or 3: s.AddIdea(b % 4 == 0 ? Actor.Facilitator : actor, $"idea {b}", BrainstormCategories.FiveResources[c % 5], c % 3 == 0 ? new ContributionId($"idea-{b}") : (ContributionId?)null, BrainstormFixtures.Opt(id)); break;
                case 4: s.PassTurn(actor, BrainstormFixtures.Opt(id)); break;
                case 5: s.PassSheets(Actor.Facilitator, BrainstormFixtures.Opt(id)); break;
                case 6: s.NextStep(Actor.Facilitator, BrainstormFixtures.Opt(id)); break;
                case 7: clock.Advance(TimeSpan.FromMinutes(minutes)); break;
                case 8:
                    switch (s.Phase)
                    {
                        case BrainstormPhase.Generating: s.EndRound(Actor.Facilitator, BrainstormFixtures.Opt(id)); break;
                        case BrainstormPhase.BetweenRounds: s.BeginClarifying(Actor.Facilitator, BrainstormFixtures.Opt(id)); break;
                        case BrainstormPhase.Clarifying: s.BeginClustering(Actor.Facilitator, BrainstormFixtures.Opt(id)); break;
                        case BrainstormPhase.Clustering: s.BeginVoting(Actor.Facilitator, BrainstormFixtures.Opt(id)); break;
                        case BrainstormPhase.Voting: s.EndVoting(Actor.Facilitator, BrainstormFixtures.Opt(id)); break;
                        case BrainstormPhase.Deciding: s.Decide(Actor.Facilitator, [new ContributionId($"idea-{b}")], null, BrainstormFixtures.Opt(id)); break;
                        default: s.Close(Actor.Facilitator, BrainstormFixtures.Opt(id)); break;
                    }

                    break;
                case 9: s.ClarifyIdea(Actor.Facilitator, new ContributionId($"idea-{b}"), $"means {c}", BrainstormFixtures.Opt(id)); break;
                case 10: s.AddCluster(Actor.Facilitator, b % 2 == 0 ? null : $"theme {b}", BrainstormFixtures.Opt(id)); break;
                case 11: s.PlaceIdea(Actor.Facilitator, new ContributionId($"idea-{b}"), $"cluster-{c % 4}", BrainstormFixtures.Opt(id)); break;
                case 14: s.Join(Actor.Facilitator, new Participant($"p{a}", $"Person {a}"), BrainstormFixtures.Opt(id)); break;
                case 15: s.Leave(b % 2 == 0 ? Actor.Facilitator : actor, $"p{a}", BrainstormFixtures.Opt(id)); break;
                case 12: s.MarkDuplicate(Actor.Facilitator, new ContributionId($"idea-{b}"), new ContributionId($"idea-{c}"), BrainstormFixtures.Opt(id)); break;
                default: s.CastDots(actor, $"p{a}", new Dictionary<ContributionId, int> { [new ContributionId($"idea-{b % 6 + 1}")] = c % 3 }, BrainstormFixtures.Opt(id)); break;
            }
        }
        catch (CommandRejectedException)
        {
        }
    }
}
