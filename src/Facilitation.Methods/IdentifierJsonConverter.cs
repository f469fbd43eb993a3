using System.Text.Json;
using System.Text.Json.Serialization;

namespace Facilitation.Methods;

/// <summary>Reads and writes a typed id as a plain JSON string (also as a property name, so ids can key dictionaries).</summary>
internal sealed class IdentifierJsonConverter<T> : JsonConverter<T>
    where T : struct, IIdentifier<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"An id must be a JSON string, but found {reader.TokenType}.");
        }

        return Create(ReadText(ref reader));
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Create(ReadText(ref reader));

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(value.Value);

    // While a session is restored, one string per distinct id (IdPool); the text is copied out of the JSON only for an id not seen before.
    private static string? ReadText(ref Utf8JsonReader reader)
    {
        if (!IdPool.IsOpen || reader.HasValueSequence || reader.ValueSpan.Length > 256)
        {
            return reader.GetString();
        }

        Span<char> text = stackalloc char[256];
        return IdPool.Share(text[..reader.CopyString(text)]) ?? reader.GetString();
    }

    private static T Create(string? text)
    {
        try
        {
            return T.Create(text!);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }
}
