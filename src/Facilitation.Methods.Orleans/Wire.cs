using System.Text.Json;

namespace Facilitation.Methods.Orleans;

/// <summary>The JSON settings of payloads and results on the wire.</summary>
internal static class Wire
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
