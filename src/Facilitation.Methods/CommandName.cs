using System.Text.Json;

namespace Facilitation.Methods;

/// <summary>Reads a command's name, as events and documents carry it, back into the method's own command.</summary>
internal static class CommandName
{
    /// <summary>Gets the command with this exact name.</summary>
    /// <typeparam name="TCommand">The method's commands.</typeparam>
    /// <param name="name">The name, as written by <see cref="Enum.ToString()"/>.</param>
    /// <returns>The command.</returns>
    /// <exception cref="JsonException">The name is not one of the commands (a number, another case or an unknown word).</exception>
    public static TCommand Parse<TCommand>(string name)
        where TCommand : struct, Enum =>
        Enum.GetNames<TCommand>().Contains(name, StringComparer.Ordinal)
            ? Enum.Parse<TCommand>(name)
            : throw new JsonException($"'{Identifier.Shorten(name)}' is not a command of this method.");
}
