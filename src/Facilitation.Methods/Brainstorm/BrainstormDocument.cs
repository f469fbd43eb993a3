using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>The saved form of a brainstorm session (format version 1). Anonymous ideas carry no author here either.</summary>
internal sealed class BrainstormDocument
{
    public const string FormatName = "Facilitation.Methods.Brainstorm";
    public const int CurrentFormatVersion = 1;

    public required string Format { get; init; }

    public required int FormatVersion { get; init; }

    public required DesignDocument Design { get; init; }

    public required BrainstormPhase Phase { get; init; }

    public required long Version { get; init; }

    public List<string> CommandIds { get; init; } = [];

    public int RoundsStarted { get; init; }

    public RoundDocument? Current { get; init; }

    public List<IdeaDocument> Ideas { get; init; } = [];

    public List<ClusterDocument> Clusters { get; init; } = [];

    public int NextCluster { get; init; } = 1;

    public Dictionary<ParticipantId, Dictionary<ContributionId, int>> Dots { get; init; } = [];

    public Dictionary<ParticipantId, List<ContributionId>> Rankings { get; init; } = [];

    public DecisionDocument? Decision { get; init; }

    public List<List<List<ParticipantId>>> PairRounds { get; init; } = [];

    public List<List<List<ParticipantId>>> FourRounds { get; init; } = [];
}

internal sealed class DesignDocument
{
    public required string Title { get; init; }

    public required List<ParticipantDocument> Participants { get; init; }

    public required List<RoundPlanDocument> Rounds { get; init; }

    public List<ParticipantId>? CoFacilitators { get; init; }

    public string? Prompt { get; init; }

    public List<string> Categories { get; init; } = [];

    public VotingMethod? Voting { get; init; }

    public int? DotsPerPerson { get; init; }

    public int MaxDotsPerPerson { get; init; }

    public int? MaxDotsPerIdea { get; init; }

    public int RankedChoices { get; init; }

    public bool EndRoundsWhenTimeIsUp { get; init; }

    public int Seed { get; init; }

    // Left out when empty: documents written before the option existed stay the same.
    public List<ParticipantId[]>? MetBefore { get; init; }
}

internal sealed class ParticipantDocument
{
    public required ParticipantId Id { get; init; }

    public string? DisplayName { get; init; }

    public Dictionary<string, string> Attributes { get; init; } = [];

    public List<string> Languages { get; init; } = [];
}

internal sealed class RoundPlanDocument
{
    public GenerationTechnique Technique { get; init; }

    public string? Prompt { get; init; }

    public TimeSpan Duration { get; init; }

    public bool AllowPassing { get; init; }

    public bool Anonymous { get; init; }

    public int IdeasPerSheet { get; init; }

    public int TeamSize { get; init; }
}

internal sealed class RoundDocument
{
    public required int Round { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required TimeSpan Duration { get; init; }

    public int Turn { get; init; }

    public int Pass { get; init; }

    public OneTwoFourAllStep Step { get; init; }

    public List<List<ParticipantId>> Teams { get; init; } = [];

    public List<List<ParticipantId>> Pairs { get; init; } = [];

    public List<List<ParticipantId>> Fours { get; init; } = [];
}

internal sealed class IdeaDocument
{
    public required ContributionId Id { get; init; }

    public required string Text { get; init; }

    public required int Round { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public ParticipantId? Author { get; init; }

    public string? Category { get; init; }

    public ContributionId? BuildsOn { get; init; }

    public GroupId? Team { get; init; }

    public int? Sheet { get; init; }

    public int? Pass { get; init; }

    public OneTwoFourAllStep? Step { get; init; }

    public List<string> Clarifications { get; init; } = [];

    public ContributionId? DuplicateOf { get; init; }
}

internal sealed class ClusterDocument
{
    public required string Id { get; init; }

    public string? Heading { get; init; }

    public List<ContributionId> Ideas { get; init; } = [];
}

internal sealed class DecisionDocument
{
    public List<ContributionId> Chosen { get; init; } = [];

    public string? Note { get; init; }
}


internal sealed class HarvestDocument
{
    public required string Title { get; init; }

    public string? Question { get; init; }

    public BrainstormPhase Phase { get; init; }

    public List<HarvestIdea> Ideas { get; init; } = [];

    public List<HarvestCluster> Clusters { get; init; } = [];

    public List<HarvestScore>? Ranking { get; init; }

    public bool RankingIsFinal { get; init; }

    public List<ContributionId>? Decision { get; init; }

    public string? DecisionNote { get; init; }
}

internal sealed class HarvestIdea
{
    public required ContributionId Id { get; init; }

    public int Round { get; init; }

    public required string Text { get; init; }

    public string? Category { get; init; }

    public string? Author { get; init; }

    public ContributionId? BuildsOn { get; init; }

    public ContributionId? DuplicateOf { get; init; }

    public List<string> Clarifications { get; init; } = [];
}

internal sealed class HarvestCluster
{
    public required string Id { get; init; }

    public string? Heading { get; init; }

    public List<ContributionId> Ideas { get; init; } = [];
}

internal sealed class HarvestScore
{
    public ContributionId Idea { get; init; }

    public int Points { get; init; }

    public int Voters { get; init; }

    public int Rank { get; init; }

    public bool Tied { get; init; }
}

/// <summary>Source-generated JSON for brainstorm documents: no reflection at run time, so trimming and AOT work.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    MaxDepth = 32)]
[JsonSerializable(typeof(BrainstormDocument))]
[JsonSerializable(typeof(HarvestDocument))]
internal sealed partial class BrainstormJsonContext : JsonSerializerContext;

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
