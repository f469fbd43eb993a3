using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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

/// <summary>Reads and writes a <see cref="Participant"/> as <c>{"id","displayName","attributes","languages"}</c> (in the calling context's
/// naming: the brainstorm's version 1 is PascalCase) through its constructor, so every check it makes also guards documents.</summary>
internal class ParticipantJsonConverter : JsonConverter<Participant>
{
    /// <summary>Gets a value indicating whether a display name that is the id is left out (the brainstorm's design).</summary>
    protected virtual bool LeaveOutDisplayNameThatIsTheId => false;

    public override Participant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var shape = JsonSerializer.Deserialize(ref reader, Shape(options)) ?? throw new JsonException("A participant is missing.");
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
        JsonSerializer.Serialize(writer, new ParticipantShape(value.Id, LeaveOutDisplayNameThatIsTheId && value.DisplayName == value.Id.Value ? null : value.DisplayName, value.Attributes, [.. value.Languages]), Shape(options));

    private static JsonTypeInfo<ParticipantShape> Shape(JsonSerializerOptions options) => (JsonTypeInfo<ParticipantShape>)options.GetTypeInfo(typeof(ParticipantShape));
}

internal sealed record ActorShape(ActorRole Role, ParticipantId? Participant);

internal sealed record ParticipantShape(
    ParticipantId Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DisplayName = null,
    IReadOnlyDictionary<string, string>? Attributes = null,
    IReadOnlyList<string>? Languages = null);
