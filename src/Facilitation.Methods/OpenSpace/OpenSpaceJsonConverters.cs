using System.Text.Json;
using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Writes an <see cref="Actor"/> as <c>{"role":"Participant","participant":"p1"}</c> and reads it back through the public factories.</summary>
internal sealed class ActorJsonConverter() : ShapeJsonConverter<Actor, ActorShape>(
    _ => OpenSpaceJsonContext.Default.ActorShape,
    "An actor is missing.",
    shape => shape.Role switch
    {
        ActorRole.Facilitator when shape.Participant is null => Actor.Facilitator,
        ActorRole.System when shape.Participant is null => Actor.System,
        ActorRole.Participant when shape.Participant is { } p => Actor.ForParticipant(p),
        _ => throw new JsonException($"The actor (role {shape.Role}) is not valid."),
    },
    value => new ActorShape(value.Role, value.Participant));

internal sealed record ActorShape(ActorRole Role, ParticipantId? Participant);
