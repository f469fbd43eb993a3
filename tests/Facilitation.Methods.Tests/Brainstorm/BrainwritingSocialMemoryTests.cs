using System.Collections.Immutable;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.Rotation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Facilitation.Methods.Tests.Brainstorm.BrainstormFixtures;

namespace Facilitation.Methods.Tests.Brainstorm;

/// <summary>Issue 13: brainwriting teams, like 1-2-4-All pairs, mix people who have not met when the design lists who met before.</summary>
public class BrainwritingSocialMemoryTests
{
    private static readonly GenerationRound Brainwriting = new(GenerationTechnique.Brainwriting) { TeamSize = 3 };

    [Fact]
    public void Teams_YesterdaysTwoTablesAsMetBefore_AreMixed_AndTheSameAfterRestore()
    {
        // Yesterday p1–p3 sat at one table and p4–p6 at the other: in roster order the two teams would be those tables again.
        var yesterday = new[] { new[] { "p1", "p2", "p3" }, new[] { "p4", "p5", "p6" } };
        var design = Design(Brainwriting) with { MetBefore = PairsOf(yesterday) };
        var (session, clock) = CreateSut(design);
        session.StartRound(F);

        var teams = TeamsOf(session);
        Assert.Equal(2, teams.Length);
        Assert.All(teams, team => Assert.Equal(3, team.Length));
        Assert.Equal(2, Met(teams, design.MetBefore)); // the least possible: any three of them hold two from one table
        Assert.All(teams, team => Assert.Equal(team.OrderBy(p => int.Parse(p.Value[1..], System.Globalization.CultureInfo.InvariantCulture)), team)); // the passing order is the roster's
        using var restored = BrainstormSession.Restore(session.Save(), On(clock));
        Assert.Equal(teams.Select(t => string.Join(",", t)), TeamsOf(restored).Select(t => string.Join(",", t)));
    }

    [Fact]
    public void Teams_WithoutMetBefore_StayInRosterOrder()
    {
        var (session, _) = CreateSut(Design(Brainwriting));
        session.StartRound(F);

        Assert.Equal(["p1,p2,p3", "p4,p5,p6"], TeamsOf(session).Select(t => string.Join(",", t)));
    }

    // With random rosters, team sizes and earlier groups, the teams are the roster-order team sizes filled by everyone here, each in roster
    // order, and they never hold more pairs who met before than the roster-order teams do.
    [Property(MaxTest = 40)]
    public Property Teams_WithMetBefore_AreAPartitionWithNoMoreMetPairsThanRosterOrder() => Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), seed =>
    {
        var random = new Random(seed);
        var people = random.Next(4, 19);
        var teamSize = random.Next(2, 7);
        var roster = People(people);
        var earlier = roster.Select(p => p.Id.Value).OrderBy(_ => random.Next()).Chunk(random.Next(2, 6)).ToArray();
        var design = Design(new GenerationRound(GenerationTechnique.Brainwriting) { TeamSize = teamSize }) with { Participants = roster, MetBefore = PairsOf(earlier), Seed = seed };
        var (session, _) = CreateSut(design);
        session.StartRound(F);

        var teams = TeamsOf(session);
        ImmutableArray<ImmutableArray<ParticipantId>> inRosterOrder = [.. SheetRotationTeams(roster, teamSize)];
        var everyone = teams.SelectMany(t => t).ToList();
        var ok = everyone.Count == people && everyone.Distinct().Count() == people
            && teams.Select(t => t.Length).SequenceEqual(inRosterOrder.Select(t => t.Length))
            && teams.All(t => t.SequenceEqual(t.OrderBy(p => roster.IndexOf(roster.Single(x => x.Id == p)))))
            && Met(teams, design.MetBefore) <= Met(inRosterOrder, design.MetBefore);
        return ok.Label($"seed {seed}: {people} people, teams of {teamSize}: {string.Join(" | ", teams.Select(t => string.Join(",", t)))}");
    });

    private static ImmutableArray<ImmutableArray<ParticipantId>> TeamsOf(BrainstormSession session)
    {
        var seating = session.CurrentRound!.Teams!;
        return [.. seating.Groups.Select(g => seating.MembersOf(g))];
    }

    private static IEnumerable<ImmutableArray<ParticipantId>> SheetRotationTeams(ImmutableArray<Participant> roster, int teamSize)
    {
        var count = (roster.Length + teamSize - 1) / teamSize;
        var start = 0;
        for (var t = 0; t < count; t++)
        {
            var size = roster.Length / count + (t < roster.Length % count ? 1 : 0);
            yield return [.. roster.Skip(start).Take(size).Select(p => p.Id)];
            start += size;
        }
    }

    // Counted here on its own: how many of the met-before pairs share a team.
    private static int Met(ImmutableArray<ImmutableArray<ParticipantId>> teams, ImmutableArray<ParticipantPair> metBefore) =>
        teams.Sum(team => metBefore.Count(pair => team.Contains(pair.First) && team.Contains(pair.Second)));

    private static ImmutableArray<ParticipantPair> PairsOf(IEnumerable<IEnumerable<string>> groups) =>
        [.. groups.SelectMany(g => g.SelectMany((a, i) => g.Skip(i + 1).Select(b => new ParticipantPair(a, b))))];
}
