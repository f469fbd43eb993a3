using System.Collections.Immutable;
using System.Globalization;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.WorldCafe;

/// <summary>What the planner plans from: a copy of the café's people, hosts and seating, read under the gate at one version.</summary>
/// <param name="Version">The session version the copy was read at.</param>
/// <param name="Held">How many rounds have been held.</param>
/// <param name="Roster">Everyone who has been on the roster.</param>
/// <param name="Present">Who is here.</param>
/// <param name="Hosts">The hosts who stay at their table.</param>
/// <param name="Seatings">The seating of every round (held and announced).</param>
internal sealed record PlanInput(long Version, int Held, ImmutableArray<Participant> Roster, ImmutableHashSet<ParticipantId> Present, ImmutableDictionary<GroupId, ParticipantId> Hosts, ImmutableArray<Seating> Seatings)
{
    public static PlanInput Of(WorldCafeState s) =>
        new(s.Version, s.Held, [.. s.Roster], [.. s.Present], s.Hosts.ToImmutableDictionary(), [.. s.Seatings]);
}

/// <summary>
/// Plans the seating of the rounds not yet held, outside the engine's gate, from a <see cref="PlanInput"/>: the rotation planner
/// (balanced tables, seeded and effort-bounded, so the same café plans the same way) with the announced plan passed as
/// <see cref="RotationProblem.Announced"/>, so a late arrival or a departure moves as few people as possible.
/// </summary>
internal sealed class WorldCafePlanning(WorldCafeRules rules, IRotationPlanner planner)
{
    private WorldCafeDesign Design => rules.Design;

    /// <summary>Plans the rounds not yet held for the people and hosts a command leaves; throws <see cref="InvalidOperationException"/> when the planner cannot.</summary>
    public SeatingPlan Plan(PlanInput input, IReadOnlyList<Participant> roster, IReadOnlySet<ParticipantId> present, IReadOnlyDictionary<GroupId, ParticipantId> hosts)
    {
        var held = input.Held;
        var total = Design.Rounds;
        var plannerRounds = Design.ReturnHomeFinalRound ? total - 1 : total;
        var seatings = input.Seatings.Take(held).ToList();
        var groups = rules.GroupsFor(hosts, present);
        FairnessReport? report = null;
        if (held < plannerRounds)
        {
            var problem = ProblemFor(roster, present, groups, seatings, plannerRounds);
            if (Design.Replanning == CafeReplanning.KeepAnnouncedSeats)
            {
                problem = problem with { Announced = Announced(input, problem, held, plannerRounds) };
            }
            RotationPlan plan;
            try
            {
                plan = planner.Plan(problem);
            }
            catch (Exception e) when (e is FacilitationException or ArgumentException)
            {
                throw new InvalidOperationException(TextCatalog.Say("Refusal.Cafe.CannotPlan", e.Message), e);
            }

            seatings.AddRange(plan.Rounds.Length == plannerRounds ? plan.Rounds.Skip(held) : plan.Rounds);
            report = plan.Report;
        }

        if (Design.ReturnHomeFinalRound)
        {
            seatings.Add(ReturnHome(seatings[0], roster, present, groups, total));
        }

        return new SeatingPlan(new Round(held + 1), [.. seatings.Skip(held)], report, input.Version, []);
    }

    private RotationProblem ProblemFor(IReadOnlyList<Participant> roster, IReadOnlySet<ParticipantId> present, ImmutableArray<Group> groups, List<Seating> history, int rounds)
    {
        var people = roster.Where(p => present.Contains(p.Id) || history.Any(s => s.IsSeated(p.Id))).ToImmutableArray();
        var ids = people.Select(p => p.Id).ToHashSet();
        var absences = people
            .Select(p => new Absence(p.Id, [.. Enumerable.Range(1, rounds).Where(r => r <= history.Count ? !history[r - 1].IsSeated(p.Id) : !present.Contains(p.Id))]))
            .Where(a => a.Rounds.Length > 0)
            .ToImmutableArray();
        bool Known(ParticipantPair pair) => ids.Contains(pair.First) && ids.Contains(pair.Second);
        return new RotationProblem
        {
            Participants = people,
            Groups = groups,
            Rounds = rounds,
            KeepApart = [.. Design.KeepApart.Where(Known)],
            KeepTogether = [.. Design.KeepTogether.Where(Known)],
            MetBefore = [.. Design.MetBefore.Where(p => p.First != p.Second && Known(p))],
            Absences = absences,
            History = [.. history],
            MixBy = Design.MixBy,
            Seed = unchecked(Design.Seed + history.Count),
            TimeLimit = Design.PlannerTimeLimit,
        };
    }

    /// <summary>
    /// The seating already announced for the rounds still to come (the current plan), limited to the people and tables of the
    /// new problem: the planner keeps it wherever the hard rules allow, so a join or a leave moves as few people as possible.
    /// </summary>
    private static ImmutableArray<Seating> Announced(PlanInput input, RotationProblem problem, int held, int plannerRounds)
    {
        var people = problem.Participants.Select(p => p.Id).ToHashSet();
        var tables = problem.Groups.Select(g => g.Id).ToHashSet();
        return [.. input.Seatings.Skip(held).Take(plannerRounds - held).Select((s, i) => new Seating(
            new Round(held + i + 1),
            s.Groups.Where(tables.Contains).Select(g => new KeyValuePair<GroupId, IEnumerable<ParticipantId>>(g, s.MembersOf(g).Where(people.Contains)))))];
    }

    /// <summary>The "return home" round: everyone back at their round-1 table; people who were not there in round 1 fill the emptiest tables.</summary>
    private static Seating ReturnHome(Seating first, IReadOnlyList<Participant> roster, IReadOnlySet<ParticipantId> present, ImmutableArray<Group> groups, int round)
    {
        var members = groups.ToDictionary(g => g.Id, _ => new List<ParticipantId>());
        var placed = new HashSet<ParticipantId>();
        foreach (var g in groups.Where(g => g.Host is { } h && present.Contains(h)))
        {
            members[g.Id].Add(g.Host!.Value);
            placed.Add(g.Host!.Value);
        }

        foreach (var g in groups)
        {
            foreach (var p in first.MembersOf(g.Id).Where(p => present.Contains(p) && !placed.Contains(p) && members[g.Id].Count < g.Capacity))
            {
                members[g.Id].Add(p);
                placed.Add(p);
            }
        }

        foreach (var p in roster.Select(p => p.Id).Where(p => present.Contains(p) && !placed.Contains(p)))
        {
            var table = groups.Where(g => members[g.Id].Count < g.Capacity).OrderByDescending(g => g.Capacity - members[g.Id].Count).FirstOrDefault();
            if (table is not null)
            {
                members[table.Id].Add(p);
            }
        }

        return new Seating(new Round(round), groups.Select(g => new KeyValuePair<GroupId, IEnumerable<ParticipantId>>(g.Id, members[g.Id])));
    }
}
