using System.Collections.Immutable;
using System.Globalization;
using Facilitation.Methods.Rotation;
using C = Facilitation.Methods.WorldCafe.WorldCafeCommand;

namespace Facilitation.Methods.WorldCafe;

/// <content>Planning and re-planning the seating. Planning is pure (it reads the state, never writes it), so a command computes its new plan first and commits only when everything is valid.</content>
public sealed partial class WorldCafeSession
{
    private PlannedSeating? Replan(C command, IReadOnlyList<Participant> roster, IReadOnlySet<ParticipantId> present, IReadOnlyDictionary<GroupId, ParticipantId> hosts, bool initial = false)
    {
        var held = _s.Held;
        var total = Design.Rounds;
        if ((!initial && _s.Seatings.Count == 0) || held >= total)
        {
            return null;
        }

        var plannerRounds = Design.ReturnHomeFinalRound ? total - 1 : total;
        var seatings = _s.Seatings.Take(held).ToList();
        var groups = GroupsFor(hosts, present);
        FairnessReport? report = null;
        if (held < plannerRounds)
        {
            var problem = ProblemFor(roster, present, groups, seatings, plannerRounds);
            problem = problem with { Announced = Announced(problem, held, plannerRounds) };
            RotationPlan plan;
            try
            {
                plan = _planner.Plan(problem);
            }
            catch (Exception e) when (e is FacilitationException or ArgumentException or InvalidOperationException)
            {
                throw Reject(command, RejectionKind.Conflict, $"The seating cannot be planned: {e.Message}");
            }

            var fresh = plan.Rounds.Length == plannerRounds ? plan.Rounds.Skip(held) : plan.Rounds;
            seatings.AddRange(fresh);
            report = plan.Report;
        }

        if (Design.ReturnHomeFinalRound)
        {
            seatings.Add(ReturnHome(seatings[0], roster, present, groups, total));
        }

        for (var r = held; r < total; r++)
        {
            var problems = r < seatings.Count && seatings[r].Round.Number == r + 1
                ? seatings[r].FindProblems(groups, present)
                : [Format($"round {r + 1} is missing from the plan.")];
            if (problems.Count > 0)
            {
                throw Reject(command, RejectionKind.Conflict, $"The planner returned an invalid seating: {problems[0]}");
            }
        }

        if (seatings.Count != total)
        {
            throw Reject(command, RejectionKind.Conflict, Format($"The planner returned {seatings.Count} rounds instead of {total}."));
        }

        return new PlannedSeating(held + 1, seatings, report);
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
    private ImmutableArray<Seating> Announced(RotationProblem problem, int held, int plannerRounds)
    {
        var people = problem.Participants.Select(p => p.Id).ToHashSet();
        var tables = problem.Groups.Select(g => g.Id).ToHashSet();
        return [.. _s.Seatings.Skip(held).Take(plannerRounds - held).Select((s, i) => new Seating(
            new Round(held + i + 1),
            s.Groups.Where(tables.Contains).Select(g => new KeyValuePair<GroupId, IEnumerable<ParticipantId>>(g, s.MembersOf(g).Where(people.Contains)))))];
    }

    private ImmutableArray<Group> GroupsFor(IReadOnlyDictionary<GroupId, ParticipantId> hosts, IReadOnlySet<ParticipantId> present) =>
        [.. Design.Tables.Select((t, i) => new Group(
            t.Id,
            t.Capacity,
            hosts.TryGetValue(t.Id, out var h) && present.Contains(h) ? h : (ParticipantId?)null,
            Design.QuestionMode == QuestionMode.PerTable ? _tableQuestions[i] : (Prompt?)null,
            t.Name))];

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

    private void Commit(PlannedSeating? plan, List<WorldCafeEvent> events)
    {
        if (plan is null)
        {
            return;
        }

        _s.Seatings.Clear();
        _s.Seatings.AddRange(plan.Seatings);
        _s.Report = plan.Report ?? _s.Report;
        events.Add(new SeatingPlanned(new Round(plan.FromRound), [.. plan.Seatings], plan.Report));
    }

    private sealed record PlannedSeating(int FromRound, List<Seating> Seatings, FairnessReport? Report);
}
