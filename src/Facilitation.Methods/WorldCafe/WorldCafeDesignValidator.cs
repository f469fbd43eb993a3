using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace Facilitation.Methods.WorldCafe;

/// <summary>Checks a <see cref="WorldCafeDesign"/>: errors for what cannot run, warnings (<see cref="Severity.Warning"/>) for what facilitators advise against. Every message says what to change.</summary>
/// <remarks>Stateless and thread-safe; one instance can be shared.</remarks>
public sealed class WorldCafeDesignValidator : AbstractValidator<WorldCafeDesign>
{
    /// <summary>Initializes a new instance of the <see cref="WorldCafeDesignValidator"/> class.</summary>
    public WorldCafeDesignValidator()
    {
        RuleFor(d => d).Custom(Check);
    }

    /// <summary>Validates a design and throws <see cref="InvalidDesignException"/> listing every error when it cannot run; warnings do not throw.</summary>
    /// <param name="design">The design.</param>
    /// <returns>The warnings, one sentence each.</returns>
    internal static IReadOnlyList<string> EnsureValid(WorldCafeDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var result = new WorldCafeDesignValidator().Validate(design);
        var errors = result.Errors.Where(e => e.Severity == Severity.Error).Select(e => e.ErrorMessage).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidDesignException("World Café design", errors);
        }

        return [.. result.Errors.Where(e => e.Severity == Severity.Warning).Select(e => e.ErrorMessage)];
    }

    private static void Check(WorldCafeDesign d, ValidationContext<WorldCafeDesign> context)
    {
        void Error(string property, string message) => context.AddFailure(new ValidationFailure(property, message));
        void Warn(string property, string message) => context.AddFailure(new ValidationFailure(property, message) { Severity = Severity.Warning });

        if (Identifier.FindTextProblem(d.Title, "café title", Limits.MaxNameLength) is { } titleProblem)
        {
            Error(nameof(d.Title), titleProblem);
        }

        var people = d.Participants.IsDefault ? [] : d.Participants;
        var tables = d.Tables.IsDefault ? [] : d.Tables;
        var questions = d.Questions.IsDefault ? [] : d.Questions;
        if (people.Any(p => p is null) || tables.Any(t => t is null) || questions.Any(q => q is null))
        {
            Error(nameof(d.Participants), "The participants, tables and questions must not contain empty (null) entries.");
            return;
        }

        if (people.Length > Limits.MaxParticipants)
        {
            Error(nameof(d.Participants), Format($"A café may have at most {Limits.MaxParticipants} participants, but this one has {people.Length}."));
        }

        if (tables.Length == 0)
        {
            Error(nameof(d.Tables), "Add at least one table.");
        }
        else if (tables.Length > Limits.MaxGroups)
        {
            Error(nameof(d.Tables), Format($"A café may have at most {Limits.MaxGroups} tables, but this one has {tables.Length}."));
        }

        if (d.Rounds < 1)
        {
            Error(nameof(d.Rounds), Format($"A café needs at least one round, but {d.Rounds} were given."));
        }
        else if (d.Rounds > Limits.MaxRounds)
        {
            Error(nameof(d.Rounds), Format($"A café may have at most {Limits.MaxRounds} rounds, but {d.Rounds} were given."));
        }

        foreach (var twice in people.GroupBy(p => p.Id).Where(g => g.Count() > 1))
        {
            Error(nameof(d.Participants), $"The participant '{Identifier.Shorten(twice.Key.Value)}' is listed twice; give every person their own id.");
        }

        foreach (var twice in tables.GroupBy(t => t.Id).Where(g => g.Count() > 1))
        {
            Error(nameof(d.Tables), $"The table '{Identifier.Shorten(twice.Key.Value)}' is listed twice; give every table its own id.");
        }

        var seats = tables.Sum(t => (long)t.Capacity);
        if (tables.Length > 0 && people.Length > seats)
        {
            Error(nameof(d.Tables), Format($"{people.Length} people are expected but the {tables.Length} tables seat only {seats}: add tables or seats."));
        }

        CheckHosts(d, people, tables, Error, Warn);
        CheckTiming(d, Error);
        CheckQuestions(d, tables, questions, Error, Warn);
        CheckPairs(d, people, Error);

        if (!Enum.IsDefined(d.QuestionMode))
        {
            Error(nameof(d.QuestionMode), Format($"The question mode {(int)d.QuestionMode} is unknown; use PerTable, PerRound or Progression."));
        }

        if (d.ReturnHomeFinalRound && d.Rounds < 2)
        {
            Error(nameof(d.ReturnHomeFinalRound), "A \"return home\" final round needs at least two rounds: one to leave home and one to come back.");
        }

        if (d.MixBy is not null)
        {
            if (Identifier.FindTextProblem(d.MixBy, "attribute to mix by", Limits.MaxNameLength) is { } mixProblem)
            {
                Error(nameof(d.MixBy), mixProblem);
            }
            else if (people.Length > 0 && people.All(p => p.GetAttribute(d.MixBy) is null))
            {
                Warn(nameof(d.MixBy), $"Nobody has the attribute '{Identifier.Shorten(d.MixBy)}', so mixing by it changes nothing; check its spelling.");
            }
        }

        if (tables.Length > 0 && people.Length > 0)
        {
            var perTable = (people.Length + tables.Length - 1) / tables.Length;
            if (perTable > WorldCafeConstants.AdvisedMostPerTable)
            {
                Warn(nameof(d.Tables), Format($"About {perTable} people will sit at each table ({people.Length} people at {tables.Length} tables); facilitators advise at most {WorldCafeConstants.AdvisedMostPerTable} — add a table if the room allows."));
            }
        }

        if (people.Length < WorldCafeConstants.AdvisedFewestPeople)
        {
            Warn(nameof(d.Participants), Format($"Only {people.Length} people are expected; a World Café works best with {WorldCafeConstants.AdvisedFewestPeople} or more — consider a single circle instead."));
        }
    }

    private static void CheckHosts(WorldCafeDesign d, IReadOnlyList<Participant> people, IReadOnlyList<Group> tables, Action<string, string> error, Action<string, string> warn)
    {
        if (!Enum.IsDefined(d.HostSelection))
        {
            error(nameof(d.HostSelection), Format($"The host selection {(int)d.HostSelection} is unknown; use PreAssigned, VolunteerAfterFirstRound, RechosenEachRound or None."));
            return;
        }

        var ids = people.Select(p => p.Id).ToHashSet();
        var hosted = tables.Where(t => t.Host is not null).ToList();
        if (d.HostSelection != HostSelection.PreAssigned)
        {
            foreach (var t in hosted)
            {
                error(nameof(d.Tables), $"Table '{t.Name}' names a host, but hosts are chosen {Describe(d.HostSelection)}; remove the host or use PreAssigned.");
            }

            return;
        }

        foreach (var t in hosted.Where(t => !ids.Contains(t.Host!.Value)))
        {
            error(nameof(d.Tables), $"Table '{t.Name}' names the host '{Identifier.Shorten(t.Host!.Value.Value)}', who is not among the participants; add them or choose another host.");
        }

        foreach (var twice in hosted.GroupBy(t => t.Host!.Value).Where(g => g.Count() > 1))
        {
            error(nameof(d.Tables), $"'{Identifier.Shorten(twice.Key.Value)}' is named host of {twice.Count()} tables ({string.Join(", ", twice.Select(t => t.Name))}); a host stays at one table.");
        }

        foreach (var t in tables.Where(t => t.Host is null))
        {
            warn(nameof(d.Tables), $"Table '{t.Name}' has no host: nobody will stay to brief newcomers there.");
        }
    }

    private static void CheckTiming(WorldCafeDesign d, Action<string, string> error)
    {
        if (d.RoundDuration <= TimeSpan.Zero || d.RoundDuration > Timebox.MaxDuration)
        {
            error(nameof(d.RoundDuration), Format($"A round must last more than zero and at most seven days, but {d.RoundDuration} was given."));
        }
        else if (d.WarningBeforeEnd < TimeSpan.Zero || d.WarningBeforeEnd >= d.RoundDuration)
        {
            error(nameof(d.WarningBeforeEnd), Format($"The warning before the end ({d.WarningBeforeEnd}) must be zero or more and shorter than the round ({d.RoundDuration})."));
        }

        if (d.PlannerTimeLimit <= TimeSpan.Zero || d.PlannerTimeLimit > WorldCafeConstants.MaxPlannerTimeLimit)
        {
            error(nameof(d.PlannerTimeLimit), Format($"The planner's time limit must be more than zero and at most {WorldCafeConstants.MaxPlannerTimeLimit.TotalMinutes} minutes, but {d.PlannerTimeLimit} was given."));
        }
    }

    private static void CheckQuestions(WorldCafeDesign d, IReadOnlyList<Group> tables, IReadOnlyList<Prompt> questions, Action<string, string> error, Action<string, string> warn)
    {
        if (d.Rounds < 1)
        {
            return;
        }

        switch (d.QuestionMode)
        {
            case QuestionMode.PerTable:
                for (var i = 0; i < tables.Count; i++)
                {
                    if (tables[i].Prompt is null && i >= questions.Count)
                    {
                        error(nameof(d.Questions), Format($"Table '{tables[i].Name}' has no question: with questions per table, give every table a question ({tables.Count} tables, {questions.Count} questions)."));
                    }
                }

                var distinct = tables.Select((t, i) => t.Prompt ?? (i < questions.Count ? questions[i] : (Prompt?)null)).Where(q => q is not null).Distinct().Count();
                var reach = Math.Min(d.ReturnHomeFinalRound ? d.Rounds - 1 : d.Rounds, distinct);
                if (distinct > 0 && reach < distinct)
                {
                    warn(nameof(d.Rounds), Format($"Travellers can reach at most {reach} of the {distinct} questions in {d.Rounds} rounds (coverage {reach} of {distinct} questions); add rounds or share questions between tables."));
                }

                break;
            case QuestionMode.PerRound:
                if (questions.Count < d.Rounds)
                {
                    error(nameof(d.Questions), Format($"With one question per round, {d.Rounds} rounds need {d.Rounds} questions, but {questions.Count} were given."));
                }
                else if (questions.Count > d.Rounds)
                {
                    warn(nameof(d.Questions), Format($"Only the first {d.Rounds} of the {questions.Count} questions are asked (one per round); add rounds or drop questions."));
                }

                break;
            case QuestionMode.Progression:
                var needed = (2 * questions.Count) - 1;
                if (questions.Count == 0)
                {
                    error(nameof(d.Questions), "Add at least one question.");
                }
                else if (d.Rounds < needed)
                {
                    error(nameof(d.Questions), Format($"A progression of {questions.Count} questions (two rounds each, then the synthesising question) needs at least {needed} rounds, but {d.Rounds} were given."));
                }

                break;
        }
    }

    private static void CheckPairs(WorldCafeDesign d, IReadOnlyList<Participant> people, Action<string, string> error)
    {
        var ids = people.Select(p => p.Id).ToHashSet();
        var apart = d.KeepApart.IsDefault ? [] : d.KeepApart;
        var together = d.KeepTogether.IsDefault ? [] : d.KeepTogether;
        foreach (var (name, pairs) in new[] { ("kept apart", apart), ("kept together", together) })
        {
            foreach (var pair in pairs)
            {
                if (string.IsNullOrEmpty(pair.First.Value) || string.IsNullOrEmpty(pair.Second.Value))
                {
                    error(name == "kept apart" ? nameof(d.KeepApart) : nameof(d.KeepTogether), $"A pair to be {name} names nobody; give both ids.");
                }
                else if (pair.First == pair.Second)
                {
                    error(name == "kept apart" ? nameof(d.KeepApart) : nameof(d.KeepTogether), $"'{Identifier.Shorten(pair.First.Value)}' cannot be {name} from themselves.");
                }
                else
                {
                    foreach (var p in new[] { pair.First, pair.Second }.Where(p => !ids.Contains(p)))
                    {
                        error(name == "kept apart" ? nameof(d.KeepApart) : nameof(d.KeepTogether), $"'{Identifier.Shorten(p.Value)}', to be {name}, is not among the participants.");
                    }
                }
            }
        }

        static (ParticipantId, ParticipantId) Key(Rotation.ParticipantPair p) => p.First < p.Second ? (p.First, p.Second) : (p.Second, p.First);
        foreach (var clash in apart.Select(Key).Intersect(together.Select(Key)))
        {
            error(nameof(d.KeepApart), $"'{Identifier.Shorten(clash.Item1.Value)}' and '{Identifier.Shorten(clash.Item2.Value)}' are to be kept both apart and together; choose one.");
        }
    }

    private static string Describe(HostSelection mode) => mode switch
    {
        HostSelection.VolunteerAfterFirstRound => "by volunteering after round 1",
        HostSelection.RechosenEachRound => "anew each round",
        _ => "nowhere (no hosts)",
    };

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
