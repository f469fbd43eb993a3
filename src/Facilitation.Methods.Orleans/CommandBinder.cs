using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace Facilitation.Methods.Orleans;

/// <summary>One public command of a session type, called with its arguments read by name from a JSON object.</summary>
internal sealed class CommandBinder
{
    private readonly MethodInfo _method;
    private readonly ParameterInfo[] _arguments;

    private CommandBinder(MethodInfo method)
    {
        _method = method;
        var parameters = method.GetParameters();
        _arguments = parameters[1..^1];
    }

    public string Name => _method.Name;

    /// <summary>Finds the session's commands: public instance methods taking the actor first and the command options last.</summary>
    public static IEnumerable<CommandBinder> Discover(Type session) =>
        session.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition)
            .Where(m => m.GetParameters() is [{ ParameterType: var first }, .., { ParameterType: var last }] && first == typeof(Actor) && last == typeof(CommandOptions))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new CommandBinder(m));

    public string? Run(object session, Actor actor, string? json, CommandOptions? options)
    {
        var values = new object?[_arguments.Length + 2];
        values[0] = actor;
        values[^1] = options;
        var given = Read(json);
        foreach (var name in given.Keys)
        {
            if (!_arguments.Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"The command {Name} has no argument '{name}'; its arguments: {Describe()}.", nameof(json));
            }
        }

        for (var i = 0; i < _arguments.Length; i++)
        {
            var argument = _arguments[i];
            if (!given.TryGetValue(argument.Name!, out var found))
            {
                values[i + 1] = argument.HasDefaultValue
                    ? argument.DefaultValue
                    : throw new ArgumentException($"The command {Name} needs the argument '{argument.Name}' ({argument.ParameterType.Name}); its arguments: {Describe()}.", nameof(json));
                continue;
            }

            try
            {
                values[i + 1] = found.Deserialize(argument.ParameterType, Wire.Json);
            }
            catch (JsonException e)
            {
                throw new ArgumentException($"The argument '{argument.Name}' of {Name} is not a {argument.ParameterType.Name}: {e.Message}", nameof(json), e);
            }
        }

        object? result;
        try
        {
            result = _method.Invoke(session, values);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }

        return _method.ReturnType == typeof(void) ? null : JsonSerializer.Serialize(result, _method.ReturnType, Wire.Json);
    }

    private string Describe() =>
        _arguments.Length == 0 ? "none" : string.Join(", ", _arguments.Select(a => a.HasDefaultValue ? a.Name + " (optional)" : a.Name));

    // The payload's arguments by name, any case (web defaults write camelCase, parameters are camelCase too).
    private Dictionary<string, JsonElement> Read(string? json)
    {
        var arguments = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(json))
        {
            return arguments;
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The payload of {Name} is not JSON: {e.Message}", nameof(json), e);
        }

        if (root.ValueKind == JsonValueKind.Null)
        {
            return arguments;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"The payload of {Name} must be a JSON object of named arguments ({Describe()}), not a {root.ValueKind}.", nameof(json));
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!arguments.TryAdd(property.Name, property.Value))
            {
                throw new ArgumentException($"The payload of {Name} names the argument '{property.Name}' twice.", nameof(json));
            }
        }

        return arguments;
    }
}
