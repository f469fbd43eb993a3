using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Sessions;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Workshops;

/// <summary>The workshop's document head: the programme as plain data. A method block's design is written by its method's own JSON, exactly as that method's sessions write it.</summary>
internal sealed class WorkshopDesignDocument
{
    public required string Title { get; set; }

    public required List<Organiser> Organisers { get; set; }

    public required List<Facilitator> Facilitators { get; set; }

    public required List<Participant> Participants { get; set; }

    public required List<DayDocument> Days { get; set; }

    public List<ResourceCategory>? Resources { get; set; }

    public required List<BlockDocument> Blocks { get; set; }
}

internal sealed class DayDocument
{
    public required DateTimeOffset Start { get; set; }

    public required DateTimeOffset End { get; set; }

    public string? Title { get; set; }
}

internal sealed class BlockDocument
{
    public required string Kind { get; set; }

    public required string Id { get; set; }

    public required string Title { get; set; }

    public required DateTimeOffset Start { get; set; }

    public required TimeSpan Duration { get; set; }

    public string? Facilitator { get; set; }

    public string? Place { get; set; }

    public List<ParticipantId>? Participants { get; set; }

    public BlockKind? PlainKind { get; set; }

    public string? Speaker { get; set; }

    public TimeSpan? TimeBetweenRounds { get; set; }

    public JsonElement? Design { get; set; }
}

/// <summary>Source-generated JSON for the workshop's design and events.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    Converters = [typeof(ParticipantJsonConverter)],
    MaxDepth = 64)]
[JsonSerializable(typeof(WorkshopDesignDocument))]
[JsonSerializable(typeof(WorkshopEvent))]
[JsonSerializable(typeof(BlockRecord))]
[JsonSerializable(typeof(string))]
internal sealed partial class WorkshopJsonContext : JsonSerializerContext;

/// <summary>Writes and reads the workshop's design; a method block's design goes through its method's own document type.</summary>
internal static class WorkshopJson
{
    public const string Method = "workshop";

    public static string Header(string id, WorkshopDesign design) =>
        SessionDocument.WriteHeader(Method, id, ToDocument(design), WorkshopJsonContext.Default.WorkshopDesignDocument);

    public static WorkshopDesignDocument ToDocument(WorkshopDesign d) => new()
    {
        Title = d.Title,
        Organisers = [.. d.Organisers],
        Facilitators = [.. d.Facilitators],
        Participants = [.. d.Participants],
        Days = [.. d.Days.Select(day => new DayDocument { Start = day.Start, End = day.End, Title = day.Title })],
        Resources = d.Resources is { } r ? [.. r.Categories] : null,
        Blocks = [.. d.Blocks.Select(ToDocument)],
    };

    public static WorkshopDesign FromDocument(WorkshopDesignDocument d) => new()
    {
        Title = d.Title,
        Organisers = [.. d.Organisers],
        Facilitators = [.. d.Facilitators],
        Participants = [.. d.Participants],
        Days = [.. d.Days.Select(day => new WorkshopDay(day.Start, day.End) { Title = day.Title })],
        Resources = d.Resources is { } r ? new ResourceCategories(r) : null,
        Blocks = [.. d.Blocks.Select(FromDocument)],
    };

    private static BlockDocument ToDocument(WorkshopBlock b) => new()
    {
        Kind = b.RunsMethod ? JsonNamingPolicy.CamelCase.ConvertName(b.Kind.ToString()) : "plain",
        Id = b.Id,
        Title = b.Title,
        Start = b.Start,
        Duration = b.Duration,
        Facilitator = b.Facilitator,
        Place = b.Place,
        Participants = b.Participants.IsDefaultOrEmpty ? null : [.. b.Participants],
        PlainKind = b.RunsMethod ? null : b.Kind,
        Speaker = b.Speaker,
        TimeBetweenRounds = b.Kind is BlockKind.WorldCafe or BlockKind.Brainstorm ? b.TimeBetweenRounds : null,
        Design = b.Kind switch
        {
            BlockKind.WorldCafe when b.CafeDesign is { } c => JsonSerializer.SerializeToElement(WorldCafeJson.WithLists(c), WorldCafeJsonContext.Default.DesignDocument),
            BlockKind.OpenSpace when b.OpenSpaceDesign is { } o => JsonSerializer.SerializeToElement(o, OpenSpaceJsonContext.Default.OpenSpaceDesign),
            BlockKind.Brainstorm when b.BrainstormDesign is { } s => JsonSerializer.SerializeToElement(s, BrainstormSessionJsonContext.Default.BrainstormDesign),
            _ => null,
        },
    };

    private static WorkshopBlock FromDocument(BlockDocument d)
    {
        var block = d.Kind switch
        {
            "plain" when d.PlainKind is not (BlockKind.WorldCafe or BlockKind.OpenSpace or BlockKind.Brainstorm) => new WorkshopBlock(d.Id, d.PlainKind ?? BlockKind.Other, d.Title, d.Start, d.Duration),
            "worldCafe" => WorkshopBlock.WorldCafe(d.Id, d.Title, d.Start, d.Duration, WorldCafeJson.WithLists(Design(d, WorldCafeJsonContext.Default.DesignDocument))),
            "openSpace" => WorkshopBlock.OpenSpace(d.Id, d.Title, d.Start, d.Duration, Design(d, OpenSpaceJsonContext.Default.OpenSpaceDesign)),
            "brainstorm" => WorkshopBlock.Brainstorm(d.Id, d.Title, d.Start, d.Duration, BrainstormSessionJsonContext.WithLists(Design(d, BrainstormSessionJsonContext.Default.BrainstormDesign))),
            _ => throw new JsonException($"'{Identifier.Shorten(d.Kind)}' is not a kind of block (plain, worldCafe, openSpace, brainstorm), or a method is given as a plain block's kind."),
        };
        return block with
        {
            Facilitator = d.Facilitator,
            Place = d.Place,
            Speaker = d.Speaker,
            Participants = d.Participants is { } p ? [.. p] : [],
            TimeBetweenRounds = d.TimeBetweenRounds ?? WorkshopDefaults.TimeBetweenRounds,
        };
    }

    private static T Design<T>(BlockDocument d, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info) =>
        d.Design is { } e ? e.Deserialize(info) ?? throw new JsonException($"Block '{Identifier.Shorten(d.Id)}' has a null design.")
        : throw new JsonException($"Block '{Identifier.Shorten(d.Id)}' has no design.");
}
