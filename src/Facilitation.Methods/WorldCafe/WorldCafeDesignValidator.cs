using System.Collections.Immutable;
using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace Facilitation.Methods.WorldCafe;

/// <summary>Checks a <see cref="WorldCafeDesign"/>: errors for what cannot run, warnings (<see cref="Severity.Warning"/>) for what facilitators advise against. Every message says what to change.</summary>
/// <remarks>Stateless and thread-safe; one instance can be shared.</remarks>
internal sealed class WorldCafeDesignValidator : WholeDesignValidator<WorldCafeDesign>
{
    /// <summary>Validates a design and throws <see cref="InvalidDesignException"/> listing every error when it cannot run; warnings do not throw.</summary>
    /// <param name="design">The design.</param>
    /// <returns>The warnings, one sentence each.</returns>
    internal static IReadOnlyList<string> EnsureValid(WorldCafeDesign design) => DesignChecks.EnsureValid(new WorldCafeDesignValidator(), design, "World Café design");

    /// <inheritdoc />
    protected override void Check(WorldCafeDesign d, DesignFailures<WorldCafeDesign> failures)
    {
        failures.Name(nameof(d.Title), d.Title, "café title");

        var people = d.Participants.IsDefault ? [] : d.Participants;
        var tables = d.Tables.IsDefault ? [] : d.Tables;
        var questions = d.Questions.IsDefault ? [] : d.Questions;
        if (people.Any(p => p is null) || tables.Any(t => t is null) || questions.Any(q => q is null))
        {
            failures.Error(nameof(d.Participants), Text("NullEntries"));
            return;
        }

        if (people.Length > Limits.MaxParticipants)
        {
            failures.Error(nameof(d.Participants), Text("TooManyPeople", Limits.MaxParticipants, people.Length));
        }

        if (tables.Length == 0)
        {
            failures.Error(nameof(d.Tables), Text("NoTables"));
        }
        else if (tables.Length > Limits.MaxGroups)
        {
            failures.Error(nameof(d.Tables), Text("TooManyTables", Limits.MaxGroups, tables.Length));
        }

        if (d.Rounds < 1)
        {
            failures.Error(nameof(d.Rounds), Text("NoRounds", d.Rounds));
        }
        else if (d.Rounds > Limits.MaxRounds)
        {
            failures.Error(nameof(d.Rounds), Text("TooManyRounds", Limits.MaxRounds, d.Rounds));
        }

        foreach (var twice in people.GroupBy(p => p.Id).Where(g => g.Count() > 1))
        {
            failures.Error(nameof(d.Participants), Text("PersonTwice", Identifier.Shorten(twice.Key.Value)));
        }

        foreach (var twice in tables.GroupBy(t => t.Id).Where(g => g.Count() > 1))
        {
            failures.Error(nameof(d.Tables), Text("TableTwice", Identifier.Shorten(twice.Key.Value)));
        }

        var seats = tables.Sum(t => (long)t.Capacity);
        if (tables.Length > 0 && people.Length > seats)
        {
            failures.Error(nameof(d.Tables), Text("TooFewSeats", people.Length, tables.Length, seats));
        }

        CheckHosts(d, people, tables, failures.Error, failures.Warn);
        CheckTableCoFacilitators(d, tables, failures.Error);
        CheckTiming(d, failures.Error);
        CheckQuestions(d, tables, questions, failures.Error, failures.Warn);
        CheckPairs(d, people, failures.Error);

        if (!Enum.IsDefined(d.QuestionMode))
        {
            failures.Error(nameof(d.QuestionMode), Text("UnknownQuestionMode", (int)d.QuestionMode));
        }

        if (!Enum.IsDefined(d.Replanning))
        {
            failures.Error(nameof(d.Replanning), Text("UnknownReplanning", (int)d.Replanning));
        }

        if (d.ReturnHomeFinalRound && d.Rounds < 2)
        {
            failures.Error(nameof(d.ReturnHomeFinalRound), Text("ReturnHome"));
        }

        if (d.MixBy is not null)
        {
            if (Identifier.FindTextProblem(d.MixBy, "attribute to mix by", Limits.MaxNameLength) is { } mixProblem)
            {
                failures.Error(nameof(d.MixBy), mixProblem);
            }
            else if (people.Length > 0 && people.All(p => p.GetAttribute(d.MixBy) is null))
            {
                failures.Warn(nameof(d.MixBy), Text("MixByNobody", Identifier.Shorten(d.MixBy)));
            }
        }

        if (tables.Length > 0 && people.Length > 0)
        {
            var perTable = (people.Length + tables.Length - 1) / tables.Length;
            if (perTable > WorldCafeConstants.AdvisedMostPerTable)
            {
                failures.Warn(nameof(d.Tables), Text("CrowdedTables", perTable, people.Length, tables.Length, WorldCafeConstants.AdvisedMostPerTable));
            }
        }

        if (people.Length < WorldCafeConstants.AdvisedFewestPeople)
        {
            failures.Warn(nameof(d.Participants), Text("FewPeople", people.Length, WorldCafeConstants.AdvisedFewestPeople));
        }
    }

    private static void CheckTableCoFacilitators(WorldCafeDesign d, IReadOnlyList<Group> tables, Action<string, string> error)
    {
        var given = d.TableCoFacilitators ?? ImmutableDictionary<ParticipantId, ImmutableArray<GroupId>>.Empty;
        const string property = nameof(d.TableCoFacilitators);
        if (given.Count > Limits.MaxParticipants)
        {
            error(property, Text("TooManyTableCoFacilitators", Limits.MaxParticipants, given.Count));
            return;
        }

        var known = tables.Select(t => t.Id).ToHashSet();
        foreach (var (person, theirs) in given.OrderBy(x => x.Key.Value, StringComparer.Ordinal))
        {
            if (string.IsNullOrEmpty(person.Value))
            {
                error(property, Text("TableCoFacilitatorNoId"));
                continue;
            }

            var name = Identifier.Shorten(person.Value);
            if (theirs.IsDefaultOrEmpty)
            {
                error(property, Text("TableCoFacilitatorNoTables", name));
                continue;
            }

            foreach (var table in theirs.Where(t => !known.Contains(t)))
            {
                error(property, Text("TableCoFacilitatorUnknownTable", name, Identifier.Shorten(table.Value ?? string.Empty), string.Join(", ", known)));
            }

            foreach (var twice in theirs.GroupBy(t => t).Where(g => g.Count() > 1))
            {
                error(property, Text("TableCoFacilitatorTableTwice", name, Identifier.Shorten(twice.Key.Value)));
            }
        }
    }

    private static void CheckHosts(WorldCafeDesign d, IReadOnlyList<Participant> people, IReadOnlyList<Group> tables, Action<string, string> error, Action<string, string> warn)
    {
        if (!Enum.IsDefined(d.HostSelection))
        {
            error(nameof(d.HostSelection), Text("UnknownHostSelection", (int)d.HostSelection));
            return;
        }

        var ids = people.Select(p => p.Id).ToHashSet();
        var hosted = tables.Where(t => t.Host is not null).ToList();
        if (d.HostSelection != HostSelection.PreAssigned)
        {
            foreach (var t in hosted)
            {
                error(nameof(d.Tables), Text("HostNotPreAssigned", t.Name, Describe(d.HostSelection)));
            }

            return;
        }

        foreach (var t in hosted.Where(t => !ids.Contains(t.Host!.Value)))
        {
            error(nameof(d.Tables), Text("HostUnknown", t.Name, Identifier.Shorten(t.Host!.Value.Value)));
        }

        foreach (var twice in hosted.GroupBy(t => t.Host!.Value).Where(g => g.Count() > 1))
        {
            error(nameof(d.Tables), Text("HostTwice", Identifier.Shorten(twice.Key.Value), twice.Count(), string.Join(", ", twice.Select(t => t.Name))));
        }

        foreach (var t in tables.Where(t => t.Host is null))
        {
            warn(nameof(d.Tables), Text("NoHost", t.Name));
        }
    }

    private static void CheckTiming(WorldCafeDesign d, Action<string, string> error)
    {
        if (d.RoundDuration <= TimeSpan.Zero || d.RoundDuration > Timebox.MaxDuration)
        {
            error(nameof(d.RoundDuration), Text("RoundDuration", d.RoundDuration));
        }
        else if (d.WarningBeforeEnd < TimeSpan.Zero || d.WarningBeforeEnd >= d.RoundDuration)
        {
            error(nameof(d.WarningBeforeEnd), Text("Warning", d.WarningBeforeEnd, d.RoundDuration));
        }

        if (d.PlannerTimeLimit <= TimeSpan.Zero || d.PlannerTimeLimit > WorldCafeConstants.MaxPlannerTimeLimit)
        {
            error(nameof(d.PlannerTimeLimit), Text("PlannerTime", WorldCafeConstants.MaxPlannerTimeLimit.TotalMinutes, d.PlannerTimeLimit));
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
                        error(nameof(d.Questions), Text("TableNoQuestion", tables[i].Name, tables.Count, questions.Count));
                    }
                }

                var distinct = tables.Select((t, i) => t.Prompt ?? (i < questions.Count ? questions[i] : (Prompt?)null)).Where(q => q is not null).Distinct().Count();
                var reach = Math.Min(d.ReturnHomeFinalRound ? d.Rounds - 1 : d.Rounds, distinct);
                if (distinct > 0 && reach < distinct)
                {
                    warn(nameof(d.Rounds), Text("Coverage", reach, distinct, d.Rounds));
                }

                break;
            case QuestionMode.PerRound:
                if (questions.Count < d.Rounds)
                {
                    error(nameof(d.Questions), Text("QuestionsPerRound", d.Rounds, questions.Count));
                }
                else if (questions.Count > d.Rounds)
                {
                    warn(nameof(d.Questions), Text("UnusedQuestions", d.Rounds, questions.Count));
                }

                break;
            case QuestionMode.Progression:
                var needed = (2 * questions.Count) - 1;
                if (questions.Count == 0)
                {
                    error(nameof(d.Questions), Text("NoQuestion"));
                }
                else if (d.Rounds < needed)
                {
                    error(nameof(d.Questions), Text("Progression", questions.Count, needed, d.Rounds));
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
                    error(name == "kept apart" ? nameof(d.KeepApart) : nameof(d.KeepTogether), Text("PairNobody", Kept(name)));
                }
                else if (pair.First == pair.Second)
                {
                    error(name == "kept apart" ? nameof(d.KeepApart) : nameof(d.KeepTogether), Text("PairSelf", Identifier.Shorten(pair.First.Value), Kept(name)));
                }
                else
                {
                    foreach (var p in new[] { pair.First, pair.Second }.Where(p => !ids.Contains(p)))
                    {
                        error(name == "kept apart" ? nameof(d.KeepApart) : nameof(d.KeepTogether), Text("PairUnknown", Identifier.Shorten(p.Value), Kept(name)));
                    }
                }
            }
        }

        // Met-before pairs are history, not rules: a pair naming someone not (yet) in the café is ignored, not an error.
        var met = d.MetBefore.IsDefault ? [] : d.MetBefore;
        if (met.Length > WorldCafeConstants.MaxMetBefore)
        {
            error(nameof(d.MetBefore), Text("MetBeforeTooMany", met.Length, WorldCafeConstants.MaxMetBefore));
        }
        else if (met.Any(p => string.IsNullOrEmpty(p.First.Value) || string.IsNullOrEmpty(p.Second.Value) || p.First == p.Second))
        {
            error(nameof(d.MetBefore), Text("MetBeforeShape"));
        }

        static (ParticipantId, ParticipantId) Key(Rotation.ParticipantPair p) => p.First.CompareTo(p.Second) < 0 ? (p.First, p.Second) : (p.Second, p.First);
        foreach (var clash in apart.Select(Key).Intersect(together.Select(Key)))
        {
            error(nameof(d.KeepApart), Text("PairClash", Identifier.Shorten(clash.Item1.Value), Identifier.Shorten(clash.Item2.Value)));
        }
    }

    private static string Describe(HostSelection mode) => mode switch
    {
        HostSelection.VolunteerAfterFirstRound => Text("HostsByVolunteering"),
        HostSelection.RechosenEachRound => Text("HostsEachRound"),
        _ => Text("HostsNone"),
    };

    private static string Kept(string name) => Text(name == "kept apart" ? "KeptApart" : "KeptTogether");

    /// <summary>Gets a message in the current UI culture (FluentValidation's own messages follow the same culture).</summary>
    private static string Text(string key, params object?[] args) => TextCatalog.Core.Format(CultureInfo.CurrentUICulture, "Cafe." + key, args);
}
