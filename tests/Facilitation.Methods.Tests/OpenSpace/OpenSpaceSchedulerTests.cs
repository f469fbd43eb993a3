using Facilitation.Methods.OpenSpace;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Facilitation.Methods.Tests.OpenSpace.OpenSpaceFixture;

namespace Facilitation.Methods.Tests.OpenSpace;

public class OpenSpaceSchedulerTests
{
    private static readonly AgendaSchedulingOptions Quick = new() { Iterations = 3_000 };

    /// <summary>A marketplace with random issues (random conveners, some posted into cells) and random interest, from a seed.</summary>
    internal static OpenSpaceSession RandomMarketplace(int seed, int people, int spaces, int slots, int issues)
    {
        var random = new Random(seed);
        var (session, _) = Create(Design(participants: people, spaces: spaces, slots: slots));
        session.OpenCircle(Host);
        session.BeginAgendaSetting(Host);
        for (var i = 0; i < issues; i++)
        {
            var convener = Id(random.Next(1, people + 1));
            AgendaCell? cell = random.Next(3) == 0 ? new AgendaCell(random.Next(1, slots + 1), $"s{random.Next(1, spaces + 1)}") : null;
            try
            {
                session.PostIssue(Host, $"i{i}", $"Issue {i}", convener, cell);
            }
            catch (CommandRejectedException)
            {
                session.PostIssue(Host, $"i{i}", $"Issue {i}", convener);
            }
        }

        session.OpenMarketplace(Host);
        foreach (var issue in session.Issues)
        {
            for (var p = 1; p <= people; p++)
            {
                if (random.Next(4) == 0 && issue.Convener != Id(p))
                {
                    session.ExpressInterest(Host, issue.Id, Id(p));
                }
            }
        }

        return session;
    }

    private static (int Clashes, int Unplaced, long Conflicts, long Overflow) Recount(OpenSpaceSession session, AgendaProposal proposal)
    {
        var issues = session.Issues.ToDictionary(i => i.Id);
        var capacity = session.Spaces.ToDictionary(s => s.Id, s => s.Capacity);
        var placed = proposal.Placements.Where(p => p.Cell is not null).ToList();
        var clashes = placed.GroupBy(p => (issues[p.Issue].Convener, p.Cell!.Value.Slot)).Sum(g => g.Count() * (g.Count() - 1) / 2);
        long conflicts = placed.SelectMany(p => issues[p.Issue].Interested.Select(person => (person, p.Cell!.Value.Slot)))
            .GroupBy(x => x).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        long overflow = placed.Sum(p => (long)Math.Max(0, issues[p.Issue].Interested.Length - capacity[p.Cell!.Value.Space]));
        return (clashes, proposal.Placements.Length - placed.Count, conflicts, overflow);
    }

    private static (int Clashes, int Unplaced, long Conflicts, long Overflow) Terms(AgendaScore score) =>
        (score.ConvenerClashes, score.Unplaced, score.CoInterestConflicts, score.RoomOverflow);

    [Property(MaxTest = 40)]
    public Property ProposeAgenda_AnyInstance_HasNoConvenerClashAndHonestTerms(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var session = RandomMarketplace(seed.Get, random.Next(2, 12), random.Next(1, 4), random.Next(1, 4), random.Next(0, 14));
        var proposal = session.ProposeAgenda(new AgendaSchedulingOptions { Iterations = Quick.Iterations, Seed = seed.Get });
        var recount = Recount(session, proposal);
        var cells = proposal.Placements.Where(p => p.Cell is not null).Select(p => p.Cell!.Value).ToList();
        return (proposal.Score.ConvenerClashes == 0).Label("no clash")
            .And((recount == Terms(proposal.Score)).Label($"terms {Terms(proposal.Score)} vs recount {recount}"))
            .And((cells.Distinct().Count() == cells.Count).Label("one session per cell"))
            .And((proposal.Placements.Length == session.Issues.Count(i => i.IsActive)).Label("every active issue listed"));
    }

    [Property(MaxTest = 30)]
    public Property Rescheduling_AfterASlotStarted_NeverMovesItsSessions(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var session = RandomMarketplace(seed.Get, random.Next(3, 10), random.Next(1, 4), random.Next(2, 4), random.Next(1, 10));
        var first = session.ProposeAgenda(Quick);
        session.AdoptAgenda(Host, first);
        session.StartNextSlot(Host);
        var frozen = session.Issues.Where(i => i.Cell?.Slot == 1).ToDictionary(i => i.Id, i => i.Cell);
        session.RegisterParticipant(Host, new Participant("newcomer"));
        session.ExpressInterest(Host, session.Issues[^1].Id, "newcomer");
        var second = session.ProposeAgenda(new AgendaSchedulingOptions { Iterations = Quick.Iterations, Seed = seed.Get + 1 });
        session.AdoptAgenda(Host, second);
        var after = session.Issues.ToDictionary(i => i.Id, i => i.Cell);
        return frozen.All(kv => after[kv.Key] == kv.Value).Label("frozen sessions stay")
            .And(session.Issues.Count(i => i.Cell?.Slot == 1) == frozen.Count).Label("nothing moves into a started slot");
    }

    [Fact]
    public void ProposeAgenda_SameSeed_GivesTheSameAgenda()
    {
        var session = RandomMarketplace(7, 10, 3, 3, 8);
        var first = string.Join("; ", session.ProposeAgenda(Quick).Placements);
        Assert.Equal(first, string.Join("; ", session.ProposeAgenda(Quick).Placements));
    }

    [Fact]
    public void ProposeAgenda_MoreSessionsThanCells_ReportsUnplaced()
    {
        var session = RandomMarketplace(3, 8, 1, 2, 5);
        var proposal = session.ProposeAgenda(Quick);
        Assert.Equal(3, proposal.Score.Unplaced);
        Assert.Equal(3, proposal.Unplaced.Length);
        session.AdoptAgenda(Host, proposal);
        Assert.Equal(5, session.Issues.Length);
        Assert.Equal(3, session.Issues.Count(i => i.Cell is null));
    }

    [Fact]
    public void ProposeAgenda_NoRoomForAll_LeavesTheLeastWantedOff()
    {
        var (session, _) = Create(Design(participants: 5, spaces: 1, slots: 1));
        session.OpenCircle(Host);
        session.BeginAgendaSetting(Host);
        session.PostIssue(P(1), "popular", "Popular", cell: new AgendaCell(1, "s1"));
        session.PostIssue(P(2), "quiet", "Quiet");
        session.OpenMarketplace(Host);
        for (var p = 3; p <= 5; p++)
        {
            session.ExpressInterest(P(p), "popular", Id(p));
        }

        var proposal = session.ProposeAgenda(Quick);
        Assert.Equal(new ContributionId[] { "quiet" }, proposal.Unplaced);
    }

    [Fact]
    public void ProposeAgenda_SharedInterest_SplitsSessionsAcrossSlots()
    {
        var (session, _) = Create(Design(participants: 4, spaces: 2, slots: 2));
        session.OpenCircle(Host);
        session.BeginAgendaSetting(Host);
        session.PostIssue(P(1), "a", "A", cell: new AgendaCell(1, "s1"));
        session.PostIssue(P(2), "b", "B", cell: new AgendaCell(1, "s2"));
        session.OpenMarketplace(Host);
        session.ExpressInterest(P(3), "a", Id(3));
        session.ExpressInterest(P(3), "b", Id(3));
        var proposal = session.ProposeAgenda(Quick);
        Assert.Equal(0, proposal.Score.CoInterestConflicts);
        Assert.NotEqual(proposal.Placements[0].Cell!.Value.Slot, proposal.Placements[1].Cell!.Value.Slot);
    }

    [Fact]
    public void ProposeAgenda_AfterPublishing_PrefersFewChanges()
    {
        var session = RandomMarketplace(11, 10, 3, 3, 6);
        session.AdoptAgenda(Host, session.ProposeAgenda(Quick));
        var again = session.ProposeAgenda(new AgendaSchedulingOptions { Iterations = Quick.Iterations, Seed = 99 });
        Assert.Equal(0, again.Score.Changes);
    }

    [Fact]
    public void ProposeAgenda_NegativeWeight_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RandomMarketplace(1, 3, 1, 1, 1).ProposeAgenda(new AgendaSchedulingOptions { OverflowWeight = -1 }));
}

public class AgendaSearchTests
{
    [Property(MaxTest = 60)]
    public Property Solve_DeltaBookkeeping_EqualsARecount(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var sessions = random.Next(1, 16);
        var slots = random.Next(1, 4);
        var spaces = random.Next(1, 4);
        var people = random.Next(2, 12);
        var convener = Enumerable.Range(0, sessions).Select(_ => random.Next(people)).ToArray();
        var interested = convener.Select(c => Enumerable.Range(0, people).Where(p => p == c || random.Next(3) == 0).ToArray()).ToArray();
        var baseline = Enumerable.Range(0, sessions).Select(_ => random.Next(-1, slots * spaces)).ToArray();
        var none = Enumerable.Repeat(-1, sessions).ToArray();
        var problem = new AgendaProblem(slots, spaces, people, [.. Enumerable.Range(0, spaces).Select(_ => random.Next(1, 6))],
            [.. Enumerable.Repeat(true, slots)], convener, interested, none, none, baseline);
        var search = new AgendaSearch(problem, 1, 2, 3);
        search.Solve(seed.Get, random.Next(0, 3_000));
        var score = problem.Score(search.CurrentCells, 1, 2, 3);
        var recount = (2 * AgendaSearch.Hard * score.ConvenerClashes) + (AgendaSearch.Hard * score.Unplaced) + score.WeightedCost;
        return (search.Cost == recount).Label($"cost {search.Cost} vs recount {recount}");
    }
}
