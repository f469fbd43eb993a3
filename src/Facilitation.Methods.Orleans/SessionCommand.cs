using System.Text.Json;

namespace Facilitation.Methods.Orleans;

/// <summary>
/// A command sent to a session grain: the command's name in the method's command table, who sends it, its payload as JSON and
/// the same <see cref="CommandOptions"/> (command id, expected version) as an in-process command.
/// </summary>
/// <remarks>Typed commands cannot cross the wire as delegates, so a command travels as this envelope and the silo dispatches it
/// through the <see cref="SessionMethod{TSession}"/> the host registered for the session's method.</remarks>
[GenerateSerializer]
public sealed class SessionCommand
{
    /// <summary>Initialises a command.</summary>
    /// <param name="name">The command's name as registered in the method's command table (e.g. <c>AddIdea</c>).</param>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="payloadJson">The payload as JSON, or null for a command without payload.</param>
    /// <param name="options">The command id and expected version; null for neither.</param>
    public SessionCommand(string name, Actor actor, string? payloadJson = null, CommandOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Actor = actor;
        PayloadJson = payloadJson;
        Options = options;
    }

    /// <summary>Gets the command's name in the method's command table.</summary>
    [Id(0)]
    public string Name { get; init; }

    /// <summary>Gets who sends the command.</summary>
    [Id(1)]
    public Actor Actor { get; init; }

    /// <summary>Gets the payload as JSON; null for a command without payload.</summary>
    [Id(2)]
    public string? PayloadJson { get; init; }

    /// <summary>Gets the command id and expected version; null for neither.</summary>
    [Id(3)]
    public CommandOptions? Options { get; init; }

    /// <summary>
    /// Gets the language a refusal is written in, as a culture name (<c>zh-CN</c>, <c>en</c>); null for the silo's UI culture.
    /// A session created with <see cref="SessionOptions.Culture"/> writes in that culture whatever the command says.
    /// An unknown name is refused as <see cref="RejectionKind.InvalidInput"/>.
    /// </summary>
    [Id(4)]
    public string? Culture { get; init; }

    /// <summary>Builds a command whose payload is written as JSON (web defaults: camelCase names).</summary>
    /// <typeparam name="TPayload">The payload type the method's command table reads.</typeparam>
    /// <param name="name">The command's name.</param>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="payload">The payload.</param>
    /// <param name="options">The command id and expected version; null for neither.</param>
    /// <returns>The command.</returns>
    public static SessionCommand WithPayload<TPayload>(string name, Actor actor, TPayload payload, CommandOptions? options = null) =>
        new(name, actor, JsonSerializer.Serialize(payload, Wire.Json), options);
}
