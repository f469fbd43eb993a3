namespace Facilitation.Methods.Storage;

/// <summary>Events were appended to a session the store does not hold: it was never created or has been deleted. Nothing was stored.</summary>
public sealed class SessionNotFoundException : SessionStoreException
{
    /// <summary>Initializes a new instance of the <see cref="SessionNotFoundException"/> class.</summary>
    /// <param name="sessionId">The session that was not found.</param>
    public SessionNotFoundException(string sessionId)
        : base($"The store holds no session '{sessionId}': create it with CreateAsync before appending events (or it was deleted).")
    {
        SessionId = sessionId;
    }

    /// <summary>Gets the session that was not found.</summary>
    public string SessionId { get; }
}
