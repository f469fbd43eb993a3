namespace Facilitation.Methods.Storage;

/// <summary>An append was refused because the session has moved on: another writer stored events after the version this writer expected. Nothing was stored.
/// The conflict is retryable: load the session's newer events, re-run the command on the newer state, and append with the new expected version.</summary>
public sealed class SessionConflictException : SessionStoreException
{
    /// <summary>Initializes a new instance of the <see cref="SessionConflictException"/> class.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="expectedVersion">The version the writer expected.</param>
    /// <param name="actualVersion">The version the store holds.</param>
    public SessionConflictException(string sessionId, long expectedVersion, long actualVersion)
        : base($"Session '{sessionId}' is at version {actualVersion}, not the expected {expectedVersion}: another writer appended first, and nothing was stored. " +
               $"Load the events after version {expectedVersion}, re-run the command on that state, and append with expected version {actualVersion}.")
    {
        SessionId = sessionId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>Gets the session whose append was refused.</summary>
    public string SessionId { get; }

    /// <summary>Gets the version the writer expected.</summary>
    public long ExpectedVersion { get; }

    /// <summary>Gets the version the store holds.</summary>
    public long ActualVersion { get; }
}
