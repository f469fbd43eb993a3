using System.Collections.Immutable;
using System.Globalization;
using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.Tests.Rotation;

/// <summary>Problems for the rotation tests, and an independent checker of plans.</summary>
internal static class RotationTestProblems
{
    public static ImmutableArray<Participant> People(int count, string prefix = "p") =>
        [.. Enumerable.Range(1, count).Select(i => new Participant(prefix + i.ToString("D2", CultureInfo.InvariantCulture)))];

    public static ImmutableArray<Group> Tables(int count, int capacity, bool hosts = false) =>
        [.. Enumerable.Range(1, count).Select(i => new Group("t" + i.ToString(CultureInfo.InvariantCulture), capacity, hosts ? new ParticipantId("p" + i.ToString("D2", CultureInfo.InvariantCulture)) : (ParticipantId?)null))];

    /// <summary>The social golfer instance: groups × size people, rounds rounds.</summary>
    public static RotationProblem Golfers(int groups, int size, int rounds, bool hosts = false) => new()
    {
        Participants = People(groups * size),
        Groups = Tables(groups, size, hosts),
        Rounds = rounds,
        TimeLimit = TimeSpan.FromSeconds(20),
    };

    /// <summary>A planner whose search ends after a step budget (deterministic) with one worker.</summary>
    public static RotationPlanner Planner(long steps = 400) => new() { StepLimit = steps, Workers = 1 };

    /// <summary>A random valid and satisfiable problem: ≤ 30 people, ≤ 6 rounds, with hosts, pair rules, absences, languages and mixing.</summary>
    public static RotationProblem RandomProblem(int seed)
    {
        var random = new Random(seed);
        var n = random.Next(2, 31);
        var groupCount = random.Next(1, Math.Min(6, n) + 1);
        var capacity = Math.Max(3, (n + 2 + groupCount - 1) / groupCount);
        var people = Enumerable.Range(1, n).Select(i => new Participant(
            $"p{i:D2}",
            attributes: random.Next(3) == 0 ? [] : [new("team", "abc"[random.Next(3)].ToString())],
            languages: random.Next(2) == 0 ? ["en"] : ["en", "zh"])).ToImmutableArray();
        var hostCount = random.Next(0, groupCount + 1);
        var groups = Enumerable.Range(0, groupCount).Select(g => new Group($"t{g + 1}", capacity + random.Next(0, 2), g < hostCount ? people[g].Id : (ParticipantId?)null, random.Next(4) == 0 ? new Prompt("Why?") : (Prompt?)null)).ToImmutableArray();
        var travellers = people.Skip(hostCount).Select(p => p.Id).OrderBy(_ => random.Next()).ToList();
        var together = new List<ParticipantPair>();
        var apart = new List<ParticipantPair>();
        for (var i = 0; i + 1 < travellers.Count && together.Count < 2 && random.Next(2) == 0; i += 2)
        {
            together.Add(new(travellers[i], travellers[i + 1]));
        }

        var loose = travellers.Skip(together.Count * 2).ToList();
        if (groupCount >= 2)
        {
            for (var i = 0; i + 1 < loose.Count && apart.Count < 2 && random.Next(2) == 0; i += 2)
            {
                apart.Add(new(loose[i], loose[i + 1]));
            }
        }

        var rounds = random.Next(1, 7);
        var absences = people.Where(_ => random.Next(6) == 0).Select(p => new Absence(p.Id, [.. Enumerable.Range(1, rounds).Where(_ => random.Next(2) == 0)])).Where(a => a.Rounds.Length > 0).ToImmutableArray();
        var problem = new RotationProblem
        {
            Participants = people,
            Groups = groups,
            Rounds = rounds,
            KeepTogether = [.. together],
            KeepApart = [.. apart],
            Absences = absences,
            MixBy = random.Next(2) == 0 ? "team" : null,
            MustShareLanguage = random.Next(3) == 0,
            Objective = random.Next(2) == 0 ? RotationObjective.Spread : RotationObjective.FewestRepeats,
            Seed = random.Next(),
            TimeLimit = TimeSpan.FromSeconds(30),
        };

        // Some problems re-plan: the first rounds are held already (planned by the planner itself).
        var held = rounds > 1 ? random.Next(0, rounds) : 0;
        if (held > 0)
        {
            var earlier = Planner(50).Plan(problem);
            problem = problem with { History = [.. earlier.Rounds.Take(held)] };
        }

        return problem;
    }

    /// <summary>Every way a plan breaks the hard rules of its problem, counted without the library's own checks.</summary>
    public static List<string> HardRuleViolations(RotationProblem problem, RotationPlan plan)
    {
        var errors = new List<string>();
        if (plan.Rounds.Length != problem.Rounds)
        {
            errors.Add($"{plan.Rounds.Length} rounds instead of {problem.Rounds}");
            return errors;
        }

        var capacity = problem.Groups.ToDictionary(g => g.Id, g => g.Capacity);
        for (var r = 0; r < problem.Rounds; r++)
        {
            var seating = plan.Rounds[r];
            if (seating.Round.Number != r + 1 || !seating.Groups.SequenceEqual(problem.Groups.Select(g => g.Id)))
            {
                errors.Add($"round {r + 1} numbered or ordered wrongly");
            }

            if (r < problem.History.Length && !seating.Equals(problem.History[r]))
            {
                errors.Add($"history round {r + 1} changed");
            }

            var present = problem.Participants.Select(p => p.Id).Where(p => !problem.Absences.Any(a => a.Participant == p && a.Rounds.Contains(r + 1))).ToHashSet();
            var seated = seating.Groups.SelectMany(g => seating.MembersOf(g)).ToList();
            if (seated.Count != seated.Distinct().Count() || !present.SetEquals(seated))
            {
                errors.Add($"round {r + 1}: not every present person seated exactly once");
            }

            foreach (var g in seating.Groups)
            {
                var members = seating.MembersOf(g);
                if (members.Length > capacity[g])
                {
                    errors.Add($"round {r + 1}: {g} over capacity");
                }

                var byId = problem.Participants.ToDictionary(p => p.Id);
                if (problem.MustShareLanguage && members.Any(a => members.Any(b => !byId[a].SharesLanguageWith(byId[b]))))
                {
                    errors.Add($"round {r + 1}: {g} without a shared language");
                }
            }

            foreach (var g in problem.Groups.Where(g => g.Host is { } h && present.Contains(h)))
            {
                if (seating.GroupOf(g.Host!.Value) != g.Id)
                {
                    errors.Add($"round {r + 1}: host of {g.Id} moved");
                }
            }

            foreach (var pair in problem.KeepApart)
            {
                if (seating.GroupOf(pair.First) is { } a && a == seating.GroupOf(pair.Second))
                {
                    errors.Add($"round {r + 1}: {pair} together");
                }
            }

            foreach (var pair in problem.KeepTogether)
            {
                if (seating.GroupOf(pair.First) is { } a && seating.GroupOf(pair.Second) is { } b && a != b)
                {
                    errors.Add($"round {r + 1}: {pair} apart");
                }
            }
        }

        return errors;
    }

    /// <summary>Recounts repeated pairs, most meetings and revisits straight from the seatings.</summary>
    public static (int Repeated, int Max, int Revisits) Recount(RotationProblem problem, IEnumerable<Seating> rounds)
    {
        var meetings = new Dictionary<string, int>(StringComparer.Ordinal);
        var visits = new Dictionary<string, int>(StringComparer.Ordinal);
        var hosts = problem.Groups.Where(g => g.Host is not null).Select(g => g.Host!.Value.Value).ToHashSet();
        var identity = problem.Groups.Where(g => g.Host is not null || g.Prompt is not null).Select(g => g.Id).ToHashSet();
        foreach (var seating in rounds)
        {
            foreach (var g in seating.Groups)
            {
                var members = seating.MembersOf(g).Select(p => p.Value).Order(StringComparer.Ordinal).ToArray();
                for (var i = 0; i < members.Length; i++)
                {
                    if (identity.Contains(g) && !hosts.Contains(members[i]))
                    {
                        var key = members[i] + "@" + g.Value;
                        visits[key] = visits.GetValueOrDefault(key) + 1;
                    }

                    for (var j = i + 1; j < members.Length; j++)
                    {
                        var key = members[i] + "|" + members[j];
                        meetings[key] = meetings.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        return (meetings.Values.Sum(m => m - 1), meetings.Count == 0 ? 0 : meetings.Values.Max(), visits.Values.Sum(v => v - 1));
    }

    /// <summary>Counts the planned rounds in which a table holds two or more people more than a table with a free seat.</summary>
    public static int UnbalancedRounds(RotationProblem problem, IReadOnlyList<Seating> rounds)
    {
        var capacity = problem.Groups.ToDictionary(g => g.Id, g => g.Capacity);
        return rounds.Skip(problem.History.Length).Count(seating =>
        {
            var sizes = seating.Groups.Select(g => (Size: seating.MembersOf(g).Length, Capacity: capacity[g])).ToList();
            var open = sizes.Where(x => x.Size < x.Capacity).Select(x => x.Size).DefaultIfEmpty(int.MaxValue).Min();
            return sizes.Any(x => x.Size - open >= 2);
        });
    }

    /// <summary>
    /// A café that announced its rounds and then changed its roster: a plan without pair rules is announced after the held
    /// rounds, then someone arrives late (a new participant, away in the held rounds) and someone leaves for good.
    /// </summary>
    public static (RotationProblem Problem, System.Collections.Immutable.ImmutableArray<Seating> Announced) ChangedRoster(int seed)
    {
        var random = new Random(seed);
        var n = random.Next(6, 25);
        var groups = random.Next(2, 5);
        var capacity = ((n + 1) / groups) + 1 + random.Next(0, 2);
        var rounds = random.Next(2, 6);
        var held = random.Next(0, rounds - 1);
        var hosts = random.Next(2) == 0;
        var original = new RotationProblem
        {
            Participants = People(n),
            Groups = Tables(groups, capacity, hosts),
            Rounds = rounds,
            Seed = random.Next(),
            TimeLimit = TimeSpan.FromSeconds(30),
        };
        var plan = Planner(100).Plan(original);
        var announced = plan.Rounds.Skip(held).ToImmutableArray();
        var newcomer = new Participant("late");
        var leaver = original.Participants[^1].Id;
        var from = held + 1 + random.Next(0, rounds - held);
        var changed = original with
        {
            Participants = original.Participants.Add(newcomer),
            History = [.. plan.Rounds.Take(held)],
            Absences =
            [
                .. held > 0 ? [new Absence(newcomer.Id, [.. Enumerable.Range(1, held)])] : Array.Empty<Absence>(),
                new Absence(leaver, [.. Enumerable.Range(from, rounds - from + 1)]),
            ],
        };
        return (changed, announced);
    }

    /// <summary>The moves of a simple repair: newcomers take free seats at the emptiest tables, then, while a table holds two more than one with a free seat, one person moves from the fullest to the emptiest.</summary>
    public static int SimpleRepairMoves(RotationProblem problem, IReadOnlyList<Seating> announced)
    {
        var moves = 0;
        var capacity = problem.Groups.ToDictionary(g => g.Id, g => g.Capacity);
        for (var i = 0; i < announced.Count; i++)
        {
            var round = problem.History.Length + i + 1;
            bool Present(ParticipantId p) => !problem.Absences.Any(a => a.Participant == p && a.Rounds.Contains(round));
            var sizes = announced[i].Groups.ToDictionary(g => g, g => announced[i].MembersOf(g).Count(Present));
            var newcomers = problem.Participants.Count(p => Present(p.Id) && !announced[i].IsSeated(p.Id));
            for (var k = 0; k < newcomers; k++)
            {
                var emptiest = sizes.Where(x => x.Value < capacity[x.Key]).MinBy(x => x.Value).Key;
                sizes[emptiest]++;
            }

            while (true)
            {
                var open = sizes.Where(x => x.Value < capacity[x.Key]).MinBy(x => x.Value);
                var full = sizes.MaxBy(x => x.Value);
                if (open.Key.Value is null || full.Value - open.Value < 2)
                {
                    break;
                }

                sizes[full.Key]--;
                sizes[open.Key]++;
                moves++;
            }
        }

        return moves;
    }
}
