using System.Collections.Concurrent;
using Facilitation.Methods;
using Facilitation.Methods.Storage;
using Facilitation.Methods.Workshops;

namespace Facilitation.Samples.Web;

/// <summary>One running workshop (a programme of blocks over days) with its join code and its recorder, which keeps the workshop's log and its running method block's log.</summary>
internal sealed class WorkshopRoom(WorkshopSession workshop, SessionRecorder recorder) : IDisposable
{
    /// <summary>Gets the workshop's code (derived from its id like a room's, so it survives a restart).</summary>
    public string Code { get; } = Room.CodeOf(workshop.Id);

    public WorkshopSession Workshop { get; } = workshop;

    public SessionRecorder Recorder { get; } = recorder;

    /// <summary>Gets the room of the method block that runs now, or null (no block runs, or a plain block runs).</summary>
    public Room? BlockRoom { get; set; }

    public void Dispose() => Workshop.Dispose();
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
            var session = workshop.Workshop.RunningBlock switch
            {
                WorldCafeBlock b => workshop.Workshop.Cafe(b.Id),
                OpenSpaceBlock b => workshop.Workshop.OpenSpace(b.Id),
                BrainstormBlock b => (IFacilitationSession?)workshop.Workshop.Brainstorm(b.Id),
                _ => null,
            };
            if (workshop.BlockRoom is { } old && old.Session != session)
            {
                _rooms.TryRemove(old.Code, out _);
                old.Dispose();
                workshop.BlockRoom = null;
            }

            if (session is not null && workshop.BlockRoom is null)
            {
                var room = new Room(session, workshop.Recorder, _claims, e => LogSaveFailed(_logger, e, session.Id), workshop);
                workshop.BlockRoom = _rooms.TryAdd(room.Code, room) ? room : throw new InvalidOperationException("Two rooms drew the same join code.");
            }
        }
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
