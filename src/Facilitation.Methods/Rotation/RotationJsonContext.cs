using System.Text.Json.Serialization;

namespace Facilitation.Methods.Rotation;

/// <summary>The instance document of the JSON contract (docs/rotation.md), as read.</summary>
internal sealed class InstanceDocument
{
    public List<ParticipantDocument?>? Participants { get; set; }

    public List<TableDocument?>? Tables { get; set; }

    public int? Rounds { get; set; }

    public List<List<string?>?>? KeepApart { get; set; }

    public List<List<string?>?>? KeepTogether { get; set; }

    public List<AbsentDocument?>? Absent { get; set; }

    public List<Dictionary<string, List<string?>?>?>? History { get; set; }

    public string? MixBy { get; set; }

    public string? Objective { get; set; }

    public bool? MustShareLanguage { get; set; }

    public int? Seed { get; set; }

    public long? TimeLimitMs { get; set; }

    public long? Effort { get; set; }
}

internal sealed class ParticipantDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public Dictionary<string, string>? Attributes { get; set; }

    public List<string>? Languages { get; set; }
}

internal sealed class TableDocument
{
    public string? Id { get; set; }

    public int? Capacity { get; set; }

    public string? Host { get; set; }

    public string? Prompt { get; set; }
}

internal sealed class AbsentDocument
{
    public string? Participant { get; set; }

    public List<int>? Rounds { get; set; }
}

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
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InstanceDocument))]
[JsonSerializable(typeof(PlanDocument))]
internal sealed partial class RotationJsonContext : JsonSerializerContext;
