using System.Text.Json.Serialization;

namespace Facilitation.Methods.Harvesting;

/// <summary>The JSON shape of an exported harvest (participant-facing: authors by name, anonymous items without one).</summary>
internal sealed class HarvestDocument
{
    public required string Title { get; init; }

    public required List<HarvestSectionDocument> Sections { get; init; }

    public required List<HarvestItemDocument> TownHall { get; init; }
}

internal sealed class HarvestSectionDocument
{
    public string? Question { get; init; }

    public required string Table { get; init; }

    public required string TableName { get; init; }

    public int? Round { get; init; }

    public required List<HarvestItemDocument> Contributions { get; init; }
}

internal sealed class HarvestItemDocument
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Text { get; init; }

    public string? Author { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public string? Owner { get; init; }

    public string? NextStep { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HarvestDocument))]
internal sealed partial class HarvestJsonContext : JsonSerializerContext;
