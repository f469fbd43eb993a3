using System.Collections.Immutable;
using Facilitation.Methods.Brainstorm;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;
using static Facilitation.Methods.Tests.Brainstorm.BrainstormFixtures;

namespace Facilitation.Methods.Tests.Brainstorm;

public class BrainstormJoinLeaveTests
{
    private static Participant Newcomer(int number) => new($"p{number}", $"Person {number}");

    private static BrainstormDesign Only(GenerationRound round, int people = 4) =>
        Design(round) with { Participants = People(people), EndRoundsWhenTimeIsUp = false };

    [Fact]
    public void RoundRobin_ANewcomerTakesTurnsAfterEveryoneHere()
    {
        var (s, _) = CreateSut(Only(new GenerationRound(GenerationTechnique.RoundRobin), 3));
        s.StartRound(F);
        s.AddIdea(P("p1"), "first");
        s.Join(F, Newcomer(7));
        Assert.Equal(["p1", "p2", "p3", "p7"], s.Present.Select(p => p.Value));
        Assert.Equal("p2", s.CurrentRound!.TurnOf!.Value.Value);
        s.AddIdea(P("p2"), "second");
        s.AddIdea(P("p3"), "third");
        Assert.Equal("p7", s.CurrentRound!.TurnOf!.Value.Value);
        s.AddIdea(P("p7"), "fourth");
        Assert.Equal("p1", s.CurrentRound!.TurnOf!.Value.Value);
    }

    [Fact]
    public void RoundRobin_TheLeaversTurnPassesOn_AndOthersKeepTheirs()
    {
        var (s, _) = CreateSut(Only(new GenerationRound(GenerationTechnique.RoundRobin), 4));
        s.StartRound(F);
        s.AddIdea(P("p1"), "one");
        s.AddIdea(P("p2"), "two");
        s.Leave(P("p1"), "p1");                                       // before the turn: p3 keeps it
        Assert.Equal("p3", s.CurrentRound!.TurnOf!.Value.Value);
        s.Leave(F, "p3");                                             // the turn holder: it passes to p4
        Assert.Equal("p4", s.CurrentRound!.TurnOf!.Value.Value);
        s.Leave(F, "p4");                                             // the last in order: it wraps to p2
        Assert.Equal("p2", s.CurrentRound!.TurnOf!.Value.Value);
        Assert.Equal(["one", "two"], s.Ideas.Select(i => i.Text));   // nothing written is lost
        Assert.Equal("p1", s.Ideas[0].Author!.Value.Value);
        var e = Refused(s, RejectionKind.NotPermitted, () => s.AddIdea(P("p1"), "back?"));
        Assert.Contains("'p1' has left this brainstorm", e.Reason, StringComparison.Ordinal);
        var last = Refused(s, RejectionKind.WrongPhase, () => s.Leave(F, "p2"));   // the last person here
        Assert.Contains("more than one person here", last.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NominalGroup_LeaverIsSkipped_NewcomerRanks_AndACastRankingStillCounts()
    {
        var (s, _) = CreateSut(Only(new GenerationRound(GenerationTechnique.NominalGroup), 3));
        s.StartRound(F);
        s.AddIdea(P("p1"), "a");
        s.AddIdea(P("p2"), "b");
        s.AddIdea(P("p3"), "c");
        s.EndRound(F);
        foreach (var step in new Action<Actor, CommandOptions?>[] { s.BeginClarifying, s.BeginClustering, (f, o) => s.BeginVoting(f, o) })
        {
            step(F, null);
        }

        s.CastRanking(P("p1"), "p1", [new ContributionId("idea-3")]);
        s.Leave(P("p1"), "p1");
        s.Join(F, Newcomer(8));
        s.CastRanking(P("p8"), "p8", [new ContributionId("idea-3"), new ContributionId("idea-2")]);
        Refused(s, RejectionKind.InvalidInput, () => s.CastRanking(F, "p1", [new ContributionId("idea-1")]));
        var result = s.EndVoting(F);
        Assert.Equal(["p1", "p8"], s.RankedBallots.Keys.Select(p => p.Value));
        Assert.Equal("idea-3", result.Ranking[0].Idea.Value);
    }

    [Fact]
    public void DotVoting_ANewcomerGetsTheSameBudget_ALeaverCannotVoteButTheirDotsStay()
    {
        var (s, _) = InClustering(Design() with { DotsPerPerson = 2 });
        s.BeginVoting(F);
        s.CastDots(P("p1"), "p1", new Dictionary<ContributionId, int> { [new ContributionId("idea-1")] = 2 });
        s.Leave(P("p1"), "p1");
        s.Join(F, Newcomer(9));
        Assert.Equal(2, s.DotsLeft("p9"));
        s.CastDots(P("p9"), "p9", new Dictionary<ContributionId, int> { [new ContributionId("idea-2")] = 1 });
        Refused(s, RejectionKind.NotPermitted, () => s.CastDots(P("p1"), "p1", new Dictionary<ContributionId, int> { [new ContributionId("idea-2")] = 1 }));
        var result = s.EndVoting(F);
        Assert.Equal(2, result.Ranking.Single(r => r.Idea.Value == "idea-1").Points);
    }

    [Fact]
    public void Brainwriting_ALeaversSheetIsParked_ANewcomerTakesItOn_AndEverySheetMeetsEveryoneHere()
    {
        var (s, _) = CreateSut(Only(new GenerationRound(GenerationTechnique.Brainwriting) { TeamSize = 4, IdeasPerSheet = 1 }));
        s.StartRound(F);
        foreach (var p in new[] { "p1", "p2", "p3", "p4" })
        {
            s.AddIdea(P(p), $"{p} on their own sheet");
        }

        s.Leave(F, "p3");
        Assert.Contains(("team-1", 3, (string?)null), Holders(s));
        s.PassSheets(F);
        Assert.Equal([("team-1", 1, "p2"), ("team-1", 2, "p4"), ("team-1", 3, null), ("team-1", 4, "p1")], Holders(s));
        s.Join(F, Newcomer(5));
        Assert.Contains(("team-1", 3, "p5"), Holders(s));
        Assert.Equal(["p1", "p2", "p4", "p5"], s.CurrentRound!.Teams!.MembersOf("team-1").Select(p => p.Value));
        var idea = s.AddIdea(P("p5"), "p5 goes on with p3's sheet");
        Assert.Equal(3, s.Ideas.Single(i => i.Id == idea).Sheet);

        var met = Holders(s).Where(h => h.Holder is not null).ToDictionary(h => h.Sheet, h => new HashSet<string> { h.Holder! });
        for (var passes = 0; s.PermittedCommands.Contains(nameof(BrainstormCommand.PassSheets)); passes++)
        {
            Assert.True(passes < 10, "the sheets keep passing");
            s.PassSheets(F);
            foreach (var (_, sheet, holder) in Holders(s))
            {
                met[sheet].Add(holder!);
            }
        }

        Assert.All(met.Values, holders => Assert.Superset(new HashSet<string> { "p1", "p2", "p4", "p5" }, holders));
        Assert.Equal(4, s.Ideas.Count(i => i.Pass == 1));             // p3's idea is still there
        Assert.Contains(s.Ideas, i => i.Author?.Value == "p3" && i.Sheet == 3);
    }

    [Fact]
    public void Brainwriting_ANewcomerJoinsTheSmallestTeamWithAFreshSheet()
    {
        var (s, _) = CreateSut(Only(new GenerationRound(GenerationTechnique.Brainwriting) { TeamSize = 3 }, 5));
        var teams = s.StartRound(F).Teams!;
        Assert.Equal([3, 2], teams.Groups.Select(g => teams.MembersOf(g).Length));
        s.Join(F, Newcomer(6));
        Assert.Equal(["p4", "p5", "p6"], s.CurrentRound!.Teams!.MembersOf("team-2").Select(p => p.Value));
        Assert.Contains(("team-2", 3, "p6"), Holders(s));
        var idea = s.AddIdea(P("p6"), "late but keen");
        Assert.Equal(("team-2", 3), (s.Ideas.Single(i => i.Id == idea).Team!.Value.Value, s.Ideas.Single(i => i.Id == idea).Sheet!.Value));
    }

    [Fact]
    public void Brainwriting_Anonymous_JoinsAndLeavesAddNothingThatNarrowsAWriter()
    {
        var (s, _) = CreateSut(Only(new GenerationRound(GenerationTechnique.Brainwriting) { TeamSize = 2, Anonymous = true }));
        s.StartRound(F);
        s.AddIdea(P("p1"), "secret one");
        s.Leave(F, "p2");
        s.Join(F, Newcomer(5));
        s.AddIdea(P("p5"), "secret two");
        s.PassSheets(F);
        s.AddIdea(P("p1"), "secret three");
        Assert.All(s.Ideas, i => Assert.True(i.Author is null && i.Team is null && i.Sheet is null && i.Pass is null && i.Step is null));
        Assert.All(s.Events.OfType<IdeaAdded>(), e => Assert.Equal(Actor.Anonymous, e.Actor));
        var saved = s.Save();
        Assert.DoesNotContain("\"sheet\"", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("\"team\"", saved, StringComparison.Ordinal);
    }

    [Fact]
    public void OneTwoFourAll_JoinersAndLeaversChangeThePairsAndFours_AndFoursFormFromThoseHere()
    {
        var (s, _) = CreateSut(Only(new GenerationRound(GenerationTechnique.OneTwoFourAll), 6));
        s.StartRound(F);
        s.Join(F, Newcomer(7));                                        // alone: nothing to join yet
        var pairs = s.NextStep(F).Teams!;
        Assert.Equal(7, pairs.Groups.Sum(g => pairs.MembersOf(g).Length));
        var someone = pairs.MembersOf(pairs.Groups[0])[0];
        s.Leave(F, someone);
        s.Join(F, Newcomer(8));
        var now = s.CurrentRound!.Teams!;
        Assert.Null(now.GroupOf(someone));
        Assert.NotNull(now.GroupOf("p8"));
        Assert.Equal(pairs.Groups.ToArray(), now.Groups.ToArray());                        // team ids never shift
        var fours = s.NextStep(F).Teams!;
        Assert.Equal(s.Present.Order(), fours.Groups.SelectMany(g => fours.MembersOf(g)).Order());
        s.AddIdea(P("p8"), "from a four");
        Assert.Equal(fours.GroupOf("p8"), s.Ideas[^1].Team);
    }

    [Fact]
    public void Open_ANewcomerWritesAndALeaverCannot()
    {
        var (s, _) = CreateSut(Only(new GenerationRound(GenerationTechnique.Open)));
        s.StartRound(F);
        s.Join(F, Newcomer(5));
        s.AddIdea(P("p5"), "new voice");
        s.Leave(P("p5"), "p5");
        Refused(s, RejectionKind.NotPermitted, () => s.AddIdea(P("p5"), "again"));
        s.Join(F, Newcomer(5));                                       // back with the same details
        s.AddIdea(P("p5"), "back again");
        Assert.Equal(2, s.Ideas.Count(i => i.Author?.Value == "p5"));
    }

    [Fact]
    public void JoinAndLeave_FollowTheContract()
    {
        var (s, _) = CreateSut(Only(new GenerationRound(GenerationTechnique.Open), 3));
        Assert.Equal<string>([nameof(BrainstormCommand.StartRound), nameof(BrainstormCommand.Join), nameof(BrainstormCommand.Leave)], [.. s.PermittedCommands]);
        Refused(s, RejectionKind.NotPermitted, () => s.Join(P("p1"), Newcomer(5)));
        Refused(s, RejectionKind.NotPermitted, () => s.Leave(P("p1"), "p2"));
        Refused(s, RejectionKind.Conflict, () => s.Join(F, new Participant("p1", "Person 1")));
        Refused(s, RejectionKind.InvalidInput, () => s.Leave(F, "nobody"));
        Assert.Throws<ArgumentNullException>(() => s.Join(F, null!));
        s.Leave(F, "p2", Opt("bye"));
        s.Leave(F, "p2", Opt("bye"));                                 // a retry returns the first result
        Assert.Single(s.Events.OfType<ParticipantLeft>());
        Refused(s, RejectionKind.Conflict, () => s.Leave(F, "p2"));
        Refused(s, RejectionKind.InvalidInput, () => s.Join(F, new Participant("p2", "Someone else")));
        s.Join(F, new Participant("p2", "Person 2"));
        Refused(s, RejectionKind.Conflict, () => s.Join(F, Newcomer(3), new CommandOptions { ExpectedVersion = 1 }));
    }

    [Fact]
    public void SaveRestore_MidBrainwritingAfterJoinsAndLeaves_KeepsTeamsSheetsAndTurn()
    {
        var (s, clock) = CreateSut(Design(new GenerationRound(GenerationTechnique.Brainwriting) { TeamSize = 3 }) with { Participants = People(5) });
        s.StartRound(F);
        s.AddIdea(P("p1"), "one");
        s.Leave(F, "p2");
        s.Join(F, Newcomer(8));
        clock.Advance(TimeSpan.FromMinutes(5));                       // the timer passes the sheets
        s.AddIdea(P("p8"), "eight");
        var restored = BrainstormSession.Restore(s.Save(), On(new FakeTimeProvider(clock.GetUtcNow())));
        Assert.Equal(s.Save(), restored.Save());
        Assert.Equivalent(s.CurrentRound, restored.CurrentRound, strict: true);
        Assert.Equal(s.HeldSheets().ToArray(), restored.HeldSheets().ToArray());
        Assert.Equal(s.Present.ToArray(), restored.Present.ToArray());
    }

    [Property(MaxTest = 60)]
    public bool RandomJoinsAndLeaves_NeverLoseAnIdea_NorGiveATurnOrASheetToSomeoneAbsent(int seed)
    {
        var random = new Random(seed);
        var techniques = Enum.GetValues<GenerationTechnique>();
        var rounds = Enumerable.Range(0, 3)
            .Select(_ => new GenerationRound(techniques[random.Next(techniques.Length)]) { TeamSize = random.Next(2, 5), Anonymous = random.Next(4) == 0 })
            .ToArray();
        var clock = new FakeTimeProvider(Start);
        var s = BrainstormSession.Create(Design(rounds) with { Participants = People(random.Next(2, 7)) }, On(clock));
        foreach (var step in RandomScript.Make(random, 150))
        {
            var before = s.Ideas;
            step(s, clock);
            var after = s.Ideas;
            if (after.Length < before.Length || !after.Take(before.Length).Select(i => (i.Id, i.Text, i.Author)).SequenceEqual(before.Select(i => (i.Id, i.Text, i.Author))) || !Consistent(s))
            {
                return false;
            }
        }

        var restored = BrainstormSession.Restore(s.Save(), On(new FakeTimeProvider(clock.GetUtcNow())));
        return restored.Save() == s.Save() && restored.HeldSheets().SequenceEqual(s.HeldSheets()) && Equals(restored.CurrentRound, s.CurrentRound);
    }

    private static bool Consistent(BrainstormSession s)
    {
        var here = s.Present.ToHashSet();
        if (s.CurrentRound is not { } round)
        {
            return s.HeldSheets().IsEmpty;
        }

        if (round.TurnOf is { } turn && !here.Contains(turn))
        {
            return false;
        }

        var seated = round.Teams is { } teams ? teams.Groups.SelectMany(g => teams.MembersOf(g)).ToList() : [];
        if (seated.Any(p => !here.Contains(p)) || seated.Count != seated.Distinct().Count())
        {
            return false;
        }

        var holders = s.HeldSheets().Where(h => h.Holder is not null).Select(h => h.Holder!.Value).ToList();
        return round.Technique != GenerationTechnique.Brainwriting
            || (here.SetEquals(seated) && holders.Count == here.Count && here.SetEquals(holders));
    }

    private static List<(string Team, int Sheet, string? Holder)> Holders(BrainstormSession s) =>
        [.. s.HeldSheets().Select(h => (h.Team.Value, h.Sheet, h.Holder?.Value))];
}
