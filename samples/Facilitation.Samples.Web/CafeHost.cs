using Facilitation.Methods;
using Facilitation.Methods.Hosting;
using Facilitation.Methods.Storage;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Samples.Web;

/// <summary>
/// Owns the one café this app serves, kept in the session store (SQLite by default): at startup the sample's café is
/// restored from the store when it is there, else a new one is opened and recorded. Every accepted command's event is
/// appended to the store before the reply; events the round timer raises are appended as they happen.
/// </summary>
internal sealed partial class CafeHost : IDisposable
{
    /// <summary>The owner under which the sample lists its café in the store.</summary>
    public const string Owner = "web-sample";

    private readonly IDisposable _timerEvents;

    public CafeHost(IWorldCafeSessionFactory cafes, ISessionStore store, ILogger<CafeHost> logger)
    {
        var saved = store.ListByOwnerAsync(Owner).AsTask().GetAwaiter().GetResult().LastOrDefault(s => s.Method == "worldCafe");
        Cafe = (saved is null ? null : SessionRecorder.RestoreAsync(store, saved.SessionId, cafes.Restore).AsTask().GetAwaiter().GetResult())
            ?? cafes.Create(SampleCafe.Design);
        RestoredFromStorage = saved is not null;
        Recorder = SessionRecorder.StartAsync(store, Cafe, owner: Owner).AsTask().GetAwaiter().GetResult();
        _timerEvents = Cafe.OnEvent(e =>
        {
            if (e.Actor.Role == ActorRole.System)
            {
                _ = Recorder.SaveAsync().AsTask();
            }
        });
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogOpened(logger, saved is null ? "Opened a new" : "Restored the stored", Cafe.Design.Title, Cafe.Version, Cafe.Phase);
        }
    }

    public WorldCafeSession Cafe { get; }

    public SessionRecorder Recorder { get; }

    public bool RestoredFromStorage { get; }

    /// <summary>Appends the café's events not yet in the store; returns the version the store holds.</summary>
    public ValueTask<long> SaveAsync(CancellationToken cancellationToken) => Recorder.SaveAsync(cancellationToken);

    public void Dispose()
    {
        _timerEvents.Dispose();
        Cafe.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{How} café '{Title}' at version {Version}, phase {Phase}.")]
    private static partial void LogOpened(ILogger logger, string how, string title, long version, WorldCafePhase phase);
}
