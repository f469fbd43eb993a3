using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Facilitation.Methods.Sessions;

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
[JsonSerializable(typeof(OpenSpaceDesign))]
[JsonSerializable(typeof(OpenSpaceEvent))]
[JsonSerializable(typeof(OpenSpaceProceedings))]
[JsonSerializable(typeof(ActorShape))]
internal sealed partial class OpenSpaceJsonContext : JsonSerializerContext
{
    /// <summary>Gets a context that writes any script (Chinese names, accents) as itself rather than as \u escapes, so documents stay readable.</summary>
    public static OpenSpaceJsonContext Readable => field ??= new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
}
