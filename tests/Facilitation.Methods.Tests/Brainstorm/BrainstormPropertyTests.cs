using Facilitation.Methods.Tests.Sessions;
using System.Collections.Immutable;
using System.Text.Json;
using Facilitation.Methods.Brainstorm;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;
using static Facilitation.Methods.Tests.Brainstorm.BrainstormFixtures;

namespace Facilitation.Methods.Tests.Brainstorm;

public class BrainstormPropertyTests
{
    private const string Noise = "{}[]\":,0a-9 \\x";

    [Property]
    public bool SheetRotation_EachSheetMeetsEachMemberExactlyOnce(PositiveInt teamSize)
    {
        var m = (teamSize.Get % 12) + 1;
        var rows = Enumerable.Range(0, m).ToList();
        return rows.All(member => Enumerable.Range(0, m).Select(pass => SheetRotation.SheetHeldBy(member, pass, m)).Order().SequenceEqual(rows))
            && rows.All(sheet => Enumerable.Range(0, m).Select(pass => SheetRotation.HolderOf(sheet, pass, m)).Order().SequenceEqual(rows))
            && rows.All(pass => rows.All(member => SheetRotation.HolderOf(SheetRotation.SheetHeldBy(member, pass, m), pass, m) == member))
            && SheetRotation.SheetHeldBy(0, m, m) == -1;
    }

    [Property(MaxTest = 40)]
    public bool Brainwriting_EveryMemberWritesOnEverySheetOfTheirTeamExactlyOnce(PositiveInt people, PositiveInt teamSize)
    {
        var n = (people.Get % 14) + 2;
        var size = (teamSize.Get % 5) + 2;
        var design = new BrainstormDesign
        {
            Participants = People(n),
            Rounds = [new GenerationRound(GenerationTechnique.Brainwriting) { TeamSize = size, IdeasPerSheet = 1 }],
            EndRoundsWhenTimeIsUp = false,
        };
        var (s, _) = CreateSut(design);
        var teams = s.StartRound(F).Teams!;
        var passes = teams.Groups.Max(g => teams.MembersOf(g).Length);
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var person in design.Participants)
            {
                var members = teams.MembersOf(teams.GroupOf(person.Id)!.Value);
                if (pass < members.Length)
                {
                    s.AddIdea(Actor.ForParticipant(person.Id), $"{person.Id} at pass {pass}");
                }
            }

            if (pass + 1 < passes)
            {
                s.PassSheets(F);
            }
        }

        return teams.Groups.All(g =>
        {
            var members = teams.MembersOf(g);
            var written = s.Ideas.Where(i => i.Team == g).Select(i => (Author: i.Author!.Value, Sheet: i.Sheet!.Value)).ToList();
            return written.Count == members.Length * members.Length
                && written.Distinct().Count() == written.Count
                && members.All(p => written.Where(w => w.Author == p).Select(w => w.Sheet).Order().SequenceEqual(Enumerable.Range(1, members.Length)));
        });
    }

    [Property(MaxTest = 60)]
    public bool DotVoting_BudgetAndPerIdeaCapAreNeverExceeded(int seed, PositiveInt ideas, bool capped)
    {
        var random = new Random(seed);
        var design = Design() with { MaxDotsPerIdea = capped ? 2 : null };
        var (s, _) = InClustering(design, (ideas.Get % 20) + 1);
        var budget = s.BeginVoting(F);
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var voter = $"p{random.Next(1, 7)}";
            var ballot = new Dictionary<ContributionId, int>();
            for (var k = random.Next(0, 4); k > 0; k--)
            {
                ballot[s.Ballot[random.Next(s.Ballot.Length)]] = random.Next(-1, budget + 2);
            }

            try
            {
                s.CastDots(random.Next(4) == 0 ? F : P(voter), voter, ballot);
            }
            catch (CommandRejectedException)
            {
            }
        }

        return s.DotBallots.Values.All(b => b.Values.Sum() <= budget && b.Values.All(v => v >= 1 && (!capped || v <= 2)))
            && design.Participants.All(p => s.DotsLeft(p.Id) >= 0);
    }

    [Property(MaxTest = 60)]
    public bool Clustering_NoIdeaIsEverLost(int seed)
    {
        var random = new Random(seed);
        var (s, _) = InClustering(ideas: 12);
        var before = s.Ideas.Select(i => (i.Id, i.Text)).ToList();
        var placed = new HashSet<ContributionId>();
        for (var step = 0; step < 60; step++)
        {
            var clusters = s.Clusters;
            var idea = new ContributionId($"idea-{random.Next(1, 14)}");
            try
            {
                switch (random.Next(4))
                {
                    case 0:
                        s.AddCluster(F, random.Next(2) == 0 ? null : $"heading {step}");
                        break;
                    case 1 when clusters.Length > 0:
                        s.PlaceIdea(F, idea, clusters[random.Next(clusters.Length)].Id);
                        placed.Add(idea);
                        break;
                    case 2 when clusters.Length > 1:
                        s.MergeClusters(F, clusters[random.Next(clusters.Length)].Id, clusters[random.Next(clusters.Length)].Id);
                        break;
                    default:
                        s.MarkDuplicate(F, idea, new ContributionId($"idea-{random.Next(1, 14)}"));
                        break;
                }
            }
            catch (CommandRejectedException)
            {
            }
        }

        var inClusters = s.Clusters.SelectMany(c => c.Ideas).ToHashSet();
        return s.Ideas.Select(i => (i.Id, i.Text)).SequenceEqual(before)
            && placed.All(inClusters.Contains)
            && s.Clusters.All(c => c.Ideas.Distinct().Count() == c.Ideas.Length)
            && s.UnclusteredIdeas().Length + s.Ideas.Count(i => inClusters.Contains(i.Id)) == s.Ideas.Length;
    }

    [Property(MaxTest = 30)]
    public bool AnonymousAuthors_NeverAppearInEventsExportsOrSavedIdeas(int seed)
    {
        var random = new Random(seed);
        ImmutableArray<Participant> named = People(4);
        ImmutableArray<Participant> quiet = [.. Enumerable.Range(1, 3).Select(i => new Participant($"quiet-{i}", $"Quiet Writer {i}"))];
        var design = new BrainstormDesign
        {
            Participants = [.. named, .. quiet],
            Rounds = [new GenerationRound { Anonymous = true }, new GenerationRound(GenerationTechnique.Brainwriting) { Anonymous = true, TeamSize = 3 }, new GenerationRound()],
            EndRoundsWhenTimeIsUp = false,
        };
        var (s, _) = CreateSut(design);
        var events = new List<BrainstormEvent>();
        using var subscription = s.OnEvent(events.Add);
        for (var round = 0; round < 3; round++)
        {
            s.StartRound(F);
            for (var k = 0; k < 12; k++)
            {
                // The quiet people write only in the anonymous rounds; the named people write in every round.
                var writer = round < 2 && random.Next(2) == 0 ? quiet[random.Next(quiet.Length)] : named[random.Next(named.Length)];
                try
                {
                    s.AddIdea(Actor.ForParticipant(writer.Id), $"idea {round}-{k}", options: BrainstormFixtures.Opt(random.Next(3) == 0 ? $"cmd-{k}" : null));
                }
                catch (CommandRejectedException)
                {
                }

                if (round == 1 && random.Next(4) == 0 && s.PermittedCommands.Contains(nameof(BrainstormCommand.PassSheets)))
                {
                    s.PassSheets(F);
                }
            }

            s.EndRound(F);
        }

        s.BeginClarifying(F);
        s.BeginClustering(F);
        s.BeginVoting(F);
        s.CastDots(P("p1"), "p1", new Dictionary<ContributionId, int> { [s.Ballot[0]] = 1 });
        s.EndVoting(F);
        var saved = JsonDocument.Parse(s.Save()).RootElement;
        string[] outputs =
        [
            // Events that carry a seating name everyone seated (that is not authorship); every other event must not name the quiet writers.
            .. events.Where(e => e is not (RoundStarted or SheetsPassed or StepStarted)).Select(e => JsonSerializer.Serialize(e, BrainstormSessionJsonContext.Default.BrainstormEvent)),
            .. events.OfType<IdeaAdded>().Select(e => e.Idea.ToString() + e.Idea.Author),
            BrainstormHarvest.ToMarkdown(s),
            BrainstormHarvest.ToCsv(s),
            BrainstormHarvest.ToJson(s),
            // The saved log (format 2): every record but the 1-2-4-All seatings; the design before it lists everyone by design.
            .. saved.GetProperty("events").EnumerateArray().Where(r => r.GetProperty("type").GetString() != "stepStarted").Select(r => r.GetRawText()),
        ];
        return quiet.All(q => outputs.All(o => !o.Contains(q.Id.Value, StringComparison.Ordinal) && !o.Contains(q.DisplayName, StringComparison.Ordinal))
                && events.All(e => !e.Actor.Is(q.Id)))
            && s.Ideas.Where(i => i.Round.Number < 3).All(i => i.Author is null)
            && saved.GetProperty("events").EnumerateArray().Select(r => r.GetProperty("event"))
                .Where(e => e.GetProperty("actor").GetString() == "anonymous")
                .All(e => !e.TryGetProperty("commandId", out var id) || id.GetString()!.StartsWith('#'));
    }

    [Property(MaxTest = 60)]
    public bool Tally_EqualsAnIndependentRecount(int seed, bool ranked)
    {
        var random = new Random(seed);
        var design = (ranked ? Design(new GenerationRound(GenerationTechnique.NominalGroup)) : Design()) with { RankedChoices = 3 };
        var (s, _) = CreateSut(design);
        s.StartRound(F);
        var ideas = random.Next(1, 9);
        for (var i = 0; i < ideas; i++)
        {
            s.AddIdea(F, $"idea {i}");
        }

        s.EndRound(F);
        s.BeginClarifying(F);
        s.BeginClustering(F);
        var budget = s.BeginVoting(F);
        foreach (var person in design.Participants.Where(_ => random.Next(3) > 0))
        {
            if (ranked)
            {
                var choice = s.Ballot.OrderBy(_ => random.Next()).Take(random.Next(1, budget + 1)).ToArray();
                s.CastRanking(Actor.ForParticipant(person.Id), person.Id, choice);
            }
            else
            {
                var ballot = new Dictionary<ContributionId, int>();
                for (var d = random.Next(0, budget + 1); d > 0; d--)
                {
                    var idea = s.Ballot[random.Next(s.Ballot.Length)];
                    ballot[idea] = ballot.GetValueOrDefault(idea) + 1;
                }

                s.CastDots(Actor.ForParticipant(person.Id), person.Id, ballot);
            }
        }

        var result = s.EndVoting(F);

        // The recount: sum points per idea from the recorded ballots, then competition ranking (1, 1, 3).
        var points = s.Ballot.ToDictionary(i => i, _ => 0);
        foreach (var b in s.DotBallots.Values)
        {
            foreach (var (idea, n) in b)
            {
                points[idea] += n;
            }
        }

        foreach (var r in s.RankedBallots.Values)
        {
            for (var i = 0; i < r.Length; i++)
            {
                points[r[i]] += 3 - i;
            }
        }

        return result.Ranking.Length == s.Ballot.Length
            && result.Ranking.All(score => score.Points == points[score.Idea]
                && score.Rank == 1 + points.Values.Count(p => p > score.Points)
                && score.IsTied == (points.Values.Count(p => p == score.Points) > 1))
            && result.Ranking.Select(r => r.Points).SequenceEqual(result.Ranking.Select(r => r.Points).OrderDescending());
    }

    [Property(MaxTest = 40)]
    public bool SaveRestore_RoundTripsAndBehavesIdentically(int seed)
    {
        var random = new Random(seed);
        var design = Design(new GenerationRound(GenerationTechnique.RoundRobin), new GenerationRound(GenerationTechnique.Brainwriting) { TeamSize = 3 }, new GenerationRound(GenerationTechnique.OneTwoFourAll));
        var clock = new FakeTimeProvider(Start);
        var s = BrainstormSession.Create(design, new SessionOptions { TimeProvider = clock });
        var script = RandomScript.Make(random, 80);
        var cut = random.Next(script.Count);
        foreach (var step in script.Take(cut))
        {
            step(s, clock);
        }

        var saved = s.Save();
        var restoredClock = new FakeTimeProvider(clock.GetUtcNow());
        var restored = BrainstormSession.Restore(saved, new SessionOptions { TimeProvider = restoredClock });
        if (restored.Save() != saved || restored.Version != s.Version || restored.Phase != s.Phase
            || !EventRecords.Same(restored.GetEventRecords(), s.GetEventRecords()) || ReadModels.Json(restored.Ideas) != ReadModels.Json(s.Ideas) || ReadModels.Json(restored.Clusters) != ReadModels.Json(s.Clusters))
        {
            return false;
        }

        foreach (var step in script.Skip(cut))
        {
            step(s, clock);
            step(restored, restoredClock);
        }

        return restored.Save() == s.Save() && EventRecords.Same(restored.GetEventRecords(), s.GetEventRecords()) && ReadModels.Json(restored.Ideas) == ReadModels.Json(s.Ideas);
    }

    [Property(MaxTest = 150)]
    public bool Restore_MutatedDocument_RestoresOrThrowsSessionDocumentException(int seed)
    {
        var random = new Random(seed);
        var clock = new FakeTimeProvider(Start);
        var s = BrainstormSession.Create(Design(new GenerationRound(GenerationTechnique.RoundRobin), new GenerationRound(GenerationTechnique.OneTwoFourAll)), new SessionOptions { TimeProvider = clock });
        foreach (var step in RandomScript.Make(random, 40))
        {
            step(s, clock);
        }

        var text = s.Save().ToCharArray().ToList();
        for (var k = random.Next(1, 4); k > 0 && text.Count > 0; k--)
        {
            var at = random.Next(text.Count);
            switch (random.Next(4))
            {
                case 0:
                    text.RemoveAt(at);
                    break;
                case 1:
                    text[at] = Noise[random.Next(Noise.Length)];
                    break;
                case 2:
                    text.RemoveRange(at, text.Count - at);
                    break;
                default:
                    text.Insert(at, "0123456789-\"".ToCharArray()[random.Next(12)]);
                    break;
            }
        }

        try
        {
            var restored = BrainstormSession.Restore(new string([.. text]), new SessionOptions { TimeProvider = clock });
            return restored.Save() is not null;
        }
        catch (SessionDocumentException e)
        {
            return e.Message.Length > 0;
        }
    }

    [Fact]
    public void OneTwoFourAll_RepeatedFourTimes_NeverRepeatsAPair()
    {
        var rounds = Enumerable.Range(0, 4).Select(_ => new GenerationRound(GenerationTechnique.OneTwoFourAll)).ToArray();
        var (s, _) = CreateSut(Design(rounds) with { Participants = People(10), EndRoundsWhenTimeIsUp = false });
        var pairs = new List<(ParticipantId, ParticipantId)>();
        for (var r = 0; r < 4; r++)
        {
            s.StartRound(F);
            var seating = s.NextStep(F).Teams!;
            pairs.AddRange(seating.Groups.Select(g => seating.MembersOf(g)).Select(m => m[0].CompareTo(m[1]) < 0 ? (m[0], m[1]) : (m[1], m[0])));
            var fours = s.NextStep(F).Teams!;
            Assert.All(seating.Groups, g => Assert.Single(fours.Groups, f => seating.MembersOf(g).All(p => fours.MembersOf(f).Contains(p))));
            s.EndRound(F);
        }

        Assert.Equal(20, pairs.Count);
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
    }
}
