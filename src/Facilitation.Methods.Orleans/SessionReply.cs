using System.Text.Json;

namespace Facilitation.Methods.Orleans;

/// <summary>
/// A session grain's answer to a command. An accepted reply is only sent after the command's event is appended to the session
/// store: an acknowledged command is stored.
/// </summary>
[GenerateSerializer]
public sealed class SessionReply
{
    /// <summary>Initialises a reply.</summary>
    /// <param name="version">The session's version after the command (unchanged when refused or retried).</param>
    /// <param name="phase">The session's phase after the command.</param>
    /// <param name="resultJson">The command's result as JSON; null for a command without result or a refusal.</param>
    /// <param name="refusal">Why the command was refused; null when it was accepted.</param>
    public SessionReply(long version, string phase, string? resultJson, SessionRefusal? refusal)
    {
        Version = version;
        Phase = phase;
        ResultJson = resultJson;
        Refusal = refusal;
    }

    /// <summary>Gets the session's version after the command.</summary>
    [Id(0)]
    public long Version { get; init; }

    /// <summary>Gets the session's phase after the command.</summary>
    [Id(1)]
    public string Phase { get; init; }

    /// <summary>Gets the command's result as JSON; null for a command without result or a refusal.</summary>
    [Id(2)]
    public string? ResultJson { get; init; }

    /// <summary>Gets why the command was refused; null when it was accepted.</summary>
    [Id(3)]
    public SessionRefusal? Refusal { get; init; }

    /// <summary>Gets whether the command was accepted (and stored).</summary>
    public bool Accepted => Refusal is null;

    /// <summary>Throws the refusal as a <see cref="CommandRejectedException"/>, as an in-process session would.</summary>
    /// <exception cref="CommandRejectedException">The command was refused.</exception>
    public void ThrowIfRefused()
    {
        if (Refusal is { } refusal)
        {
            throw refusal.ToException();
        }
    }

    /// <summary>Reads the command's result.</summary>
    /// <typeparam name="TResult">The result type the method's command returns.</typeparam>
    /// <returns>The result; default when the command has none.</returns>
    /// <exception cref="CommandRejectedException">The command was refused.</exception>
    public TResult? ReadResult<TResult>()
    {
        ThrowIfRefused();
        return ResultJson is null ? default : JsonSerializer.Deserialize<TResult>(ResultJson, Wire.Json);
    }
}
