using System.Text.Json;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Writes an <see cref="Actor"/> as <c>{"role":"Participant","participant":"p1"}</c> and reads it back through the public factories.</summary>
internal sealed class ActorJsonConverter : JsonConverter<Actor>
{
    public override Actor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var shape = JsonSerializer.Deserialize(ref reader, OpenSpaceJsonContext.Default.ActorShape) ?? throw new JsonException("An actor is missing.");
        return shape.Role switch
        {
            ActorRole.Facilitator when shape.Participant is null => Actor.Facilitator,
            ActorRole.System when shape.Participant is null => Actor.System,
            ActorRole.Participant when shape.Participant is { } p => Actor.ForParticipant(p),
            _ => throw new JsonException($"The actor (role {shape.Role}) is not valid."),
        };
    }

    public override void Write(Utf8JsonWriter writer, Actor value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new ActorShape(value.Role, value.Participant), OpenSpaceJsonContext.Default.ActorShape);
}

/// <summary>Reads and writes a <see cref="Participant"/> through its constructor, so every check it makes also guards documents.</summary>
internal sealed class ParticipantJsonConverter : JsonConverter<Participant>
{
    public override Participant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var shape = JsonSerializer.Deserialize(ref reader, OpenSpaceJsonContext.Default.ParticipantShape) ?? throw new JsonException("A participant is missing.");
        try
        {
            return new Participant(shape.Id, shape.DisplayName, shape.Attributes, shape.Languages);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, Participant value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new ParticipantShape(value.Id, value.DisplayName, value.Attributes, [.. value.Languages]), OpenSpaceJsonContext.Default.ParticipantShape);
}

internal sealed record ActorShape(ActorRole Role, ParticipantId? Participant);

internal sealed record ParticipantShape(ParticipantId Id, string DisplayName, IReadOnlyDictionary<string, string>? Attributes, IReadOnlyList<string>? Languages);
