namespace Facilitation.Methods.Hosting;

/// <summary>One factory for every method: the method's own <c>Create</c> and <c>Restore</c>, given the container's session options.</summary>
internal sealed class SessionFactory<TDesign, TSession>(
    SessionOptions options,
    Func<TDesign, SessionOptions, TSession> create,
    Func<string, SessionOptions, TSession> restore,
    Func<string, IEnumerable<SessionEventRecord>, SessionOptions, TSession> restoreFromRecords) : ISessionFactory<TDesign, TSession>
    where TSession : IFacilitationSession
{
    /// <inheritdoc />
    public TSession Create(TDesign design) => create(design, options);

    /// <inheritdoc />
    public TSession Restore(string json) => restore(json, options);

    /// <inheritdoc />
    public TSession Restore(string designJson, IEnumerable<SessionEventRecord> records) => restoreFromRecords(designJson, records, options);
}
