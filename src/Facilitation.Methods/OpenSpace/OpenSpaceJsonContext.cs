using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Source-generated JSON for saved sessions and proceedings: no reflection at run time, so trimming and AOT work.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(ActorJsonConverter), typeof(ParticipantJsonConverter)])]
[JsonSerializable(typeof(OpenSpaceSessionDocument))]
[JsonSerializable(typeof(OpenSpaceProceedings))]
[JsonSerializable(typeof(ActorShape))]
[JsonSerializable(typeof(ParticipantShape))]
internal sealed partial class OpenSpaceJsonContext : JsonSerializerContext;
