using System.Collections.Immutable;

namespace Facilitation.Methods.Orleans;

/// <summary>What a session grain reports about its session: every event up to <see cref="Version"/> is stored.</summary>
[GenerateSerializer]
public sealed class SessionSnapshot
{
    /// <summary>Initialises a snapshot.</summary>
    /// <param name="id">The session id (the grain key).</param>
    /// <param name="version">The session's version.</param>
    /// <param name="phase">The session's phase.</param>
    /// <param name="permittedCommands">The commands allowed now.</param>
    public SessionSnapshot(string id, long version, string phase, ImmutableArray<string> permittedCommands)
    {
        Id = id;
        Version = version;
        Phase = phase;
        PermittedCommands = permittedCommands;
    }

    /// <summary>Gets the session id (the grain key).</summary>
    [Id(0)]
    public string Id { get; init; }

    /// <summary>Gets the session's version.</summary>
    [Id(1)]
    public long Version { get; init; }

    /// <summary>Gets the session's phase.</summary>
    [Id(2)]
    public string Phase { get; init; }

    /// <summary>Gets the commands allowed now.</summary>
    [Id(3)]
    public ImmutableArray<string> PermittedCommands { get; init; }
}
