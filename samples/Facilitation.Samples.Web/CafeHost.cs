using Facilitation.Methods.Hosting;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Samples.Web;

/// <summary>Owns the one café this app serves: restored from storage at startup when a saved document exists, else new.</summary>
internal sealed partial class CafeHost : IDisposable
{
    public CafeHost(IWorldCafeSessionFactory cafes, CafeStore store, ILogger<CafeHost> logger)
    {
        Store = store;
        var saved = store.Load();
        Cafe = saved is null ? cafes.Create(SampleCafe.Design) : cafes.Restore(saved);
        RestoredFromStorage = saved is not null;
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogOpened(logger, saved is null ? "Opened a new" : "Restored the saved", Cafe.Design.Title, Cafe.Version, Cafe.Phase);
        }
    }

    public WorldCafeSession Cafe { get; }

    public CafeStore Store { get; }

    public bool RestoredFromStorage { get; }

    public async Task<(long Version, long Bytes)> SaveAsync(CancellationToken cancellationToken)
    {
        // Save() is consistent on its own: it reads the whole café inside the session's gate.
        var document = Cafe.Save();
        var bytes = await Store.SaveAsync(document, cancellationToken).ConfigureAwait(false);
        return (Cafe.Version, bytes);
    }

    public void Dispose() => Cafe.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "{How} café '{Title}' at version {Version}, phase {Phase}.")]
    private static partial void LogOpened(ILogger logger, string how, string title, long version, WorldCafePhase phase);
}
