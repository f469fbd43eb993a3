using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Facilitation.Methods;
using Facilitation.Methods.Hosting;
using Facilitation.Methods.Storage;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Samples.Web;

/// <summary>One running café with its join code, its recorder (every accepted event goes to the store) and who has claimed which name.</summary>
internal sealed class Room : IDisposable
{
    private readonly ConcurrentDictionary<ParticipantId, bool> _claimed = new();
    private readonly IDisposable _saveTimerEvents;

    public Room(WorldCafeSession cafe, SessionRecorder recorder, Action<Exception> onSaveError)
    {
        Cafe = cafe;
        Recorder = recorder;
        Code = CodeOf(cafe.Id);

        // Events the round timer raises have no request to wait for them: store them as they happen.
        _saveTimerEvents = cafe.OnEvent(e =>
        {
            if (e.Actor.Role == ActorRole.System)
            {
                _ = SaveQuietly(onSaveError);
            }
        });
    }

    /// <summary>Gets the short code people type to join (six letters and digits without look-alikes, derived from the session id, so it survives a restart).</summary>
    public string Code { get; }

    public WorldCafeSession Cafe { get; }

    public SessionRecorder Recorder { get; }

    /// <summary>Derives a join code from a session id: 6 characters of 31 (no 0/O, 1/I/L), about 887 million codes.</summary>
    public static string CodeOf(string sessionId)
    {
        const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sessionId));
        var value = BitConverter.ToUInt64(hash, 0);
        var code = new char[6];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[(int)(value % (ulong)Alphabet.Length)];
            value /= (ulong)Alphabet.Length;
        }

        return new string(code);
    }

    /// <summary>Claims a person on the roster for the one phone that joined with their name; false when someone already did.</summary>
    public bool TryClaim(ParticipantId id) => _claimed.TryAdd(id, true);

    public bool IsClaimed(ParticipantId id) => _claimed.ContainsKey(id);

    /// <summary>Frees a claim whose join the café refused.</summary>
    public void Release(ParticipantId id) => _claimed.TryRemove(id, out _);

    public ValueTask<long> SaveAsync(CancellationToken cancellationToken) => Recorder.SaveAsync(cancellationToken);

    public void Dispose()
    {
        _saveTimerEvents.Dispose();
        Cafe.Dispose();
    }

    private async Task SaveQuietly(Action<Exception> onError)
    {
        try
        {
            await Recorder.SaveAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is SessionStoreException or InvalidOperationException or ObjectDisposedException)
        {
            onError(e);
        }
    }
}

/// <summary>Every café the app runs, by join code; restored from the session store at start-up.</summary>
internal sealed partial class Rooms : IDisposable
{
    /// <summary>The owner under which the app lists its cafés in the store.</summary>
    public const string Owner = "web-sample";

    /// <summary>How many cafés one app runs at most (each holds its whole log in memory).</summary>
    public const int MaxRooms = 50;

    private readonly ConcurrentDictionary<string, Room> _rooms = new(StringComparer.OrdinalIgnoreCase);
    private readonly IWorldCafeSessionFactory _cafes;
    private readonly ISessionStore _store;
    private readonly ILogger<Rooms> _logger;
    private readonly SemaphoreSlim _opening = new(1, 1);

    public Rooms(IWorldCafeSessionFactory cafes, ISessionStore store, ILogger<Rooms> logger)
    {
        _cafes = cafes;
        _store = store;
        _logger = logger;
    }

    public IEnumerable<Room> All => _rooms.Values.OrderBy(r => r.Cafe.Design.Title, StringComparer.Ordinal);

    public Room? Find(string code) => _rooms.TryGetValue(code, out var room) ? room : null;

    /// <summary>Restores every café the store lists under <see cref="Owner"/>.</summary>
    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        foreach (var saved in (await _store.ListByOwnerAsync(Owner, cancellationToken).ConfigureAwait(false)).Where(s => s.Method == "worldCafe").TakeLast(MaxRooms))
        {
            var cafe = await SessionRecorder.RestoreAsync(_store, saved.SessionId, _cafes.Restore, cancellationToken).ConfigureAwait(false);
            if (cafe is not null)
            {
                var room = await AddAsync(cafe, cancellationToken).ConfigureAwait(false);
                LogRestored(_logger, cafe.Design.Title, room.Code, cafe.Version, cafe.Phase);
            }
        }
    }

    /// <summary>Opens a new café and records it in the store.</summary>
    public async Task<Room> OpenAsync(WorldCafeDesign design, CancellationToken cancellationToken)
    {
        await _opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_rooms.Count >= MaxRooms)
            {
                throw new InvalidOperationException($"This app runs at most {MaxRooms} cafés.");
            }

            return await AddAsync(_cafes.Create(design), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _opening.Release();
        }
    }

    public async Task SaveAllAsync()
    {
        foreach (var room in _rooms.Values)
        {
            await room.SaveAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        foreach (var room in _rooms.Values)
        {
            room.Dispose();
        }

        _opening.Dispose();
    }

    private async Task<Room> AddAsync(WorldCafeSession cafe, CancellationToken cancellationToken)
    {
        var recorder = await SessionRecorder.StartAsync(_store, cafe, owner: Owner, cancellationToken: cancellationToken).ConfigureAwait(false);
        var room = new Room(cafe, recorder, e => LogSaveFailed(_logger, e, cafe.Id));
        if (!_rooms.TryAdd(room.Code, room))
        {
            room.Dispose();
            throw new InvalidOperationException("Two cafés drew the same join code; open the café again.");
        }

        return room;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Restored café '{Title}' (join code {Code}) at version {Version}, phase {Phase}.")]
    private static partial void LogRestored(ILogger logger, string title, string code, long version, WorldCafePhase phase);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store the timer's events of café {SessionId}.")]
    private static partial void LogSaveFailed(ILogger logger, Exception exception, string sessionId);
}
