using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace Facilitation.Methods.Rotation;

/// <summary>Checks a <see cref="RotationProblem"/> fully, with one message a facilitator can act on per problem found.</summary>
internal sealed class RotationProblemValidator : AbstractValidator<RotationProblem>
{
    public RotationProblemValidator()
    {
        RuleFor(p => p.Participants.Length)
            .GreaterThanOrEqualTo(2).WithMessage("A rotation needs at least 2 participants; it has {PropertyValue}.")
            .LessThanOrEqualTo(Limits.MaxParticipants).WithMessage($"A rotation may seat at most {Limits.MaxParticipants:N0} participants; it has {{PropertyValue}}.")
            .OverridePropertyName(nameof(RotationProblem.Participants));
        RuleFor(p => p.Groups.Length)
            .GreaterThanOrEqualTo(1).WithMessage("A rotation needs at least one group (table) to seat people in.")
            .LessThanOrEqualTo(Limits.MaxGroups).WithMessage($"A rotation may have at most {Limits.MaxGroups:N0} groups; it has {{PropertyValue}}.")
            .OverridePropertyName(nameof(RotationProblem.Groups));
        RuleFor(p => p.Rounds)
            .GreaterThanOrEqualTo(1).WithMessage("The number of rounds must be at least 1; it is {PropertyValue}.")
            .LessThanOrEqualTo(Limits.MaxRounds).WithMessage($"A rotation may have at most {Limits.MaxRounds} rounds; it has {{PropertyValue}}.");
        RuleFor(p => p.TimeLimit)
            .GreaterThan(TimeSpan.Zero).WithMessage("The time limit must be positive; it is {PropertyValue}.")
            .LessThanOrEqualTo(RotationDefaults.MaxTimeLimit).WithMessage("The time limit may be at most one day; it is {PropertyValue}.");
        RuleFor(p => p.Effort)
            .InclusiveBetween(1, RotationDefaults.MaxEffort).WithMessage($"The effort must be a number of search steps from 1 to {RotationDefaults.MaxEffort:N0}; it is {{PropertyValue}}.");
        RuleFor(p => p.Objective)
            .IsInEnum().WithMessage("The objective must be Spread or FewestRepeats.");
        RuleFor(p => p.MixBy)
            .Must(m => m is null || !string.IsNullOrWhiteSpace(m)).WithMessage("The mix-by attribute name must not be blank; leave it unset for no mixing.");
        RuleFor(p => p.Participants).Custom((_, context) => CheckIdsAndRules(context.InstanceToValidate, context));
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void CheckIdsAndRules(RotationProblem problem, ValidationContext<RotationProblem> context)
    {
        void Fail(string message) => context.AddFailure(new ValidationFailure(string.Empty, message));

        if (problem.Participants.Any(p => p is null) || problem.Groups.Any(g => g is null) || problem.History.Any(s => s is null) || problem.Announced.Any(s => s is null) || problem.Absences.Any(a => a is null))
        {
            Fail("The participants, groups, absences, history and announced seatings must not contain null entries.");
            return;
        }

        var people = new HashSet<ParticipantId>();
        foreach (var duplicate in problem.Participants.GroupBy(p => p.Id).Where(g => g.Count() > 1))
        {
            Fail(Text($"The participant id '{duplicate.Key}' is used {duplicate.Count()} times; every participant needs an id of their own."));
        }

        people.UnionWith(problem.Participants.Select(p => p.Id));
        foreach (var duplicate in problem.Groups.GroupBy(g => g.Id).Where(g => g.Count() > 1))
        {
            Fail(Text($"The group id '{duplicate.Key}' is used {duplicate.Count()} times; every group needs an id of its own."));
        }

        var hosted = new Dictionary<ParticipantId, GroupId>();
        foreach (var group in problem.Groups)
        {
            if (group.Host is not { } host)
            {
                continue;
            }

            if (!people.Contains(host))
            {
                Fail($"The host '{host}' of group '{group.Id}' is not one of the participants; add them or choose another host.");
            }
            else if (hosted.TryGetValue(host, out var other))
            {
                Fail($"'{host}' hosts both '{other}' and '{group.Id}'; a person can host only one group.");
            }
            else
            {
                hosted[host] = group.Id;
            }
        }

        var rulesValid = CheckPairs(problem.KeepApart, "keep-apart", people, Fail) & CheckPairs(problem.KeepTogether, "keep-together", people, Fail);
        var apart = problem.KeepApart.Select(Normal).ToHashSet();
        foreach (var pair in problem.KeepTogether.Select(Normal).Distinct().Where(apart.Contains))
        {
            Fail($"'{pair.First}' and '{pair.Second}' are asked both to keep apart and to keep together; drop one of the two rules.");
            rulesValid = false;
        }

        var absencesValid = CheckAbsences(problem, people, Fail);
        if (people.Count != problem.Participants.Length || hosted.Count != problem.Groups.Count(g => g.Host is not null) || !rulesValid || !absencesValid
            || problem.Groups.Select(g => g.Id).Distinct().Count() != problem.Groups.Length || problem.Groups.IsEmpty || problem.Rounds < 1 || problem.Rounds > Limits.MaxRounds)
        {
            return; // the remaining checks need consistent ids
        }

        CheckKeepTogetherGroups(problem, hosted, Fail);
        CheckSeats(problem, Fail);
        CheckHistory(problem, Fail);
        CheckAnnounced(problem, Fail);
    }

    /// <summary>Announced rounds need only name known tables and people, in order after the history; the planner repairs the rest.</summary>
    private static void CheckAnnounced(RotationProblem problem, Action<string> fail)
    {
        if (problem.Announced.Any(s => s is null))
        {
            fail("The announced seatings must not contain null entries.");
            return;
        }

        if (!problem.Announced.IsEmpty && problem.History.Length + problem.Announced.Length > problem.Rounds)
        {
            fail(Text($"The history ({problem.History.Length} rounds) and the announced seating ({problem.Announced.Length} rounds) together hold more than the {problem.Rounds} rounds of the rotation."));
            return;
        }

        var groups = problem.Groups.Select(g => g.Id).ToHashSet();
        var people = problem.Participants.Select(p => p.Id).ToHashSet();
        for (var i = 0; i < problem.Announced.Length; i++)
        {
            var seating = problem.Announced[i];
            var round = problem.History.Length + i + 1;
            if (seating.Round.Number != round)
            {
                fail(Text($"Announced entry {i + 1} is the seating for {seating.Round}; announced rounds must follow the history: round {round} here."));
            }

            foreach (var group in seating.Groups.Where(g => !groups.Contains(g)))
            {
                fail(Text($"Announced round {round} names the group '{group}', which is not one of the groups."));
            }

            foreach (var person in seating.Seated.Where(p => !people.Contains(p)))
            {
                fail(Text($"Announced round {round} seats '{person}', who is not one of the participants."));
            }
        }
    }

    private static ParticipantPair Normal(ParticipantPair pair) => pair.First <= pair.Second ? pair : new ParticipantPair(pair.Second, pair.First);

    private static bool CheckPairs(IEnumerable<ParticipantPair> pairs, string rule, HashSet<ParticipantId> people, Action<string> fail)
    {
        var valid = true;
        foreach (var pair in pairs)
        {
            foreach (var person in new[] { pair.First, pair.Second }.Distinct())
            {
                if (string.IsNullOrEmpty(person.Value) || !people.Contains(person))
                {
                    fail($"The {rule} pair {pair} names '{person}', who is not one of the participants.");
                    valid = false;
                }
            }

            if (pair.First == pair.Second)
            {
                fail($"The {rule} pair {pair} names the same person twice; a pair needs two different people.");
                valid = false;
            }
        }

        return valid;
    }

    private static bool CheckAbsences(RotationProblem problem, HashSet<ParticipantId> people, Action<string> fail)
    {
        var valid = true;
        foreach (var absence in problem.Absences)
        {
            if (!people.Contains(absence.Participant))
            {
                fail($"An absence names '{absence.Participant}', who is not one of the participants.");
                valid = false;
            }

            foreach (var round in absence.Rounds.IsDefault ? [] : absence.Rounds)
            {
                if (round < 1 || round > problem.Rounds)
                {
                    fail(Text($"The absence of '{absence.Participant}' names round {round}, but rounds run from 1 to {problem.Rounds}."));
                    valid = false;
                }
            }
        }

        return valid;
    }

    private static void CheckKeepTogetherGroups(RotationProblem problem, Dictionary<ParticipantId, GroupId> hosted, Action<string> fail)
    {
        var model = PlanningModel.Compile(problem with { History = [] });
        var largest = problem.Groups.Max(g => g.Capacity);
        foreach (var members in model.ComponentMembers.Values.Where(m => m.Length > 1))
        {
            var ids = members.Select(p => problem.Participants[p].Id).ToArray();
            var names = string.Join("', '", ids.Select(i => i.Value));
            var hosts = ids.Where(hosted.ContainsKey).ToArray();
            if (hosts.Length > 1)
            {
                fail($"The keep-together group '{names}' holds the hosts '{string.Join("', '", hosts.Select(h => h.Value))}', who stay at different tables; drop a keep-together pair.");
                continue;
            }

            var limit = hosts.Length == 1 ? problem.Groups.First(g => g.Host == hosts[0]).Capacity : largest;
            if (ids.Length > limit)
            {
                fail(Text($"The keep-together group '{names}' holds {ids.Length} people, but {(hosts.Length == 1 ? $"the table of its host '{hosts[0]}'" : "the largest table")} seats only {limit}."));
            }

            for (var i = 0; i < members.Length; i++)
            {
                for (var j = i + 1; j < members.Length; j++)
                {
                    if (model.Conflicts(members[i], members[j]))
                    {
                        fail($"'{ids[i]}' and '{ids[j]}' are joined by keep-together pairs but {(problem.KeepApart.Select(Normal).Contains(Normal(new(ids[i], ids[j]))) ? "must keep apart" : "share no language")}.");
                    }
                }
            }
        }
    }

    private static void CheckSeats(RotationProblem problem, Action<string> fail)
    {
        var seats = problem.Groups.Sum(g => (long)g.Capacity);
        var away = problem.Absences.SelectMany(a => (a.Rounds.IsDefault ? [] : a.Rounds).Select(r => (a.Participant, Round: r))).Distinct().ToLookup(x => x.Round);
        for (var r = 1; r <= problem.Rounds; r++)
        {
            var present = problem.Participants.Length - away[r].Count();
            if (present > seats)
            {
                fail(Text($"Round {r} has {present} people present but only {seats} seats; add tables or seats, or mark people absent."));
            }
        }
    }

    private static void CheckHistory(RotationProblem problem, Action<string> fail)
    {
        if (problem.History.Length > problem.Rounds)
        {
            fail(Text($"The history holds {problem.History.Length} rounds, but the rotation has only {problem.Rounds} rounds in total (history included)."));
            return;
        }

        var model = PlanningModel.Compile(problem with { History = [] });
        for (var h = 0; h < problem.History.Length; h++)
        {
            var seating = problem.History[h];
            if (seating.Round.Number != h + 1)
            {
                fail(Text($"History entry {h + 1} is the seating for {seating.Round}; history must list rounds 1, 2, … in order."));
                continue;
            }

            var present = problem.Participants.Where(p => model.Present[h][model.Index[p.Id]]).Select(p => p.Id);
            foreach (var problemText in seating.FindProblems(problem.Groups, present))
            {
                fail("History " + char.ToLowerInvariant(problemText[0]) + problemText[1..]);
            }

            foreach (var group in seating.Groups.Where(model.GroupIndex.ContainsKey))
            {
                var members = seating.MembersOf(group).Where(model.Index.ContainsKey).Select(p => model.Index[p]).ToArray();
                for (var i = 0; i < members.Length; i++)
                {
                    for (var j = i + 1; j < members.Length; j++)
                    {
                        if (model.Conflicts(members[i], members[j]))
                        {
                            fail(Text($"History round {h + 1}: '{problem.Participants[members[i]].Id}' and '{problem.Participants[members[j]].Id}' share '{group}' but must keep apart or share a language."));
                        }
                    }
                }
            }

            foreach (var pair in problem.KeepTogether)
            {
                if (seating.GroupOf(pair.First) is { } a && seating.GroupOf(pair.Second) is { } b && a != b)
                {
                    fail(Text($"History round {h + 1}: '{pair.First}' and '{pair.Second}' must keep together but sit at '{a}' and '{b}'."));
                }
            }
        }
    }
}
