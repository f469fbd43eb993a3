namespace Facilitation.Methods.Storage;

/// <summary>What a store lists about one session: who it belongs to and how far its log has come, without the design or the events.</summary>
/// <param name="SessionId">The session's id.</param>
/// <param name="Method">The method the session runs.</param>
/// <param name="WorkshopId">The workshop the session belongs to, or null.</param>
/// <param name="Owner">The session's owner, or null.</param>
/// <param name="Version">The version of the session's last stored event; 0 when none is stored yet.</param>
public sealed record SessionInfo(string SessionId, string Method, string? WorkshopId, string? Owner, long Version);
