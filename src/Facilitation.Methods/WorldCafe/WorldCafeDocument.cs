using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>The saved form of a café: format version, design and state snapshot (not the event log). Plain data; every check happens when it is turned back into a session.</summary>
internal sealed class WorldCafeDocument
{
    public const int CurrentFormat = 1;

    public const string KindName = "WorldCafe";

    public required int FormatVersion { get; set; }

    public required string Kind { get; set; }

    public required DesignDocument Design { get; set; }

    public required StateDocument State { get; set; }
}

internal sealed class DesignDocument
{
    public required string Title { get; set; }

    public required List<ParticipantDocument> Participants { get; set; }

    public required List<TableDocument> Tables { get; set; }

    public required List<string> Questions { get; set; }

    public required QuestionMode QuestionMode { get; set; }

    public required int Rounds { get; set; }

    public required TimeSpan RoundDuration { get; set; }

    public required TimeSpan WarningBeforeEnd { get; set; }

    public required bool AutoAdvance { get; set; }

    public required HostSelection HostSelection { get; set; }

    public required bool ReturnHomeFinalRound { get; set; }

    public required bool PlenaryBetweenRounds { get; set; }

    public required List<ParticipantId[]> KeepApart { get; set; }

    public required List<ParticipantId[]> KeepTogether { get; set; }

    public string? MixBy { get; set; }

    public required int Seed { get; set; }

    public required TimeSpan PlannerTimeLimit { get; set; }
}

internal sealed class ParticipantDocument
{
    public required ParticipantId Id { get; set; }

    public required string Name { get; set; }

    public Dictionary<string, string>? Attributes { get; set; }

    public List<string>? Languages { get; set; }
}

internal sealed class TableDocument
{
    public required GroupId Id { get; set; }

    public required string Name { get; set; }

    public required int Capacity { get; set; }

    public ParticipantId? Host { get; set; }

    public string? Question { get; set; }
}

internal sealed class StateDocument
{
    public required long Version { get; set; }

    public required WorldCafePhase Phase { get; set; }

    public required int Round { get; set; }

    public required int Held { get; set; }

    public required List<ParticipantDocument> Roster { get; set; }

    public required List<ParticipantId> Present { get; set; }

    public required Dictionary<GroupId, ParticipantId> Hosts { get; set; }

    public required Dictionary<string, Dictionary<GroupId, ParticipantId>> RoundHosts { get; set; }

    public required List<Dictionary<GroupId, List<ParticipantId>>> Seatings { get; set; }

    public required List<ContributionDocument> Contributions { get; set; }

    public required int ContributionCount { get; set; }

    public DateTimeOffset? RoundStartedAt { get; set; }

    public TimeSpan? RoundDuration { get; set; }

    public required bool WarningGiven { get; set; }

    public required bool TimeUpGiven { get; set; }

    public required List<string> CommandIds { get; set; }

    public required Dictionary<string, ContributionId> ContributionByCommand { get; set; }
}

internal sealed class ContributionDocument
{
    public required ContributionId Id { get; set; }

    public required ContributionKind Kind { get; set; }

    public required string Text { get; set; }

    public required DateTimeOffset RecordedAt { get; set; }

    public ParticipantId? Author { get; set; }

    public GroupId? Table { get; set; }

    public int? Round { get; set; }

    public string? Question { get; set; }

    public string? Owner { get; set; }

    public string? NextStep { get; set; }
}

/// <summary>Source-generated JSON for saved cafés: no reflection at run time, strict about unknown members and nulls.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowTrailingCommas = false,
    MaxDepth = 16)]
[JsonSerializable(typeof(WorldCafeDocument))]
internal sealed partial class WorldCafeJsonContext : JsonSerializerContext;
