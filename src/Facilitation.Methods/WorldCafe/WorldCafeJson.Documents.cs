using System.Text.Json;
using System.Text.Json.Serialization;
using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.WorldCafe;

// The café's JSON: the design as the document's head, and the events. Plain data classes for the vocabulary types whose
// constructors check their input (participant, contribution, seating); every rule is checked when the event is decided.
internal sealed class DesignDocument
{
    public required string Title { get; set; }

    public required List<ParticipantDocument> Participants { get; set; }

    public List<ParticipantId>? CoFacilitators { get; set; }

    public required List<TableDocument> Tables { get; set; }

    public required List<string> Questions { get; set; }

    // One entry per question (null where it has none), left out when no question has a category.
    public List<string?>? QuestionCategories { get; set; }

    public required QuestionMode QuestionMode { get; set; }

    public required int Rounds { get; set; }

    public required TimeSpan RoundDuration { get; set; }

    public required TimeSpan WarningBeforeEnd { get; set; }

    public required bool AutoAdvance { get; set; }

    public required HostSelection HostSelection { get; set; }

    public required bool ReturnHomeFinalRound { get; set; }

    public required bool PlenaryBetweenRounds { get; set; }

    public required List<Rotation.ParticipantPair> KeepApart { get; set; }

    public required List<Rotation.ParticipantPair> KeepTogether { get; set; }

    // Not required, and left out when empty: documents written before the option existed stay byte for byte the same.
    public List<Rotation.ParticipantPair>? MetBefore { get; set; }

    public string? MixBy { get; set; }

    public required int Seed { get; set; }

    public required TimeSpan PlannerTimeLimit { get; set; }

    // Not required: format-2 documents written before the option existed kept the announced seats, the default.
    public CafeReplanning Replanning { get; set; }
}

internal sealed record ParticipantDocument(ParticipantId Id, string Name, Dictionary<string, string>? Attributes = null, List<string>? Languages = null);

// A table's co-facilitators (who look after it), in ordinal order; left out when none.
internal sealed record TableDocument(GroupId Id, string Name, int Capacity, ParticipantId? Host = null, string? Question = null, string? QuestionCategory = null, List<ParticipantId>? CoFacilitators = null);

internal sealed record ContributionDocument(
    ContributionId Id,
    ContributionKind Kind,
    string Text,
    DateTimeOffset RecordedAt,
    ParticipantId? Author = null,
    GroupId? Table = null,
    int? Round = null,
    string? Question = null,
    string? QuestionCategory = null,
    string? Owner = null,
    string? NextStep = null);

internal sealed record SeatingDocument(int Round, Dictionary<GroupId, List<ParticipantId>> Tables);

/// <summary>Source-generated JSON for the café's design and events: no reflection, strict about unknown members and nulls.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(RoundConverter), typeof(SeatingConverter), typeof(ParticipantConverter), typeof(ContributionConverter), typeof(Brainstorm.PairConverter)],
    MaxDepth = 32)]
[JsonSerializable(typeof(DesignDocument))]
[JsonSerializable(typeof(WorldCafeEvent))]
[JsonSerializable(typeof(SeatingDocument))]
[JsonSerializable(typeof(ContributionDocument))]
[JsonSerializable(typeof(ParticipantDocument))]
[JsonSerializable(typeof(ParticipantId[]))]
internal sealed partial class WorldCafeJsonContext : JsonSerializerContext;

/// <summary>A round as its number.</summary>
internal sealed class RoundConverter : JsonConverter<Round>
{
    public override Round Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TryGetInt32(out var n) && n >= 1 && n <= Limits.MaxRounds ? new Round(n) : throw new JsonException("A round is a number from 1 to " + Limits.MaxRounds + ".");

    public override void Write(Utf8JsonWriter writer, Round value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Number);
}

/// <summary>A seating as <c>{"round": n, "tables": {"T1": ["p1", …]}}</c>, tables in order.</summary>
internal sealed class SeatingConverter : JsonConverter<Seating>
{
    public override Seating Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var doc = JsonSerializer.Deserialize(ref reader, WorldCafeJsonContext.Default.SeatingDocument) ?? throw new JsonException("A seating cannot be null.");
        try
        {
            return new Seating(new Round(doc.Round), doc.Tables.Select(t => new KeyValuePair<GroupId, IEnumerable<ParticipantId>>(t.Key, t.Value)));
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, Seating value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new SeatingDocument(value.Round.Number, value.Groups.ToDictionary(g => g, g => value.MembersOf(g).ToList())), WorldCafeJsonContext.Default.SeatingDocument);
}

/// <summary>A participant as <c>{"id","name","attributes","languages"}</c>.</summary>
internal sealed class ParticipantConverter : JsonConverter<Participant>
{
    public override Participant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var doc = JsonSerializer.Deserialize(ref reader, WorldCafeJsonContext.Default.ParticipantDocument) ?? throw new JsonException("A participant cannot be null.");
        return Guard(() => WorldCafeJson.FromDocument(doc));
    }

    public override void Write(Utf8JsonWriter writer, Participant value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, WorldCafeJson.ToDocument(value), WorldCafeJsonContext.Default.ParticipantDocument);

    internal static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }
}

/// <summary>A contribution as <c>{"id","kind","text","recordedAt","author","table","round","question","owner","nextStep"}</c>.</summary>
internal sealed class ContributionConverter : JsonConverter<Contribution>
{
    public override Contribution Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var doc = JsonSerializer.Deserialize(ref reader, WorldCafeJsonContext.Default.ContributionDocument) ?? throw new JsonException("A contribution cannot be null.");
        return ParticipantConverter.Guard(() => WorldCafeJson.FromDocument(doc));
    }

    // Written as ContributionDocument would be (its names, its order, nulls left out), without making one: every note's record comes here.
    // The save/restore round trips read each record back through the document and compare it with the one written.
    public override void Write(Utf8JsonWriter writer, Contribution value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id.Value);
        writer.WriteString("kind", EnumName<ContributionKind>.Of(value.Kind));
        writer.WriteString("text", value.Text);
        writer.WriteString("recordedAt", value.RecordedAt);
        WriteIfAny(writer, "author", value.Author?.Value);
        WriteIfAny(writer, "table", value.Group?.Value);
        if (value.Round is { } round)
        {
            writer.WriteNumber("round", round.Number);
        }

        WriteIfAny(writer, "question", value.Prompt?.Text);
        WriteIfAny(writer, "questionCategory", value.Prompt?.Category);
        WriteIfAny(writer, "owner", value.Owner);
        WriteIfAny(writer, "nextStep", value.NextStep);
        writer.WriteEndObject();

        static void WriteIfAny(Utf8JsonWriter writer, string name, string? text)
        {
            if (text is not null)
            {
                writer.WriteString(name, text);
            }
        }
    }
}
