using BenchmarkDotNet.Attributes;
using Facilitation.Methods.Brainstorm;

namespace Facilitation.Methods.Benchmarks.Brainstorm;

/// <summary>Command throughput and save/restore cost for a 30-person brainstorm with 300 ideas, clusters and a dot vote.</summary>
[MemoryDiagnoser]
public class BrainstormBenchmarks
{
    private const int Ideas = 100;
    private static readonly BrainstormDesign Design = new()
    {
        Participants = [.. Enumerable.Range(1, 30).Select(i => new Participant($"p{i}", $"Person {i}"))],
        Rounds = [new GenerationRound(), new GenerationRound(GenerationTechnique.Brainwriting), new GenerationRound()],
        Categories = BrainstormCategories.FiveResources,
        EndRoundsWhenTimeIsUp = false,
    };

    private string _saved = string.Empty;
    private BrainstormSession _full = null!;

    [GlobalSetup]
    public void Setup()
    {
        _full = BrainstormSession.Create(Design);
        _full.StartRound(Actor.Facilitator);
        for (var i = 0; i < 300; i++)
        {
            _full.AddIdea(Actor.ForParticipant($"p{i % 30 + 1}"), $"Idea number {i} about the village", BrainstormCategories.FiveResources[i % 5]);
        }

        _full.EndRound(Actor.Facilitator);
        _full.BeginClarifying(Actor.Facilitator);
        _full.BeginClustering(Actor.Facilitator);
        var clusters = Enumerable.Range(0, 10).Select(_ => _full.AddCluster(Actor.Facilitator, "Theme")).ToList();
        for (var i = 0; i < 300; i++)
        {
            _full.PlaceIdea(Actor.Facilitator, new ContributionId($"idea-{i + 1}"), clusters[i % 10]);
        }

        var budget = _full.BeginVoting(Actor.Facilitator);
        for (var p = 1; p <= 30; p++)
        {
            _full.CastDots(Actor.ForParticipant($"p{p}"), $"p{p}", Enumerable.Range(0, budget).ToDictionary(d => new ContributionId($"idea-{(p * 7 + d) % 300 + 1}"), _ => 1));
        }

        _saved = _full.Save();
    }

    /// <summary>Adds 100 ideas to a fresh session (one open round); reported per idea.</summary>
    [Benchmark(OperationsPerInvoke = Ideas)]
    public int AddIdea()
    {
        using var session = BrainstormSession.Create(Design);
        session.StartRound(Actor.Facilitator);
        for (var i = 0; i < Ideas; i++)
        {
            session.AddIdea(Actor.ForParticipant($"p{i % 30 + 1}"), "An idea about the village", "land");
        }

        return session.Ideas.Length;
    }

    /// <summary>Saves a 30-person session with 300 ideas, 10 clusters and 30 dot ballots.</summary>
    [Benchmark]
    public int Save() => _full.Save().Length;

    /// <summary>Restores that session (full validation of the document).</summary>
    [Benchmark]
    public long Restore()
    {
        using var session = BrainstormSession.Restore(_saved, null);
        return session.Version;
    }

    /// <summary>Counts the 30 ballots into a ranking.</summary>
    [Benchmark]
    public int CountVotes() => _full.CountVotes().Ranking.Length;
}
