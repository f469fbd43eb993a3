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

internal sealed record ActorShape(ActorRole Role, ParticipantId? Participant);
