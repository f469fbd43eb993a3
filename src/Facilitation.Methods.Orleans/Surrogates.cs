namespace Facilitation.Methods.Orleans;

/// <summary>The wire form of <see cref="Actor"/>.</summary>
[GenerateSerializer]
internal struct ActorSurrogate
{
    [Id(0)]
    public ActorRole Role;

    [Id(1)]
    public string? Participant;
}

/// <summary>Converts <see cref="Actor"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class ActorSurrogateConverter : IConverter<Actor, ActorSurrogate>
{
    public Actor ConvertFromSurrogate(in ActorSurrogate surrogate) => surrogate.Role switch
    {
        ActorRole.Participant => Actor.ForParticipant(new ParticipantId(surrogate.Participant!)),
        ActorRole.CoFacilitator => Actor.ForCoFacilitator(new ParticipantId(surrogate.Participant!)),
        ActorRole.Facilitator => Actor.Facilitator,
        ActorRole.Anonymous => Actor.Anonymous,
        ActorRole.System => Actor.System,
        _ => default,
    };

    public ActorSurrogate ConvertToSurrogate(in Actor value) => new() { Role = value.Role, Participant = value.Participant?.Value };
}

/// <summary>The wire form of <see cref="CommandOptions"/>.</summary>
[GenerateSerializer]
internal struct CommandOptionsSurrogate
{
    [Id(0)]
    public string? CommandId;

    [Id(1)]
    public long? ExpectedVersion;
}

/// <summary>Converts <see cref="CommandOptions"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class CommandOptionsSurrogateConverter : IConverter<CommandOptions, CommandOptionsSurrogate>
{
    public CommandOptions ConvertFromSurrogate(in CommandOptionsSurrogate surrogate) =>
        new() { CommandId = surrogate.CommandId, ExpectedVersion = surrogate.ExpectedVersion };

    public CommandOptionsSurrogate ConvertToSurrogate(in CommandOptions value) =>
        new() { CommandId = value.CommandId, ExpectedVersion = value.ExpectedVersion };
}

/// <summary>The wire form of <see cref="SessionEventRecord"/>.</summary>
[GenerateSerializer]
internal struct SessionEventRecordSurrogate
{
    [Id(0)]
    public long Version;

    [Id(1)]
    public string Type;

    [Id(2)]
    public string Json;
}

/// <summary>Converts <see cref="SessionEventRecord"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class SessionEventRecordSurrogateConverter : IConverter<SessionEventRecord, SessionEventRecordSurrogate>
{
    public SessionEventRecord ConvertFromSurrogate(in SessionEventRecordSurrogate surrogate) => new(surrogate.Version, surrogate.Type, surrogate.Json);

    public SessionEventRecordSurrogate ConvertToSurrogate(in SessionEventRecord value) => new() { Version = value.Version, Type = value.Type, Json = value.Json };
}
