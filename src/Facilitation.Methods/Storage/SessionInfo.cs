namespace Facilitation.Methods.Storage;

/// <summary>What a store lists about one session: who it belongs to and how far its log has come, without the design or the events.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="sessionId">The session's id.</param>
/// <param name="method">The method the session runs.</param>
/// <param name="workshopId">The workshop the session belongs to, or null.</param>
/// <param name="owner">The session's owner, or null.</param>
/// <param name="version">The version of the session's last stored event; 0 when none is stored yet.</param>
public sealed class SessionInfo(string sessionId, string method, string? workshopId, string? owner, long version)
{
    /// <summary>Gets the session's id.</summary>
    public string SessionId { get; } = sessionId;

    /// <summary>Gets the method the session runs.</summary>
    public string Method { get; } = method;

    /// <summary>Gets the workshop the session belongs to, or null.</summary>
    public string? WorkshopId { get; } = workshopId;

    /// <summary>Gets the session's owner, or null.</summary>
    public string? Owner { get; } = owner;

    /// <summary>Gets the version of the session's last stored event; 0 when none is stored yet.</summary>
    public long Version { get; } = version;
}
