using System.Collections.Immutable;

namespace Facilitation.Methods.Orleans;

/// <summary>What a session grain reports about its session: every event up to <see cref="Version"/> is stored.</summary>
/// <param name="Id">The session id (the grain key).</param>
/// <param name="Version">The session's version.</param>
/// <param name="Phase">The session's phase.</param>
/// <param name="PermittedCommands">The commands allowed now.</param>
[GenerateSerializer]
public sealed record SessionSnapshot(string Id, long Version, string Phase, ImmutableArray<string> PermittedCommands);
