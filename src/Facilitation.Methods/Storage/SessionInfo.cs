namespace Facilitation.Methods.Storage;

/// <summary>What a store lists about one session: who it belongs to and how far its log has come, without the design or the events.</summary>
public sealed class SessionInfo
{
    /// <summary>Initializes a new instance of the <see cref="SessionInfo"/> class.</summary>
    /// <param name="SessionId">The session's id.</param>
    /// <param name="Method">The method the session runs.</param>
    /// <param name="WorkshopId">The workshop the session belongs to, or null.</param>
    /// <param name="Owner">The session's owner, or null.</param>
    /// <param name="Version">The version of the session's last stored event; 0 when none is stored yet.</param>
    public SessionInfo(string SessionId, string Method, string? WorkshopId, string? Owner, long Version)
    {
        this.SessionId = SessionId;
        this.Method = Method;
        this.WorkshopId = WorkshopId;
        this.Owner = Owner;
        this.Version = Version;
    }

    /// <summary>The session's id.</summary>
    public string SessionId { get; }

    /// <summary>The method the session runs.</summary>
    public string Method { get; }

    /// <summary>The workshop the session belongs to, or null.</summary>
    public string? WorkshopId { get; }

    /// <summary>The session's owner, or null.</summary>
    public string? Owner { get; }

    /// <summary>The version of the session's last stored event; 0 when none is stored yet.</summary>
    public long Version { get; }
}
