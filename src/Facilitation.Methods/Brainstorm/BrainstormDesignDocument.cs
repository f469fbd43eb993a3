using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>Converts a design to and from its saved form (the design part of every brainstorm document, and of version-1 ones).</summary>
internal static class BrainstormDesignDocument
{
    public static DesignDocument ToDocument(BrainstormDesign d) => new(
        d.Title,
        [.. d.Participants.Select(p => new ParticipantDocument(p.Id, p.DisplayName == p.Id.Value ? null : p.DisplayName, p.Attributes.ToDictionary(), [.. p.Languages]))],
        [.. d.Rounds.Select(r => new RoundPlanDocument(r.Technique, r.Prompt?.Text, r.Duration, r.AllowPassing, r.Anonymous, r.IdeasPerSheet, r.TeamSize))],
        d.CoFacilitators.IsDefaultOrEmpty ? null : [.. d.CoFacilitators],
        d.Prompt?.Text,
        [.. d.Categories],
        d.Voting,
        d.DotsPerPerson,
        d.MaxDotsPerPerson,
        d.MaxDotsPerIdea,
        d.RankedChoices,
        d.EndRoundsWhenTimeIsUp,
        d.Seed,
        d.MetBefore.IsDefaultOrEmpty ? null : [.. d.MetBefore.Select(p => new[] { p.First, p.Second })]);

    /// <summary>Reads a saved design; a list, or an element of one, that a document leaves out or sets to null is refused with <see cref="ArgumentException"/>.</summary>
    public static BrainstormDesign FromDocument(DesignDocument d) => new()
    {
        Title = d.Title,
        Participants = [.. Each(d.Participants, "participants").Select(p => new Participant(p.Id, p.DisplayName, p.Attributes ?? [], Each(p.Languages ?? [], "languages")))],
        Rounds = [.. Each(d.Rounds, "rounds").Select(r => new GenerationRound(r.Technique, r.Prompt is null ? null : new Prompt(r.Prompt))
        {
            Duration = r.Duration,
            AllowPassing = r.AllowPassing,
            Anonymous = r.Anonymous,
            IdeasPerSheet = r.IdeasPerSheet,
            TeamSize = r.TeamSize,
        })],
        CoFacilitators = [.. d.CoFacilitators ?? []],
        Prompt = d.Prompt is null ? null : new Prompt(d.Prompt),
        Categories = [.. Each(d.Categories ?? [], "categories")],
        Voting = d.Voting,
        DotsPerPerson = d.DotsPerPerson,
        MaxDotsPerPerson = d.MaxDotsPerPerson,
        MaxDotsPerIdea = d.MaxDotsPerIdea,
        RankedChoices = d.RankedChoices,
        EndRoundsWhenTimeIsUp = d.EndRoundsWhenTimeIsUp,
        Seed = d.Seed,
        MetBefore = [.. Each(d.MetBefore ?? [], "met-before pairs").Select(p => p.Length == 2 ? new Rotation.ParticipantPair(p[0], p[1]) : throw new ArgumentException("A met-before pair names two people.", nameof(d)))],
    };

    // The JSON reader fills a list left out of the document with null, and keeps null elements: refuse both here.
    private static List<T> Each<T>(List<T>? items, string what) =>
        items is not null && !items.Contains(default!) ? items : throw new ArgumentException($"The design's {what} are missing or hold an empty entry.", nameof(items));
}

// The saved design, in the order written. Lists a document may leave out (or that came later: coFacilitators, metBefore) are optional.
internal sealed record DesignDocument(
    string Title,
    List<ParticipantDocument> Participants,
    List<RoundPlanDocument> Rounds,
    List<ParticipantId>? CoFacilitators = null,
    string? Prompt = null,
    List<string>? Categories = null,
    VotingMethod? Voting = null,
    int? DotsPerPerson = null,
    int MaxDotsPerPerson = 0,
    int? MaxDotsPerIdea = null,
    int RankedChoices = 0,
    bool EndRoundsWhenTimeIsUp = false,
    int Seed = 0,
    List<ParticipantId[]>? MetBefore = null);

internal sealed record ParticipantDocument(ParticipantId Id, string? DisplayName = null, Dictionary<string, string>? Attributes = null, List<string>? Languages = null);

internal sealed record RoundPlanDocument(
    GenerationTechnique Technique = default,
    string? Prompt = null,
    TimeSpan Duration = default,
    bool AllowPassing = false,
    bool Anonymous = false,
    int IdeasPerSheet = 0,
    int TeamSize = 0);

/// <summary>Source-generated JSON for a brainstorm's session document (format 2): the design and the events, camelCase and compact.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    Converters = [typeof(WorldCafe.ParticipantConverter)],
    MaxDepth = 32)]
[JsonSerializable(typeof(BrainstormEvent))]
[JsonSerializable(typeof(DesignDocument))]
internal sealed partial class BrainstormSessionJsonContext : JsonSerializerContext;
