using System.Collections.Immutable;
using System.Text.Json;

namespace Facilitation.Methods.WorldCafe;

/// <summary>Maps the café's vocabulary to and from its JSON documents.</summary>
internal static class WorldCafeJson
{
    public const string Method = "worldCafe";

    public static JsonSerializerOptions Options => WorldCafeJsonContext.Default.Options;

    public static DesignDocument ToDocument(WorldCafeDesign d) => new()
    {
        Title = d.Title,
        Participants = [.. d.Participants.Select(ToDocument)],
        CoFacilitators = d.CoFacilitators.IsDefaultOrEmpty ? null : [.. d.CoFacilitators],
        Tables = [.. d.Tables.Select(t => new TableDocument(t.Id, t.Name, t.Capacity, t.Host, t.Prompt?.Text, t.Prompt?.Category, CoFacilitatorsAt(d, t.Id)))],
        Questions = [.. d.Questions.Select(q => q.Text)],
        QuestionCategories = d.Questions.All(q => q.Category is null) ? null : [.. d.Questions.Select(q => q.Category)],
        QuestionMode = d.QuestionMode,
        Rounds = d.Rounds,
        RoundDuration = d.RoundDuration,
        WarningBeforeEnd = d.WarningBeforeEnd,
        AutoAdvance = d.AutoAdvance,
        HostSelection = d.HostSelection,
        ReturnHomeFinalRound = d.ReturnHomeFinalRound,
        PlenaryBetweenRounds = d.PlenaryBetweenRounds,
        KeepApart = [.. d.KeepApart],
        KeepTogether = [.. d.KeepTogether],
        MetBefore = d.MetBefore.IsDefaultOrEmpty ? null : [.. d.MetBefore],
        MixBy = d.MixBy,
        Seed = d.Seed,
        PlannerTimeLimit = d.PlannerTimeLimit,
        Replanning = d.Replanning,
    };

    private static List<ParticipantId>? CoFacilitatorsAt(WorldCafeDesign d, GroupId table)
    {
        var people = d.TableCoFacilitators.Where(x => x.Value.Contains(table)).Select(x => x.Key).ToList();
        people.Sort((a, b) => string.CompareOrdinal(a.Value, b.Value));
        return people.Count == 0 ? null : people;
    }

    public static WorldCafeDesign FromDocument(DesignDocument d)
    {
        if (d.Participants.Count > Limits.MaxParticipants || d.Tables.Count > Limits.MaxGroups || d.Questions.Count > Limits.MaxGroups + Limits.MaxRounds)
        {
            throw new SessionDocumentException("The saved design is larger than any café the library runs.");
        }

        // The JSON reader checks that the lists are there, not that their elements are.
        if (d.Participants.Contains(null!) || d.Tables.Contains(null!) || d.Questions.Contains(null!))
        {
            throw new SessionDocumentException("The saved design holds an empty (null) participant, table or question.");
        }

        try
        {
            return new WorldCafeDesign
            {
                Title = d.Title,
                Participants = [.. d.Participants.Select(FromDocument)],
                CoFacilitators = [.. d.CoFacilitators ?? []],
                Tables = [.. d.Tables.Select(t => new Group(t.Id, t.Capacity, t.Host, t.Question is null ? null : new Prompt(t.Question) { Category = t.QuestionCategory }, t.Name))],
                TableCoFacilitators = d.Tables
                    .SelectMany(t => (t.CoFacilitators ?? []).Select(person => (person, t.Id)))
                    .GroupBy(x => x.person)
                    .ToImmutableDictionary(g => g.Key, g => g.Select(x => x.Id).ToImmutableArray()),
                Questions = [.. d.Questions.Select((q, i) => new Prompt(q) { Category = CategoryOf(d.QuestionCategories, i, d.Questions.Count) })],
                QuestionMode = d.QuestionMode,
                Rounds = d.Rounds,
                RoundDuration = d.RoundDuration,
                WarningBeforeEnd = d.WarningBeforeEnd,
                AutoAdvance = d.AutoAdvance,
                HostSelection = d.HostSelection,
                ReturnHomeFinalRound = d.ReturnHomeFinalRound,
                PlenaryBetweenRounds = d.PlenaryBetweenRounds,
                KeepApart = [.. d.KeepApart],
                KeepTogether = [.. d.KeepTogether],
                MetBefore = [.. d.MetBefore ?? []],
                MixBy = d.MixBy,
                Seed = d.Seed,
                PlannerTimeLimit = d.PlannerTimeLimit,
                Replanning = d.Replanning,
            };
        }
        catch (ArgumentException e)
        {
            throw new SessionDocumentException($"The saved design is not valid: {e.Message}", e);
        }
    }

    private static string? CategoryOf(List<string?>? categories, int question, int questions) =>
        categories is null ? null
        : categories.Count == questions ? categories[question]
        : throw new SessionDocumentException($"The saved design gives {categories.Count} question categories for {questions} questions.");

    public static ParticipantDocument ToDocument(Participant p) =>
        new(p.Id, p.DisplayName, p.Attributes.IsEmpty ? null : p.Attributes.ToDictionary(StringComparer.Ordinal), p.Languages.IsEmpty ? null : [.. p.Languages]);

    public static Participant FromDocument(ParticipantDocument p) => new(p.Id, p.Name, p.Attributes, p.Languages);

    public static Contribution FromDocument(ContributionDocument c) =>
        new(c.Id, c.Kind, c.Text, c.RecordedAt, c.Author, c.Table, c.Round is { } n ? new Round(n) : null)
        {
            Prompt = c.Question is null ? null : new Prompt(c.Question) { Category = c.QuestionCategory },
            Owner = c.Owner,
            NextStep = c.NextStep,
        };
}
