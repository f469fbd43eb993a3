using System.Text.Json.Serialization;

namespace Facilitation.Methods.Rotation;

/// <summary>The plan document of the JSON contract, as written.</summary>
internal sealed class PlanDocument
{
    public List<Dictionary<string, List<string>>> Rounds { get; set; } = [];

    public MetricsDocument Metrics { get; set; } = new();
}

internal sealed class MetricsDocument
{
    public int RepeatedPairs { get; set; }

    public int MaxMeetings { get; set; }

    public int TableRevisits { get; set; }

    public int LowerBound { get; set; }

    public long ElapsedMs { get; set; }

    public int Gap { get; set; }

    public int MinDistinctMet { get; set; }

    public double MeanDistinctMet { get; set; }

    public int SameAttributePairs { get; set; }

    public long TimeToBestMs { get; set; }

    public int UnbalancedRounds { get; set; }

    public string? StoppedBy { get; set; }

    public int? Moved { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlanDocument))]
internal sealed partial class RotationJsonContext : JsonSerializerContext;
