using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Facilitation.Methods.Rotation;
using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.Brainstorm;

/// <summary>Source-generated JSON for a brainstorm's session document (format 2): the design, as the design type itself, and the events,
/// camelCase and compact. A participant of the design is <c>{"id","displayName","attributes","languages"}</c> (the display name left out
/// when it is the id), a prompt its text, a met-before pair <c>["a","b"]</c>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    Converters = [typeof(DesignParticipantConverter), typeof(PairConverter)],
    MaxDepth = 32)]
[JsonSerializable(typeof(BrainstormEvent))]
[JsonSerializable(typeof(BrainstormDesign))]
[JsonSerializable(typeof(OpenSpace.ParticipantShape))]
[JsonSerializable(typeof(ParticipantId[]))]
internal sealed partial class BrainstormSessionJsonContext : JsonSerializerContext
{
    /// <summary>Gets the design's JSON; the co-facilitators and met-before pairs came later and are left out when there are none, so earlier documents stay the same.</summary>
    public static JsonTypeInfo<BrainstormDesign> Design => field ??= SessionDocument.LeaveOutEmpty(Default.BrainstormDesign, "coFacilitators", "metBefore");

    /// <summary>Gets a design read from JSON with the lists a document leaves out empty (the JSON reader leaves them unset).</summary>
    public static BrainstormDesign WithLists(BrainstormDesign d) => d with
    {
        CoFacilitators = d.CoFacilitators.IsDefault ? [] : d.CoFacilitators,
        Categories = d.Categories.IsDefault ? [] : d.Categories,
        MetBefore = d.MetBefore.IsDefault ? [] : d.MetBefore,
    };
}

/// <summary>A design's participant: <c>{"id","displayName","attributes","languages"}</c>, the display name left out when it is the id.</summary>
internal sealed class DesignParticipantConverter : OpenSpace.ParticipantJsonConverter
{
    protected override bool LeaveOutDisplayNameThatIsTheId => true;
}

/// <summary>A prompt as its text (a brainstorm's prompts have no category).</summary>
internal sealed class PromptTextConverter : JsonConverter<Prompt>
{
    public override Prompt Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("A prompt is text."));

    public override void Write(Utf8JsonWriter writer, Prompt value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
}

/// <summary>A pair of people as <c>["a","b"]</c>.</summary>
internal sealed class PairConverter : JsonConverter<ParticipantPair>
{
    public override ParticipantPair Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<ParticipantId[]>)options.GetTypeInfo(typeof(ParticipantId[]))) is [var first, var second]
            ? new(first, second)
            : throw new JsonException("A pair names two people.");

    public override void Write(Utf8JsonWriter writer, ParticipantPair value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.First.Value);
        writer.WriteStringValue(value.Second.Value);
        writer.WriteEndArray();
    }
}
