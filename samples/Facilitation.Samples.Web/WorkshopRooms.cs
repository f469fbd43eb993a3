using System.Collections.Concurrent;
using Facilitation.Methods;
using Facilitation.Methods.Orleans;
using Facilitation.Methods.Storage;
using Facilitation.Methods.Workshops;

namespace Facilitation.Samples.Web;

/// <summary>
/// One running workshop (a programme of blocks over days) with its code: in this process with its recorder (which keeps the workshop's log and its running
/// method block's log), or in a grain (Orleans mode; commands by name through <see cref="SessionMethods.Workshop"/>, a replica restored from the store to read).
/// </summary>
internal sealed class WorkshopRoom(IRoomSession backend, SessionRecorder? recorder) : IDisposable
{
    private static readonly SessionMethod<WorkshopSession> Commands = SessionMethods.Workshop();

    /// <summary>A workshop in this process, stored by <paramref name="recorder"/>.</summary>
    public WorkshopRoom(WorkshopSession workshop, SessionRecorder recorder)
        : this(new LocalRoomSession(workshop, (s, c) => Commands.Send((WorkshopSession)s, c)), recorder)
    {
    }

    /// <summary>Gets the workshop's code (derived from its id like a room's, so it survives a restart).</summary>
    public string Code { get; } = Room.CodeOf(backend.Session.Id);

    /// <summary>Gets the workshop: in Orleans mode a read replica of the grain's (commands go through <see cref="SendAsync"/>).</summary>
    public WorkshopSession Workshop => (WorkshopSession)backend.Session;

    /// <summary>Gets the recorder that stores the workshop here; null when a grain stores it.</summary>
    public SessionRecorder? Recorder { get; } = recorder;

    /// <summary>Gets the grain's connection in Orleans mode, or null.</summary>
    public GrainRoomSession? Remote => backend as GrainRoomSession;

    /// <summary>Gets the room of the method block that runs now, or null (no block runs, or a plain block runs).</summary>
    public Room? BlockRoom { get; set; }

    /// <summary>Sends a workshop command by name (a block's with its method's prefix), to the workshop here or to its grain.</summary>
    public Task<SessionReply> SendAsync(SessionCommand command) => backend.SendAsync(command);

    /// <summary>Brings <see cref="Workshop"/> up to what is stored (nothing to do in process).</summary>
    public Task RefreshAsync() => backend.RefreshAsync();

    /// <summary>Stores what is not stored yet; a grain stored every event before it acknowledged it.</summary>
    public ValueTask<long> SaveAsync(CancellationToken cancellationToken) => Recorder?.SaveAsync(cancellationToken) ?? ValueTask.FromResult(Workshop.Version);

    /// <summary>Calls <paramref name="news"/> after the workshop has new events (a hint: read the workshop for what is new).</summary>
    public IDisposable OnNews(Action news) => backend.OnNews(news);

    public void Dispose() => backend.Dispose();
}

/// <summary>The workshops the app runs, and the rooms of their running method blocks.</summary>
internal sealed partial class Rooms
{
    /// <summary>The method name the store keeps a workshop under.</summary>
    public const string WorkshopMethod = "workshop";

    private readonly ConcurrentDictionary<string, WorkshopRoom> _workshops = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<WorkshopRoom> Workshops => _workshops.Values.OrderBy(w => w.Workshop.Design.Title, StringComparer.Ordinal);

    public WorkshopRoom? FindWorkshop(string code) => _workshops.TryGetValue(code, out var workshop) ? workshop : null;

    /// <summary>Opens a new workshop for a design and records it in the store.</summary>
    public async Task<WorkshopRoom> OpenWorkshopAsync(WorkshopDesign design, CancellationToken cancellationToken)
    {
        await _opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_workshops.Count >= MaxRooms)
            {
                throw new InvalidOperationException($"This app runs at most {MaxRooms} workshops.");
            }

            if (_hosting.IsOrleans)
            {
                using var draft = WorkshopSession.Create(design, new Facilitation.Methods.SessionOptions { TimeProvider = _clock });
                return await ConnectWorkshopAsync(draft.DesignJson, cancellationToken).ConfigureAwait(false);
            }

            return await AddWorkshopAsync(WorkshopSession.Create(design, new Facilitation.Methods.SessionOptions { TimeProvider = _clock }), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _opening.Release();
        }
    }

    /// <summary>
    /// Keeps the rooms in step with a workshop after each of its commands: the running method block's session is a room with its own
    /// join code (phones join it as any room); when the block closes (or the workshop moves on), its room goes.
    /// </summary>
    public void Follow(WorkshopRoom workshop)
    {
        lock (workshop)
        {
            var running = workshop.Workshop.RunningBlock;
            var session = running is null ? null : GrainRoomSession.Block(workshop.Workshop, running);
            if (workshop.BlockRoom is { } old && old.Session.Id != session?.Id)
            {
                _rooms.TryRemove(old.Code, out _);
                old.Dispose();
                workshop.BlockRoom = null;
            }

            if (session is not null && workshop.BlockRoom is null)
            {
                var room = workshop.Remote is { } remote
                    ? new Room(new GrainBlockSession(remote, session, running!.Id), _claims, workshop)
                    : new Room(session, workshop.Recorder!, _claims, e => LogSaveFailed(_logger, e, session.Id), workshop);
                workshop.BlockRoom = _rooms.TryAdd(room.Code, room) ? room : throw new InvalidOperationException("Two rooms drew the same join code.");
            }
        }
    }

    /// <summary>Connects to a workshop's grain (Orleans mode; starting it when it is new) and follows its running block as it changes.</summary>
    private async Task<WorkshopRoom> ConnectWorkshopAsync(string designJson, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var remote = await GrainRoomSession.ConnectWorkshopAsync(_services.GetRequiredService<IGrainFactory>(), _store, designJson, Owner, _clock).ConfigureAwait(false);
        var workshop = new WorkshopRoom(remote, null);
        if (!_workshops.TryAdd(workshop.Code, workshop))
        {
            workshop.Dispose();
            return _workshops[workshop.Code];
        }

        // Another web process may start or close a block: the block's room comes and goes with the replica.
        remote.OnNews(() => Follow(workshop));
        Follow(workshop);
        return workshop;
    }

    private async Task RestoreWorkshopsAsync(IEnumerable<SessionInfo> saved, CancellationToken cancellationToken)
    {
        foreach (var info in saved.Where(s => s.Method == WorkshopMethod).TakeLast(MaxRooms))
        {
            if (await WorkshopSession.RestoreAsync(_store, info.SessionId, new Facilitation.Methods.SessionOptions { TimeProvider = _clock }, cancellationToken).ConfigureAwait(false) is { } workshop)
            {
                var room = await AddWorkshopAsync(workshop, cancellationToken).ConfigureAwait(false);
                var phase = workshop.Phase.ToString();
                LogRestored(_logger, WorkshopMethod, workshop.Design.Title, room.Code, workshop.Version, phase);
            }
        }
    }

    private async Task<WorkshopRoom> AddWorkshopAsync(WorkshopSession session, CancellationToken cancellationToken)
    {
        var recorder = await SessionRecorder.StartAsync(_store, session, owner: Owner, timeProvider: _clock, cancellationToken: cancellationToken).ConfigureAwait(false);
        var workshop = new WorkshopRoom(session, recorder);
        if (!_workshops.TryAdd(workshop.Code, workshop))
        {
            workshop.Dispose();
            throw new InvalidOperationException("Two workshops drew the same code; open the workshop again.");
        }

        Follow(workshop);
        return workshop;
    }
}
