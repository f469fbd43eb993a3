using System.Collections.Immutable;
using Facilitation.Methods.Brainstorm;
using static Facilitation.Methods.Tests.Brainstorm.BrainstormFixtures;

namespace Facilitation.Methods.Tests.Brainstorm;

public class BrainstormSessionTests
{
    [Fact]
    public void Create_InvalidDesign_ListsEveryProblem()
    {
        var design = new BrainstormDesign
        {
            Participants = [new Participant("a"), new Participant("a")],
            Rounds = [new GenerationRound { Duration = TimeSpan.Zero, IdeasPerSheet = 0 }],
            Categories = ["land", "Land"],
            MaxDotsPerPerson = 0,
            RankedChoices = 0,
        };
        var e = Assert.Throws<InvalidDesignException>(() => BrainstormSession.Create(design));
        Assert.Contains(e.Errors, m => m.Contains("'a'", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("Round 1: the duration", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("ideas per sheet", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("category must appear once", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("cap on dots", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.Contains("Ranked choices", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_EmptyDesign_AsksForPeopleAndRounds()
    {
        var e = Assert.Throws<InvalidDesignException>(() => BrainstormSession.Create(new BrainstormDesign()));
        Assert.Contains("Add at least one participant: a brainstorm needs people.", e.Errors);
        Assert.Contains("Plan at least one generation round.", e.Errors);
    }

    [Fact]
    public void Check_SmallOneTwoFourAll_WarnsButRuns()
    {
        var design = new BrainstormDesign { Participants = People(3), Rounds = [new GenerationRound(GenerationTechnique.OneTwoFourAll)] };
        Assert.Contains(BrainstormSession.Check(design), m => m.StartsWith("Warning:", StringComparison.Ordinal));
        Assert.Equal(BrainstormPhase.Setup, BrainstormSession.Create(design).Phase);
    }

    [Fact]
    public void Setup_PermitsOnlyStartRound_AndRefusesIdeas()
    {
        var (s, _) = CreateSut();
        Assert.Equal(BrainstormPhase.Setup, s.Phase);
        Assert.Equal<string>([nameof(BrainstormCommand.StartRound), nameof(BrainstormCommand.Join), nameof(BrainstormCommand.Leave)], [.. s.PermittedCommands]);
        var e = Refused(s, RejectionKind.WrongPhase, () => s.AddIdea(P("p1"), "x"));
        Assert.Equal("AddIdea", e.Command);
        Assert.Equal("Setup", e.Phase);
        Assert.Equal(["StartRound", "Join", "Leave"], e.PermittedCommands.ToArray());
        Assert.Contains("AddIdea was refused in phase Setup", e.Message, StringComparison.Ordinal);
        Assert.Contains("Allowed now: StartRound, Join, Leave.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartRound_ByParticipant_IsNotPermitted()
    {
        var (s, _) = CreateSut();
        var e = Refused(s, RejectionKind.NotPermitted, () => s.StartRound(P("p1")));
        Assert.Contains("only the facilitator", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Generating_OpenRound_RecordsIdeasWithAuthorCategoryAndBuildsOn()
    {
        var (s, _) = CreateSut();
        var status = s.StartRound(F);
        Assert.Equal(BrainstormPhase.Generating, s.Phase);
        Assert.Equal(new Round(1), status.Round);
        Assert.Equal("What could make our village thrive?", status.Prompt?.Text);
        var first = s.AddIdea(P("p1"), "Homestay network", "Industry");
        var second = s.AddIdea(P("p2"), "Train hosts", "people", buildsOn: first);
        var group = s.AddIdea(F, "Map the trails", "scenery");
        var ideas = s.Ideas;
        Assert.Equal(["idea-1", "idea-2", "idea-3"], ideas.Select(i => i.Id.Value));
        Assert.Equal("industry", ideas[0].Category);
        Assert.Equal(new ParticipantId("p2"), ideas[1].Author);
        Assert.Equal(first, ideas[1].BuildsOn);
        Assert.Null(s.Ideas[2].Author);
        Assert.Equal(group, ideas[2].Id);
        Assert.Equal(3, s.Version - 1);
    }

    [Fact]
    public void AddIdea_BadInput_IsRefusedAndChangesNothing()
    {
        var (s, _) = CreateSut();
        s.StartRound(F);
        Assert.Contains("must not be empty", Refused(s, RejectionKind.InvalidInput, () => s.AddIdea(P("p1"), "  ")).Reason, StringComparison.Ordinal);
        Assert.Contains("at most 4000", Refused(s, RejectionKind.InvalidInput, () => s.AddIdea(P("p1"), new string('x', 4001))).Reason, StringComparison.Ordinal);
        Assert.Contains("control characters", Refused(s, RejectionKind.InvalidInput, () => s.AddIdea(P("p1"), "a\u0007b")).Reason, StringComparison.Ordinal);
        Assert.Contains("people, culture, land, industry, scenery", Refused(s, RejectionKind.InvalidInput, () => s.AddIdea(P("p1"), "x", "weather")).Reason, StringComparison.Ordinal);
        Refused(s, RejectionKind.InvalidInput, () => s.AddIdea(P("p1"), "x", buildsOn: new ContributionId("idea-9")));
        Refused(s, RejectionKind.NotPermitted, () => s.AddIdea(P("stranger"), "x"));
        Refused(s, RejectionKind.NotPermitted, () => s.AddIdea(Actor.System, "x"));
    }

    [Fact]
    public void Generating_RefusesVotes_JudgementIsDeferred()
    {
        var (s, _) = CreateSut();
        s.StartRound(F);
        var e = Refused(s, RejectionKind.WrongPhase, () => s.CastDots(P("p1"), "p1", new Dictionary<ContributionId, int>()));
        Assert.Contains("judgement is deferred", e.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(BrainstormCommand.CastDots), s.PermittedCommands);
        Assert.DoesNotContain(nameof(BrainstormCommand.MarkDuplicate), s.PermittedCommands);
    }

    [Fact]
    public void RoundRobin_OneIdeaPerTurn_InOrder()
    {
        var (s, _) = CreateSut(Design(new GenerationRound(GenerationTechnique.RoundRobin) { AllowPassing = true }));
        Assert.Equal(new ParticipantId("p1"), s.StartRound(F).TurnOf);
        s.AddIdea(P("p1"), "a");
        var e = Refused(s, RejectionKind.Conflict, () => s.AddIdea(P("p3"), "b"));
        Assert.Contains("it is 'p2''s turn", e.Reason, StringComparison.Ordinal);
        Assert.Equal(new ParticipantId("p3"), s.PassTurn(P("p2")));
        Refused(s, RejectionKind.NotPermitted, () => s.PassTurn(P("p4")));
        s.AddIdea(F, "recorded for p3");
        Assert.Equal(new ParticipantId("p3"), s.Ideas[^1].Author);
        Assert.Equal(new ParticipantId("p4"), s.CurrentRound!.TurnOf);
    }

    [Fact]
    public void RoundRobin_WithoutPassing_RefusesPass()
    {
        var (s, _) = CreateSut(Design(new GenerationRound(GenerationTechnique.RoundRobin) { AllowPassing = false }));
        s.StartRound(F);
        var e = Refused(s, RejectionKind.WrongPhase, () => s.PassTurn(P("p1")));
        Assert.Contains("PassTurn needs a round that takes turns and allows passing", e.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(BrainstormCommand.PassTurn), s.PermittedCommands);
    }

    [Fact]
    public void Brainwriting_SheetsPass_AndIdeasBuildOnTheSameSheet()
    {
        var design = Design(new GenerationRound(GenerationTechnique.Brainwriting) { TeamSize = 3 }) with { EndRoundsWhenTimeIsUp = false };
        var (s, _) = CreateSut(design);
        var status = s.StartRound(F);
        Assert.Equal(1, status.Pass); // passes are 1-based: pass 1 is on one's own sheet
        Assert.Equal(["team-1", "team-2"], status.Teams!.Groups.Select(g => g.Value));
        var a = s.AddIdea(P("p1"), "p1 on own sheet");
        s.AddIdea(P("p1"), "second");
        s.AddIdea(P("p1"), "third");
        Assert.Contains("already holds 3 ideas", Refused(s, RejectionKind.Conflict, () => s.AddIdea(P("p1"), "fourth")).Reason, StringComparison.Ordinal);
        Assert.Contains("facilitator cannot write", Refused(s, RejectionKind.NotPermitted, () => s.AddIdea(F, "x")).Reason, StringComparison.Ordinal);
        s.PassSheets(F);
        // p2 now holds p1's sheet (sheet 1) and may build on its ideas; p3 holds p2's sheet and may not.
        var b = s.AddIdea(P("p2"), "builds on p1", buildsOn: a);
        Assert.Equal(1, s.Ideas.Single(i => i.Id == b).Sheet);
        Assert.Contains("same sheet", Refused(s, RejectionKind.InvalidInput, () => s.AddIdea(P("p3"), "x", buildsOn: a)).Reason, StringComparison.Ordinal);
        s.PassSheets(F);
        Assert.Contains("a brainwriting round with a sheet still to meet someone", Refused(s, RejectionKind.WrongPhase, () => s.PassSheets(F)).Reason, StringComparison.Ordinal);
        s.AddIdea(P("p3"), "p3 closes sheet 1");
        Assert.Equal(1, s.Ideas[^1].Sheet);
    }

    [Fact]
    public void Brainwriting_Timer_PassesSheetsThenEndsRound()
    {
        var design = Design(new GenerationRound(GenerationTechnique.Brainwriting) { TeamSize = 3 });
        var (s, clock) = CreateSut(design);
        s.StartRound(F);
        Assert.Equal(1, s.CurrentRound!.Pass);
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(2, s.CurrentRound!.Pass);
        Assert.Equal(Actor.System, s.Events[^1].Actor);
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(2, s.CurrentRound!.Pass);
        clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(BrainstormPhase.BetweenRounds, s.Phase);
        Assert.IsType<RoundEnded>(s.Events[^1]);
    }

    [Fact]
    public void ExtendRound_MovesTheDeadline()
    {
        var (s, clock) = CreateSut();
        s.StartRound(F);
        var timebox = s.ExtendRound(F, TimeSpan.FromMinutes(3));
        Assert.Equal(TimeSpan.FromMinutes(8), timebox.Duration);
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(BrainstormPhase.Generating, s.Phase);
        Assert.Equal(TimeSpan.FromMinutes(2), s.CurrentRound!.Timebox.Remaining(clock));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(BrainstormPhase.BetweenRounds, s.Phase);
        Refused(s, RejectionKind.WrongPhase, () => s.ExtendRound(F, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void OneTwoFourAll_StepsFormPairsAndFours_AndRepeatsMeetNewPartners()
    {
        var design = Design(new GenerationRound(GenerationTechnique.OneTwoFourAll), new GenerationRound(GenerationTechnique.OneTwoFourAll)) with
        {
            Participants = People(8),
            EndRoundsWhenTimeIsUp = false,
        };
        var (s, _) = CreateSut(design);
        var met = new HashSet<(string, string)>();
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(OneTwoFourAllStep.Alone, s.StartRound(F).Step);
            var pairs = s.NextStep(F);
            Assert.Equal(4, pairs.Teams!.Groups.Length);
            Assert.All(pairs.Teams.Groups, g => Assert.Equal(2, pairs.Teams.MembersOf(g).Length));
            foreach (var g in pairs.Teams.Groups)
            {
                var m = pairs.Teams.MembersOf(g).Select(p => p.Value).Order(StringComparer.Ordinal).ToArray();
                Assert.True(met.Add((m[0], m[1])), $"{m[0]} and {m[1]} were paired twice.");
            }

            s.AddIdea(P("p1"), $"pair idea {round}");
            Assert.StartsWith("pair-", s.Ideas[^1].Team!.Value.Value, StringComparison.Ordinal);
            var fours = s.NextStep(F);
            Assert.All(fours.Teams!.Groups, g => Assert.Equal(4, fours.Teams.MembersOf(g).Length));
            Assert.Null(s.NextStep(F).Teams);
            Refused(s, RejectionKind.WrongPhase, () => s.NextStep(F));
            s.EndRound(F);
        }
    }

    [Fact]
    public void BetweenRounds_AllRoundsHeld_RefusesStartRound()
    {
        var (s, _) = CreateSut();
        s.StartRound(F);
        s.EndRound(F);
        Assert.Equal<string>([nameof(BrainstormCommand.BeginClarifying), nameof(BrainstormCommand.Join), nameof(BrainstormCommand.Leave)], [.. s.PermittedCommands]);
        Assert.Contains("StartRound needs a planned round not yet started", Refused(s, RejectionKind.WrongPhase, () => s.StartRound(F)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BeginClarifying_PhaseBegan_NamesBothPhasesThroughTheSharedShape()
    {
        var (s, _) = CreateSut();
        s.StartRound(F);
        s.EndRound(F);
        s.BeginClarifying(F);
        var change = Assert.IsAssignableFrom<IPhaseChange>(Assert.IsType<PhaseBegan>(s.Events[^1]));
        Assert.Equal(("BetweenRounds", "Clarifying"), (change.FromPhase, change.ToPhase));
    }

    [Fact]
    public void Clarifying_RecordsClarifications_AndRefusesNewIdeas()
    {
        var (s, _) = CreateSut();
        s.StartRound(F);
        var id = s.AddIdea(P("p1"), "Eco trail");
        s.EndRound(F);
        s.BeginClarifying(F);
        s.ClarifyIdea(F, id, "A signed walking route past the terraces.");
        Assert.Equal(["A signed walking route past the terraces."], s.Ideas[0].Clarifications.ToArray());
        Refused(s, RejectionKind.WrongPhase, () => s.AddIdea(P("p1"), "late idea"));
        Refused(s, RejectionKind.NotPermitted, () => s.ClarifyIdea(P("p1"), id, "mine"));
        Refused(s, RejectionKind.InvalidInput, () => s.ClarifyIdea(F, "idea-7", "?"));
    }

    [Fact]
    public void Clustering_HeadingsLate_IdeasInSeveralClusters_MergeKeepsAll_DuplicatesStay()
    {
        var (s, _) = InClustering();
        var a = s.AddCluster(F);
        var b = s.AddCluster(F, "Tourism");
        s.PlaceIdea(F, "idea-1", a);
        s.PlaceIdea(F, "idea-2", a);
        s.PlaceIdea(F, "idea-2", b);
        s.PlaceIdea(F, "idea-3", b);
        Refused(s, RejectionKind.Conflict, () => s.PlaceIdea(F, "idea-1", a));
        s.NameCluster(F, a, "Skills");
        var merged = s.MergeClusters(F, a, b);
        Assert.Equal("Skills", merged.Heading);
        Assert.Equal(["idea-1", "idea-2", "idea-3"], merged.Ideas.Select(i => i.Value));
        Assert.Single(s.Clusters);
        s.MarkDuplicate(F, "idea-4", "idea-1");
        Assert.Equal(6, s.Ideas.Length);
        Assert.Equal(new ContributionId("idea-1"), s.Ideas[3].DuplicateOf);
        Refused(s, RejectionKind.InvalidInput, () => s.MarkDuplicate(F, "idea-5", "idea-4"));
        Refused(s, RejectionKind.InvalidInput, () => s.MarkDuplicate(F, "idea-1", "idea-2"));
        Refused(s, RejectionKind.InvalidInput, () => s.MergeClusters(F, a, a));
        Refused(s, RejectionKind.NotPermitted, () => s.MergeClusters(P("p1"), a, "cluster-9"));
        Assert.Equal(["idea-4", "idea-5", "idea-6"], s.UnclusteredIdeas().Select(i => i.Id.Value));
    }

    [Fact]
    public void BeginVoting_DefaultBudget_IsAThirdOfTheBallot_Capped()
    {
        var (s, _) = InClustering(ideas: 10);
        s.MarkDuplicate(F, "idea-10", "idea-1");
        Assert.Equal(3, s.BeginVoting(F));
        Assert.Equal(9, s.Ballot.Length);
        Assert.Equal(3, s.DotsLeft("p1"));
        var (big, _) = InClustering(ideas: 60);
        Assert.Equal(10, big.BeginVoting(F));
    }

    [Fact]
    public void CastDots_OverBudgetOrCapOrForSomeoneElse_IsRefused()
    {
        var (s, _) = InClustering(Design() with { MaxDotsPerIdea = 2 }, ideas: 9);
        s.BeginVoting(F);
        Refused(s, RejectionKind.Conflict, () => s.CastDots(P("p1"), "p1", new Dictionary<ContributionId, int> { ["idea-1"] = 2, ["idea-2"] = 2 }));
        Refused(s, RejectionKind.Conflict, () => s.CastDots(P("p1"), "p1", new Dictionary<ContributionId, int> { ["idea-1"] = 3 }));
        Refused(s, RejectionKind.NotPermitted, () => s.CastDots(P("p1"), "p2", new Dictionary<ContributionId, int> { ["idea-1"] = 1 }));
        Refused(s, RejectionKind.InvalidInput, () => s.CastDots(P("p1"), "p1", new Dictionary<ContributionId, int> { ["idea-99"] = 1 }));
        Refused(s, RejectionKind.InvalidInput, () => s.CastDots(P("p1"), "p1", new Dictionary<ContributionId, int> { ["idea-1"] = -1 }));
        Refused(s, RejectionKind.WrongPhase, () => s.CastRanking(P("p1"), "p1", [new ContributionId("idea-1")]));
        Assert.Equal(1, s.CastDots(P("p1"), "p1", new Dictionary<ContributionId, int> { ["idea-1"] = 2 }));
        Assert.Equal(1, s.DotsLeft("p1"));
        // Casting again replaces the ballot: the budget is never exceeded.
        Assert.Equal(0, s.CastDots(F, "p1", new Dictionary<ContributionId, int> { ["idea-2"] = 2, ["idea-3"] = 1 }));
        Assert.Equal(3, s.DotBallots["p1"].Values.Sum());
    }

    [Fact]
    public void EndVoting_ReportsTiesAsTies_AndDecisionCloses()
    {
        var (s, _) = InClustering(ideas: 6);
        s.BeginVoting(F);
        s.CastDots(P("p1"), "p1", new Dictionary<ContributionId, int> { ["idea-1"] = 1, ["idea-2"] = 1 });
        s.CastDots(P("p2"), "p2", new Dictionary<ContributionId, int> { ["idea-2"] = 1, ["idea-1"] = 1 });
        s.CastDots(P("p3"), "p3", new Dictionary<ContributionId, int> { ["idea-3"] = 2 });
        var result = s.EndVoting(F);
        Assert.Equal(BrainstormPhase.Deciding, s.Phase);
        Assert.Equal(3, result.Ballots);
        Assert.All(result.Ranking.Take(3), r => Assert.Equal((1, 2, true), (r.Rank, r.Points, r.IsTied)));
        Assert.Equal(3, result.Winners.Count());
        Assert.Equal(ReadModels.Json(result.Ranking), ReadModels.Json(s.CountVotes().Ranking));
        Refused(s, RejectionKind.WrongPhase, () => s.CastDots(P("p4"), "p4", new Dictionary<ContributionId, int>()));
        Refused(s, RejectionKind.InvalidInput, () => s.Decide(F, []));
        s.Decide(F, [new ContributionId("idea-3")], "Start with the homestays.");
        s.Close(F);
        Assert.Equal(BrainstormPhase.Closed, s.Phase);
        Assert.Empty(s.PermittedCommands);
        Refused(s, RejectionKind.WrongPhase, () => s.Close(F));
    }

    [Fact]
    public void NominalGroup_VotesBySecretRanking_WithBordaPoints()
    {
        var design = Design(new GenerationRound(GenerationTechnique.NominalGroup)) with { RankedChoices = 3 };
        var (s, _) = CreateSut(design);
        Assert.Equal(VotingMethod.Ranked, s.VotingMethod);
        s.StartRound(F);
        for (var i = 1; i <= 6; i++)
        {
            s.AddIdea(P($"p{i}"), $"idea {i}");
        }

        s.EndRound(F);
        s.BeginClarifying(F);
        s.BeginClustering(F);
        Assert.Equal(3, s.BeginVoting(F));
        s.CastRanking(P("p1"), "p1", [new ContributionId("idea-2"), new ContributionId("idea-1"), new ContributionId("idea-3")]);
        s.CastRanking(P("p2"), "p2", [new ContributionId("idea-1")]);
        Refused(s, RejectionKind.InvalidInput, () => s.CastRanking(P("p3"), "p3", [new ContributionId("idea-1"), new ContributionId("idea-1")]));
        Refused(s, RejectionKind.InvalidInput, () => s.CastRanking(P("p3"), "p3", [.. Enumerable.Range(1, 4).Select(i => new ContributionId($"idea-{i}"))]));
        Refused(s, RejectionKind.WrongPhase, () => s.CastDots(P("p3"), "p3", new Dictionary<ContributionId, int>()));
        var result = s.EndVoting(F);
        Assert.Equal(("idea-1", 5), (result.Ranking[0].Idea.Value, result.Ranking[0].Points));
        Assert.Equal(("idea-2", 3), (result.Ranking[1].Idea.Value, result.Ranking[1].Points));
        Assert.Equal(("idea-3", 1), (result.Ranking[2].Idea.Value, result.Ranking[2].Points));
    }

    [Fact]
    public void NominalGroup_RankedBallot_IsPublishedSealed_AndKeptForRecounts()
    {
        var (s, _) = CreateSut(Design(new GenerationRound(GenerationTechnique.NominalGroup)) with { RankedChoices = 2 });
        s.StartRound(F);
        s.AddIdea(P("p1"), "idea 1");
        s.AddIdea(P("p2"), "idea 2");
        s.EndRound(F);
        s.BeginClarifying(F);
        s.BeginClustering(F);
        s.BeginVoting(F);
        var published = new List<SessionEvent>();
        var observed = new List<BrainstormEvent>();
        using var handler = s.OnEvent(published.Add);
        using var observer = ((IObservable<BrainstormEvent>)s).Subscribe(new Observer(observed.Add));

        s.CastRanking(P("p1"), "p1", [new ContributionId("idea-2"), new ContributionId("idea-1")]);

        Assert.All([Assert.Single(published), Assert.Single(observed)], e => Assert.Empty(Assert.IsType<RankingCast>(e).Ranking));
        Assert.Equal(new ParticipantId("p1"), ((RankingCast)observed[0]).Voter);
        Assert.Equal(["idea-2", "idea-1"], s.RankedBallots["p1"].Select(i => i.Value));
        Assert.Equal(["idea-2", "idea-1"], Assert.IsType<RankingCast>(s.Events[^1]).Ranking.Select(i => i.Value));
        Assert.Contains("idea-2", s.GetEventRecords(s.Version - 1)[0].Json, StringComparison.Ordinal);
    }

    [Fact]
    public void AnonymousRound_StoresNoAuthor_AndEventNamesNoOne()
    {
        var (s, _) = CreateSut(Design(new GenerationRound { Anonymous = true }));
        s.StartRound(F);
        s.AddIdea(P("p5"), "Rent the old school");
        Assert.Null(s.Ideas[0].Author);
        var added = Assert.IsType<IdeaAdded>(s.Events[^1]);
        Assert.Equal(Actor.Anonymous, added.Actor); // not Actor.System, the timers' identity
        Assert.DoesNotContain("\"author\"", s.Save(), StringComparison.OrdinalIgnoreCase);
        var saved = s.Save();
        Assert.DoesNotContain("p5", saved[saved.IndexOf("\"events\"", StringComparison.Ordinal)..], StringComparison.Ordinal); // the design lists everyone; the log names no writer
        Assert.DoesNotContain("p5", BrainstormHarvest.ToMarkdown(s), StringComparison.Ordinal);
        Assert.DoesNotContain("Person 5", BrainstormHarvest.ToCsv(s), StringComparison.Ordinal);
    }

    [Fact]
    public void CommandId_Retried_IsAppliedOnce()
    {
        var (s, _) = CreateSut();
        s.StartRound(F, Opt("start"));
        var first = s.AddIdea(P("p1"), "x", options: BrainstormFixtures.Opt("add-1"));
        var again = s.AddIdea(P("p1"), "x", options: BrainstormFixtures.Opt("add-1"));
        Assert.Equal(first, again);
        Assert.Single(s.Ideas);
        Assert.Equal(first, s.Events[^1] is IdeaAdded a ? a.Idea.Id : default);
        Assert.Equal("add-1", s.Events[^1].CommandId);
        s.StartRound(F, Opt("start"));
        Assert.Equal(2, s.Version);
    }

    [Fact]
    public void CommandId_RetriedAfterTheRoundEnded_ReturnsTheRoundAsTheCommandLeftIt()
    {
        var (s, _) = CreateSut(Design(new GenerationRound(), new GenerationRound()) with { EndRoundsWhenTimeIsUp = false });
        var first = s.StartRound(F, Opt("start-1"));
        var extended = s.ExtendRound(F, TimeSpan.FromMinutes(2), Opt("longer"));
        s.EndRound(F);
        s.StartRound(F);
        var version = s.Version;

        Assert.Equivalent(first, s.StartRound(F, Opt("start-1")), strict: true);
        Assert.Equivalent(extended, s.ExtendRound(F, TimeSpan.FromMinutes(2), Opt("longer")), strict: true);
        Assert.Equal(new Round(2), s.CurrentRound!.Round);
        Assert.Equal(version, s.Version);
    }

    [Fact]
    public void Events_OnePerAcceptedCommand_WithGapFreeVersions()
    {
        var (s, _) = InClustering();
        var versions = s.Events.Select(e => e.Version).ToList();
        Assert.Equal(Enumerable.Range(1, (int)s.Version).Select(v => (long)v), versions);
    }

    [Fact]
    public void Subscribe_ReceivesEventsAfterTheLock_AndThrowingHandlerIsHarmless()
    {
        var errors = new List<Exception>();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Start);
        var s = BrainstormSession.Create(Design(), new SessionOptions { TimeProvider = clock, OnSubscriberError = errors.Add });
        var seen = new List<BrainstormEvent>();
        using var good = s.OnEvent(e =>
        {
            seen.Add(e);
            Assert.Equal(BrainstormPhase.Generating, s.Phase); // reading from a handler does not deadlock
        });
        using var bad = s.OnEvent(_ => throw new InvalidOperationException("boom"));
        s.StartRound(F);
        Assert.IsType<RoundStarted>(Assert.Single(seen));
        Assert.Single(errors);
        Assert.Equal(1, s.Version);
    }

    [Fact]
    public async Task Commands_FromManyThreads_NoneLostNoneSwappedNoneTwice()
    {
        // Command ids are scoped to the actor (issue 11): all 16 people reuse the same ids "c0".."c99". For each id the first sender
        // owns it; everyone else is refused with a Conflict (never handed someone else's idea) and sends again under their own id.
        // Each person also retries every id they own: the retry returns their own idea and records nothing.
        var (s, _) = CreateSut(Design() with { Participants = People(16) });
        s.StartRound(F);
        var mine = new ContributionId[16][];
        await Task.WhenAll(Enumerable.Range(0, 16).Select(t => Task.Run(() =>
        {
            mine[t] = new ContributionId[100];
            var me = P($"p{t + 1}");
            for (var i = 0; i < 100; i++)
            {
                var text = $"idea {t}-{i}";
                try
                {
                    mine[t][i] = s.AddIdea(me, text, options: Opt($"c{i}"));
                    Assert.Equal(mine[t][i], s.AddIdea(me, text, options: Opt($"c{i}")));
                }
                catch (CommandRejectedException e) when (e.Kind == RejectionKind.Conflict)
                {
                    Assert.Contains("already used by someone else", e.Reason, StringComparison.Ordinal);
                    mine[t][i] = s.AddIdea(me, text, options: Opt($"p{t + 1}-{i}"));
                }
            }
        })));

        Assert.Equal(1600, s.Ideas.Length);
        Assert.Equal(Enumerable.Range(1, 1601).Select(v => (long)v), s.Events.Select(e => e.Version));
        for (var t = 0; t < 16; t++)
        {
            for (var i = 0; i < 100; i++)
            {
                var idea = s.Ideas.Single(x => x.Id == mine[t][i]);
                Assert.Equal((new ParticipantId($"p{t + 1}"), $"idea {t}-{i}"), (idea.Author!.Value, idea.Text));
            }
        }
    }

    [Fact]
    public void ToMermaid_DrawsEveryPhase()
    {
        var (s, _) = CreateSut();
        var mermaid = s.ToMermaid();
        Assert.StartsWith("stateDiagram-v2", mermaid, StringComparison.Ordinal);
        foreach (var phase in Enum.GetNames<BrainstormPhase>())
        {
            Assert.Contains(phase, mermaid, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Dispose_StopsTheTimer()
    {
        var (s, clock) = CreateSut();
        s.StartRound(F);
        s.Dispose();
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(BrainstormPhase.Generating, s.Phase);
        Assert.True(s.CurrentRound!.Timebox.IsOver(clock));
    }

    private sealed class Observer(Action<BrainstormEvent> onNext) : IObserver<BrainstormEvent>
    {
        public void OnNext(BrainstormEvent value) => onNext(value);

        public void OnError(Exception error) => throw error;

        public void OnCompleted()
        {
        }
    }
}
