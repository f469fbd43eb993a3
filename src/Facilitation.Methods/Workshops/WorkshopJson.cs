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

    public PlainBlockKind? PlainKind { get; set; }

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
    Converters = [typeof(ParticipantConverter)],
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

    private static BlockDocument ToDocument(WorkshopBlock b)
    {
        var doc = new BlockDocument
        {
            Kind = b switch { WorldCafeBlock => "worldCafe", OpenSpaceBlock => "openSpace", BrainstormBlock => "brainstorm", _ => "plain" },
            Id = b.Id,
            Title = b.Title,
            Start = b.Start,
            Duration = b.Duration,
            Facilitator = b.Facilitator,
            Place = b.Place,
            Participants = b.Participants.IsDefaultOrEmpty ? null : [.. b.Participants],
        };
        switch (b)
        {
            case PlainBlock p:
                doc.PlainKind = p.Kind;
                doc.Speaker = p.Speaker;
                break;
            case WorldCafeBlock c:
                doc.TimeBetweenRounds = c.TimeBetweenRounds;
                doc.Design = JsonSerializer.SerializeToElement(WorldCafeJson.ToDocument(c.Design), WorldCafeJsonContext.Default.DesignDocument);
                break;
            case OpenSpaceBlock o:
                doc.Design = JsonSerializer.SerializeToElement(o.Design, OpenSpaceJsonContext.Default.OpenSpaceDesign);
                break;
            case BrainstormBlock s:
                doc.TimeBetweenRounds = s.TimeBetweenRounds;
                doc.Design = JsonSerializer.SerializeToElement(s.Design, BrainstormSessionJsonContext.Design);
                break;
        }

        return doc;
    }

    private static WorkshopBlock FromDocument(BlockDocument d)
    {
        WorkshopBlock block = d.Kind switch
        {
            "plain" => new PlainBlock(d.Id, d.PlainKind ?? PlainBlockKind.Other, d.Title, d.Start, d.Duration) { Speaker = d.Speaker },
            "worldCafe" => new WorldCafeBlock(d.Id, d.Title, d.Start, d.Duration, WorldCafeJson.FromDocument(Design(d, WorldCafeJsonContext.Default.DesignDocument)))
            {
                TimeBetweenRounds = d.TimeBetweenRounds ?? WorkshopDefaults.TimeBetweenRounds,
            },
            "openSpace" => new OpenSpaceBlock(d.Id, d.Title, d.Start, d.Duration, Design(d, OpenSpaceJsonContext.Default.OpenSpaceDesign)),
            "brainstorm" => new BrainstormBlock(d.Id, d.Title, d.Start, d.Duration, BrainstormSessionJsonContext.WithLists(Design(d, BrainstormSessionJsonContext.Design)))
            {
                TimeBetweenRounds = d.TimeBetweenRounds ?? WorkshopDefaults.TimeBetweenRounds,
            },
            _ => throw new JsonException($"'{Identifier.Shorten(d.Kind)}' is not a kind of block (plain, worldCafe, openSpace, brainstorm)."),
        };
        return block with { Facilitator = d.Facilitator, Place = d.Place, Participants = d.Participants is { } p ? [.. p] : [] };
    }

    private static T Design<T>(BlockDocument d, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info) =>
        d.Design is { } e ? e.Deserialize(info) ?? throw new JsonException($"Block '{Identifier.Shorten(d.Id)}' has a null design.")
        : throw new JsonException($"Block '{Identifier.Shorten(d.Id)}' has no design.");
}
