using System.Text.Json;
using System.Text.Json.Serialization;
using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.Brainstorm;

/// <summary>Source-generated JSON for a brainstorm's session document (format 2): the design, as the design type itself, and the events,
/// camelCase and compact. A participant is <c>{"id","displayName","attributes","languages"}</c>, a prompt its text, a met-before pair <c>["a","b"]</c>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    Converters = [typeof(ParticipantJsonConverter), typeof(PairConverter)],
    MaxDepth = 32)]
[JsonSerializable(typeof(BrainstormEvent))]
[JsonSerializable(typeof(BrainstormDesign))]
internal sealed partial class BrainstormSessionJsonContext : JsonSerializerContext
{
    /// <summary>Gets a design read from JSON with the lists a document leaves out empty (the source-generated reader does not keep a
    /// property's initial value: dotnet/runtime#84484).</summary>
    public static BrainstormDesign WithLists(BrainstormDesign d) => d with
    {
        CoFacilitators = d.CoFacilitators.IsDefault ? [] : d.CoFacilitators,
        Categories = d.Categories.IsDefault ? [] : d.Categories,
        MetBefore = d.MetBefore.IsDefault ? [] : d.MetBefore,
    };
}

/// <summary>A prompt as its text (a brainstorm's prompts have no category).</summary>
internal sealed class PromptTextConverter : JsonConverter<Prompt>
{
    public override Prompt Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("A prompt is text."));

    public override void Write(Utf8JsonWriter writer, Prompt value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
}
