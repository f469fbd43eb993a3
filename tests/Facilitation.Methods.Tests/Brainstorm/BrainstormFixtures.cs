using System.Collections.Immutable;
using Facilitation.Methods.Brainstorm;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Brainstorm;

internal static class BrainstormFixtures
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    public static Actor F => Actor.Facilitator;

    public static CommandOptions? Opt(string? id) => id is null ? null : new() { CommandId = id };

    public static SessionOptions On(TimeProvider clock) => new() { TimeProvider = clock };

    public static Actor P(string id) => Actor.ForParticipant(id);

    public static ImmutableArray<Participant> People(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new Participant($"p{i}", $"Person {i}"))];

    public static BrainstormDesign Design(params GenerationRound[] rounds) => new()
    {
        Title = "Village futures",
        Participants = People(6),
        Rounds = rounds.Length == 0 ? [new GenerationRound(GenerationTechnique.Open)] : [.. rounds],
        Categories = BrainstormCategories.FiveResources,
        Prompt = "What could make our village thrive?",
    };

    public static (BrainstormSession Session, FakeTimeProvider Clock) CreateSut(BrainstormDesign? design = null)
    {
        var clock = new FakeTimeProvider(Start);
        return (BrainstormSession.Create(design ?? Design(), new SessionOptions { TimeProvider = clock }), clock);
    }

    /// <summary>Runs an open round with the given ideas and moves to clustering.</summary>
    public static (BrainstormSession Session, FakeTimeProvider Clock) InClustering(BrainstormDesign? design = null, int ideas = 6)
    {
        var (s, clock) = CreateSut(design);
        s.StartRound(F);
        for (var i = 0; i < ideas; i++)
        {
            s.AddIdea(P($"p{i % 6 + 1}"), $"idea {i + 1}", BrainstormCategories.FiveResources[i % 5]);
        }

        s.EndRound(F);
        s.BeginClarifying(F);
        s.BeginClustering(F);
        return (s, clock);
    }

    /// <summary>Asserts that the command is refused with the given kind and leaves the session exactly as it was.</summary>
    public static CommandRejectedException Refused(BrainstormSession session, RejectionKind kind, Action command)
    {
        var before = session.Save();
        var version = session.Version;
        var e = Assert.Throws<CommandRejectedException>(command);
        Assert.Equal(kind, e.Kind);
        Assert.Equal(version, session.Version);
        Assert.Equal(before, session.Save());
        Assert.Equal(session.Phase.ToString(), e.Phase);
        Assert.Equal(session.PermittedCommands.Select(c => c.ToString()).ToArray(), e.PermittedCommands.ToArray());
        return e;
    }
}
