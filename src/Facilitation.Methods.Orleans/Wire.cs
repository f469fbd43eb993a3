using System.Text.Json;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Orleans;

/// <summary>The JSON settings of payloads and results on the wire.</summary>
internal static class Wire
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new ParticipantConverter() } };

    /// <summary>
    /// A <see cref="Participant"/> as <c>{"id","displayName","attributes":{name: value},"languages":[…]}</c>: its constructor takes the
    /// attributes as pairs while the property is a dictionary, which System.Text.Json cannot bind by itself (a <c>Join</c> payload).
    /// </summary>
    private sealed class ParticipantConverter : JsonConverter<Participant>
    {
        public override Participant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var shape = JsonSerializer.Deserialize<Shape>(ref reader, options) ?? throw new JsonException("A participant is a JSON object.");
            if (shape.Id is not { Length: > 0 } id)
            {
                throw new JsonException("A participant needs an id.");
            }

            return new Participant(new ParticipantId(id), shape.DisplayName, shape.Attributes, shape.Languages);
        }

        public override void Write(Utf8JsonWriter writer, Participant value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new Shape(value.Id.Value, value.DisplayName, value.Attributes, [.. value.Languages]), options);

        private sealed record Shape(string? Id, string? DisplayName, IReadOnlyDictionary<string, string>? Attributes, string[]? Languages);
    }
}
