using System.Text.Json;

namespace Facilitation.Methods.Orleans;

/// <summary>
/// A session grain's answer to a command. An accepted reply is only sent after the command's event is appended to the session
/// store: an acknowledged command is stored.
/// </summary>
/// <param name="Version">The session's version after the command (unchanged when refused or retried).</param>
/// <param name="Phase">The session's phase after the command.</param>
/// <param name="ResultJson">The command's result as JSON; null for a command without result or a refusal.</param>
/// <param name="Refusal">Why the command was refused; null when it was accepted.</param>
[GenerateSerializer]
public sealed record SessionReply(long Version, string Phase, string? ResultJson, SessionRefusal? Refusal)
{
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
