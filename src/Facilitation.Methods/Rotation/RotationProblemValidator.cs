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
            .GreaterThanOrEqualTo(2).WithMessage((_, v) => Say("TooFewPeople", v))
            .LessThanOrEqualTo(Limits.MaxParticipants).WithMessage((_, v) => Say("TooManyPeople", Limits.MaxParticipants, v))
            .OverridePropertyName(nameof(RotationProblem.Participants));
        RuleFor(p => p.Groups.Length)
            .GreaterThanOrEqualTo(1).WithMessage(_ => Say("NoGroups"))
            .LessThanOrEqualTo(Limits.MaxGroups).WithMessage((_, v) => Say("TooManyGroups", Limits.MaxGroups, v))
            .OverridePropertyName(nameof(RotationProblem.Groups));
        RuleFor(p => p.Rounds)
            .GreaterThanOrEqualTo(1).WithMessage((_, v) => Say("TooFewRounds", v))
            .LessThanOrEqualTo(Limits.MaxRounds).WithMessage((_, v) => Say("TooManyRounds", Limits.MaxRounds, v));
        RuleFor(p => p.TimeLimit)
            .GreaterThan(TimeSpan.Zero).WithMessage((_, v) => Say("TimeLimitPositive", v))
            .LessThanOrEqualTo(RotationDefaults.MaxTimeLimit).WithMessage((_, v) => Say("TimeLimitDay", v));
        RuleFor(p => p.Effort)
            .InclusiveBetween(1, RotationDefaults.MaxEffort).WithMessage((_, v) => Say("Effort", RotationDefaults.MaxEffort, v));
        RuleFor(p => p.Objective)
            .IsInEnum().WithMessage(_ => Say("Objective"));
        RuleFor(p => p.MixBy)
            .Must(m => m is null || !string.IsNullOrWhiteSpace(m)).WithMessage(_ => Say("MixByBlank"));
        RuleFor(p => p.Participants).Custom((_, context) => CheckIdsAndRules(context.InstanceToValidate, context));
    }

    // Written in the current UI culture (a session sets it to SessionOptions.Culture while it validates).
    private static string Say(string key, params object?[] args) => TextCatalog.Say("Rotation." + key, args);

    private static void CheckIdsAndRules(RotationProblem problem, ValidationContext<RotationProblem> context)
    {
        void Fail(string message) => context.AddFailure(new ValidationFailure(string.Empty, message));

        if (problem.Participants.Any(p => p is null) || problem.Groups.Any(g => g is null) || problem.History.Any(s => s is null) || problem.Announced.Any(s => s is null) || problem.Absences.Any(a => a is null))
        {
            Fail(Say("NullEntries"));
            return;
        }

        var people = new HashSet<ParticipantId>();
        foreach (var duplicate in problem.Participants.GroupBy(p => p.Id).Where(g => g.Count() > 1))
        {
            Fail(Say("DuplicatePerson", duplicate.Key, duplicate.Count()));
        }

        people.UnionWith(problem.Participants.Select(p => p.Id));
        foreach (var duplicate in problem.Groups.GroupBy(g => g.Id).Where(g => g.Count() > 1))
        {
            Fail(Say("DuplicateGroup", duplicate.Key, duplicate.Count()));
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
                Fail(Say("HostUnknown", host, group.Id));
            }
            else if (hosted.TryGetValue(host, out var other))
            {
                Fail(Say("HostTwice", host, other, group.Id));
            }
            else
            {
                hosted[host] = group.Id;
            }
        }

        var rulesValid = CheckPairs(problem.KeepApart, Say("KeepApart"), people, Fail) & CheckPairs(problem.KeepTogether, Say("KeepTogether"), people, Fail)
            & CheckPairs(problem.MetBefore, Say("MetBefore"), people, Fail);
        var apart = problem.KeepApart.Select(Normal).ToHashSet();
        foreach (var pair in problem.KeepTogether.Select(Normal).Distinct().Where(apart.Contains))
        {
            Fail(Say("ApartAndTogether", pair.First, pair.Second));
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
            fail(Say("AnnouncedNull"));
            return;
        }

        if (!problem.Announced.IsEmpty && problem.History.Length + problem.Announced.Length > problem.Rounds)
        {
            fail(Say("HistoryAndAnnounced", problem.History.Length, problem.Announced.Length, problem.Rounds));
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
                fail(Say("AnnouncedOrder", i + 1, seating.Round, round));
            }

            foreach (var group in seating.Groups.Where(g => !groups.Contains(g)))
            {
                fail(Say("AnnouncedGroup", round, group));
            }

            foreach (var person in seating.Seated.Where(p => !people.Contains(p)))
            {
                fail(Say("AnnouncedPerson", round, person));
            }
        }
    }

    private static ParticipantPair Normal(ParticipantPair pair) => pair.First.CompareTo(pair.Second) <= 0 ? pair : new ParticipantPair(pair.Second, pair.First);

    private static bool CheckPairs(IEnumerable<ParticipantPair> pairs, string rule, HashSet<ParticipantId> people, Action<string> fail)
    {
        var valid = true;
        foreach (var pair in pairs)
        {
            foreach (var person in new[] { pair.First, pair.Second }.Distinct())
            {
                if (string.IsNullOrEmpty(person.Value) || !people.Contains(person))
                {
                    fail(Say("PairUnknown", rule, pair, person));
                    valid = false;
                }
            }

            if (pair.First == pair.Second)
            {
                fail(Say("PairSame", rule, pair));
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
                fail(Say("AbsenceUnknown", absence.Participant));
                valid = false;
            }

            foreach (var round in absence.Rounds.IsDefault ? [] : absence.Rounds)
            {
                if (round < 1 || round > problem.Rounds)
                {
                    fail(Say("AbsenceRound", absence.Participant, round, problem.Rounds));
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
                fail(Say("TogetherHosts", names, string.Join("', '", hosts.Select(h => h.Value))));
                continue;
            }

            var limit = hosts.Length == 1 ? problem.Groups.First(g => g.Host == hosts[0]).Capacity : largest;
            if (ids.Length > limit)
            {
                fail(hosts.Length == 1 ? Say("TogetherTooBigHost", names, ids.Length, hosts[0], limit) : Say("TogetherTooBig", names, ids.Length, limit));
            }

            for (var i = 0; i < members.Length; i++)
            {
                for (var j = i + 1; j < members.Length; j++)
                {
                    if (model.Conflicts(members[i], members[j]))
                    {
                        fail(problem.KeepApart.Select(Normal).Contains(Normal(new(ids[i], ids[j]))) ? Say("TogetherButApart", ids[i], ids[j]) : Say("TogetherNoLanguage", ids[i], ids[j]));
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
                fail(Say("NotEnoughSeats", r, present, seats));
            }
        }
    }

    private static void CheckHistory(RotationProblem problem, Action<string> fail)
    {
        if (problem.History.Length > problem.Rounds)
        {
            fail(Say("HistoryTooLong", problem.History.Length, problem.Rounds));
            return;
        }

        var model = PlanningModel.Compile(problem with { History = [] });
        for (var h = 0; h < problem.History.Length; h++)
        {
            var seating = problem.History[h];
            if (seating.Round.Number != h + 1)
            {
                fail(Say("HistoryOrder", h + 1, seating.Round));
                continue;
            }

            var present = problem.Participants.Where(p => model.Present[h][model.Index[p.Id]]).Select(p => p.Id);
            foreach (var problemText in seating.FindProblems(problem.Groups, present))
            {
                fail(Say("HistoryProblem", problemText));
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
                            fail(Say("HistoryApart", h + 1, problem.Participants[members[i]].Id, problem.Participants[members[j]].Id, group));
                        }
                    }
                }
            }

            foreach (var pair in problem.KeepTogether)
            {
                if (seating.GroupOf(pair.First) is { } a && seating.GroupOf(pair.Second) is { } b && a != b)
                {
                    fail(Say("HistoryTogether", h + 1, pair.First, pair.Second, a, b));
                }
            }
        }
    }
}
