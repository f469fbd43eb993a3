using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.WorldCafe;

/// <summary>The café's JSON: the design is <see cref="WorldCafeDesign"/> itself (a participant as Open Space's, a pair <c>["a","b"]</c>,
/// a table and a question with their <c>prompt</c> <c>{"text","category"}</c>), and the events.</summary>
internal static class WorldCafeJson
{
    public const string Method = "worldCafe";

    /// <summary>Gets the design with every list set, empty where a caller or the JSON reader left it unset (the source-generated reader
    /// does not keep a property's initial value: dotnet/runtime#84484), as documents write it and the design check reads it.</summary>
    public static WorldCafeDesign WithLists(WorldCafeDesign d) => d with
    {
        CoFacilitators = d.CoFacilitators.IsDefault ? [] : d.CoFacilitators,
        TableCoFacilitators = d.TableCoFacilitators ?? ImmutableDictionary<ParticipantId, ImmutableArray<GroupId>>.Empty,
        Participants = d.Participants.IsDefault ? [] : d.Participants,
        Tables = d.Tables.IsDefault ? [] : d.Tables,
        Questions = d.Questions.IsDefault ? [] : d.Questions,
        KeepApart = d.KeepApart.IsDefault ? [] : d.KeepApart,
        KeepTogether = d.KeepTogether.IsDefault ? [] : d.KeepTogether,
        MetBefore = d.MetBefore.IsDefault ? [] : d.MetBefore,
    };
}

/// <summary>Source-generated JSON for the café's design and events: no reflection, strict about unknown members and nulls.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    Converters = [typeof(RoundConverter), typeof(SeatingConverter), typeof(ParticipantJsonConverter), typeof(PairConverter), typeof(TableCoFacilitatorsConverter)],
    MaxDepth = 32)]
[JsonSerializable(typeof(WorldCafeDesign), TypeInfoPropertyName = "DesignDocument")]
[JsonSerializable(typeof(WorldCafeEvent))]
[JsonSerializable(typeof(V1Document))]
[JsonSerializable(typeof(SeatingShape))]
[JsonSerializable(typeof(ImmutableSortedDictionary<ParticipantId, ImmutableArray<GroupId>>))]
internal sealed partial class WorldCafeJsonContext : JsonSerializerContext;

/// <summary>A round as its number.</summary>
internal sealed class RoundConverter : JsonConverter<Round>
{
    public override Round Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TryGetInt32(out var n) && n >= 1 && n <= Limits.MaxRounds ? new Round(n) : throw new JsonException("A round is a number from 1 to " + Limits.MaxRounds + ".");

    public override void Write(Utf8JsonWriter writer, Round value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Number);
}

internal sealed record SeatingShape(int Round, Dictionary<GroupId, List<ParticipantId>> Tables);

/// <summary>A seating as <c>{"round": n, "tables": {"T1": ["p1", …]}}</c>, tables in order.</summary>
internal sealed class SeatingConverter() : ShapeJsonConverter<Seating, SeatingShape>(
    _ => WorldCafeJsonContext.Default.SeatingShape,
    "A seating cannot be null.",
    shape => new Seating(new Round(shape.Round), shape.Tables.Select(t => new KeyValuePair<GroupId, IEnumerable<ParticipantId>>(t.Key, t.Value))),
    value => new SeatingShape(value.Round.Number, value.Groups.ToDictionary(g => g, g => value.MembersOf(g).ToList())));

/// <summary>The table co-facilitators as <c>{"li": ["T1", "T2"]}</c>, people in ordinal order so that every process writes the same bytes.</summary>
internal sealed class TableCoFacilitatorsConverter() : ShapeJsonConverter<ImmutableDictionary<ParticipantId, ImmutableArray<GroupId>>, ImmutableSortedDictionary<ParticipantId, ImmutableArray<GroupId>>>(
    _ => WorldCafeJsonContext.Default.ImmutableSortedDictionaryParticipantIdImmutableArrayGroupId,
    "The table co-facilitators cannot be null.",
    shape => shape.ToImmutableDictionary(),
    value => value.ToImmutableSortedDictionary());
