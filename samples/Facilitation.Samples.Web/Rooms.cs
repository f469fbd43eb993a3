using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Facilitation.Methods;
using Facilitation.Methods.Hosting;
using Facilitation.Methods.Orleans;
using Facilitation.Methods.Storage;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Samples.Web;

/// <summary>A request about a room of another method (a café endpoint for an Open Space): answered 404 with what the room is.</summary>
internal sealed class WrongMethodException(string message) : Exception(message);

/// <summary>One running session — a World Café, an Open Space or a brainstorm — with its join code, its recorder (every accepted event goes to the store) and who has claimed which name.</summary>
internal sealed class Room : IDisposable
{
    public const string WorldCafeMethod = "worldCafe";
    public const string OpenSpaceMethod = "openSpace";
    public const string BrainstormMethod = "brainstorm";

    private static readonly SessionMethod<WorldCafeSession> CafeCommands = SessionMethods.WorldCafe();
    private static readonly SessionMethod<OpenSpaceSession> OpenSpaceCommands = SessionMethods.OpenSpace();
    private static readonly SessionMethod<BrainstormSession> BrainstormCommands = SessionMethods.Brainstorm();

    private readonly Claims _claims;
    private readonly IRoomSession _backend;
    private readonly IDisposable? _saveTimerEvents;

    /// <summary>A room whose session runs in this process and is stored by <paramref name="recorder"/>.</summary>
    public Room(IFacilitationSession session, SessionRecorder recorder, Claims claims, Action<Exception> onSaveError, WorkshopRoom? workshop = null)
        : this(new LocalRoomSession(session, SendHere), recorder, claims, workshop)
    {
        // Events the round timer raises have no request to wait for them: store them as they happen.
        _saveTimerEvents = session.OnEvent(e =>
        {
            if (e.Actor.Role == ActorRole.System)
            {
                _ = SaveQuietly(onSaveError);
            }
        });
    }

    /// <summary>The room of a workshop's running block whose workshop runs in a grain (Orleans mode): commands go to the workshop's grain.</summary>
    public Room(GrainBlockSession backend, Claims claims, WorkshopRoom workshop)
        : this(backend, null, claims, workshop)
    {
    }

    /// <summary>A room whose session runs in a grain of the cluster (which stores it); this room reads a replica.</summary>
    public Room(GrainRoomSession backend, Claims claims)
        : this(backend, null, claims, null)
    {
    }

    private Room(IRoomSession backend, SessionRecorder? recorder, Claims claims, WorkshopRoom? workshop)
    {
        _claims = claims;
        _backend = backend;
        Workshop = workshop;
        Recorder = recorder;
        Code = CodeOf(backend.Session.Id);
        Method = backend.Session switch
        {
            WorldCafeSession => WorldCafeMethod,
            OpenSpaceSession => OpenSpaceMethod,
            BrainstormSession => BrainstormMethod,
            _ => throw new ArgumentException("The app runs World Cafés, Open Spaces and brainstorms.", nameof(backend)),
        };
    }

    /// <summary>Gets the short code people type to join (six letters and digits without look-alikes, derived from the session id, so it survives a restart).</summary>
    public string Code { get; }

    /// <summary>Gets the session, whatever its method: in Orleans mode a read replica of the grain's (commands go through <see cref="SendAsync"/>).</summary>
    public IFacilitationSession Session => _backend.Session;

    /// <summary>Gets whether the session runs in a grain of an Orleans cluster (<c>Hosting:Mode=orleans</c>).</summary>
    public bool IsRemote => _backend.IsRemote;

    /// <summary>Gets the method's name as the session store keeps it: <c>worldCafe</c>, <c>openSpace</c> or <c>brainstorm</c>.</summary>
    public string Method { get; }

    public WorldCafeSession Cafe => Session as WorldCafeSession ?? throw Wrong("a World Café");

    public OpenSpaceSession OpenSpace => Session as OpenSpaceSession ?? throw Wrong("an Open Space");

    public BrainstormSession Brainstorm => Session as BrainstormSession ?? throw Wrong("a brainstorm");

    /// <summary>Gets the title the console and the phones show (an Open Space shows its theme).</summary>
    public string Title => Session switch
    {
        WorldCafeSession c => c.Design.Title,
        OpenSpaceSession o => o.Design.Theme?.Text ?? "Open Space",
        _ => ((BrainstormSession)Session).Design.Title,
    };

    /// <summary>Gets everyone the session knows (the design's people and those who joined since), in roster order.</summary>
    public IReadOnlyList<Participant> Roster => Session switch
    {
        WorldCafeSession c => c.Participants,
        OpenSpaceSession o => o.Participants,
        _ => BrainstormRoster((BrainstormSession)Session),
    };

    /// <summary>Gets how many people are here now (in an Open Space: registered and not departed).</summary>
    public int PeopleHere => Session switch
    {
        WorldCafeSession c => c.Present.Length,
        OpenSpaceSession o => o.Participants.Length - o.Departed.Length,
        _ => ((BrainstormSession)Session).Present.Length,
    };

    /// <summary>Gets the recorder that stores the room: its own, or for a workshop's block the workshop's (which keeps the block's log too); null when a grain stores it.</summary>
    public SessionRecorder? Recorder { get; }

    /// <summary>Gets the workshop whose running block this room is, or null for a room of its own. The workshop owns the session: people check in and depart through it.</summary>
    public WorkshopRoom? Workshop { get; }

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

    /// <summary>Claims a person on the roster for the one phone that joined with their name: the nonce its join token carries, or null when another phone holds the name.</summary>
    public string? TryClaim(ParticipantId id) => _claims.TryClaim(Session.Id, id);

    public bool IsClaimed(ParticipantId id) => _claims.IsClaimed(Session.Id, id);

    /// <summary>Whether a join token's nonce is the current claim's (a released name's old tokens are not).</summary>
    public bool Holds(ParticipantId id, string nonce) => _claims.Holds(Session.Id, id, nonce);

    /// <summary>Frees a name: the join was refused, or the person released it; its tokens stop working.</summary>
    public void Release(ParticipantId id) => _claims.Release(Session.Id, id);

    /// <summary>Stores what is not stored yet; a grain stored every event before it acknowledged it.</summary>
    public ValueTask<long> SaveAsync(CancellationToken cancellationToken) => Recorder?.SaveAsync(cancellationToken) ?? ValueTask.FromResult(Session.Version);

    /// <summary>Sends a command by name through the method's command table, to the session here or to its grain; the reply says whether it was accepted.</summary>
    public Task<SessionReply> SendAsync(SessionCommand command) => _backend.SendAsync(command);

    /// <summary>Brings <see cref="Session"/> up to the grain's stored log (nothing to do in process).</summary>
    public Task RefreshAsync() => _backend.RefreshAsync();

    /// <summary>Calls <paramref name="news"/> when the session has new events.</summary>
    public IDisposable OnNews(Action news) => _backend.OnNews(news);

    /// <summary>Whether a person on the roster is here now (in an Open Space: registered and not departed; within it people come and go by the law of two feet).</summary>
    public bool IsPresent(ParticipantId id) => Session switch
    {
        WorldCafeSession c => c.Present.Contains(id),
        OpenSpaceSession o => o.Participants.Any(p => p.Id == id) && !o.Departed.Contains(id),
        _ => ((BrainstormSession)Session).Present.Contains(id),
    };

    public void Dispose()
    {
        _saveTimerEvents?.Dispose();
        if (Workshop is null)
        {
            _backend.Dispose();
        }
    }

    private static List<Participant> BrainstormRoster(BrainstormSession storm)
    {
        // The session keeps its roster inside; the design's people and every later arrival's join event say the same.
        var roster = storm.Design.Participants.ToList();
        foreach (var joined in storm.Events.OfType<Facilitation.Methods.Brainstorm.ParticipantJoined>())
        {
            if (!roster.Exists(p => p.Id == joined.Participant.Id))
            {
                roster.Add(joined.Participant);
            }
        }

        return roster;
    }

    private static SessionReply SendHere(IFacilitationSession session, SessionCommand command) => session switch
    {
        WorldCafeSession cafe => CafeCommands.Send(cafe, command),
        OpenSpaceSession openSpace => OpenSpaceCommands.Send(openSpace, command),
        _ => BrainstormCommands.Send((BrainstormSession)session, command),
    };

    private WrongMethodException Wrong(string what) =>
        new($"Room {Code} is not {what}; it runs {(Method == WorldCafeMethod ? "a World Café" : Method == OpenSpaceMethod ? "an Open Space" : "a brainstorm")}. See 'permitted' in its view for what it takes.");

    private async Task SaveQuietly(Action<Exception> onError)
    {
        try
        {
            await SaveAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SessionStoreException or InvalidOperationException or ObjectDisposedException)
        {
            onError(e);
        }
    }
}

/// <summary>Every room the app runs, by join code; restored from the session store at start-up.</summary>
internal sealed partial class Rooms : IDisposable
{
    /// <summary>The owner under which the app lists its cafés in the store.</summary>
    public const string Owner = "web-sample";

    /// <summary>How many rooms one app runs at most (each holds its whole log in memory).</summary>
    public const int MaxRooms = 50;

    private readonly ConcurrentDictionary<string, Room> _rooms = new(StringComparer.OrdinalIgnoreCase);
    private readonly ISessionFactory<WorldCafeDesign, WorldCafeSession> _cafes;
    private readonly ISessionFactory<OpenSpaceDesign, OpenSpaceSession> _openSpaces;
    private readonly ISessionFactory<BrainstormDesign, BrainstormSession> _brainstorms;
    private readonly ISessionStore _store;
    private readonly Claims _claims;
    private readonly ILogger<Rooms> _logger;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _opening = new(1, 1);
    private readonly RoomHosting _hosting;
    private readonly IServiceProvider _services;

    public Rooms(ISessionFactory<WorldCafeDesign, WorldCafeSession> cafes, ISessionFactory<OpenSpaceDesign, OpenSpaceSession> openSpaces, ISessionFactory<BrainstormDesign, BrainstormSession> brainstorms, ISessionStore store, Claims claims, ILogger<Rooms> logger, TimeProvider clock, RoomHosting hosting, IServiceProvider services)
    {
        _hosting = hosting;
        _services = services;
        _clock = clock;
        _claims = claims;
        _cafes = cafes;
        _openSpaces = openSpaces;
        _brainstorms = brainstorms;
        _store = store;
        _logger = logger;
    }

    public IEnumerable<Room> All => _rooms.Values.OrderBy(r => r.Title, StringComparer.Ordinal);

    public Room? Find(string code) => _rooms.TryGetValue(code, out var room) ? room : null;

    /// <summary>Restores every room and workshop the store lists under <see cref="Owner"/>, whatever its method (a workshop's block sessions come back with their workshop).</summary>
    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        var methods = new[] { Room.WorldCafeMethod, Room.OpenSpaceMethod, Room.BrainstormMethod };
        var listed = await _store.ListByOwnerAsync(Owner, cancellationToken).ConfigureAwait(false);
        await RestoreWorkshopsAsync(listed, cancellationToken).ConfigureAwait(false);
        foreach (var saved in listed.Where(s => s.WorkshopId is null && methods.Contains(s.Method)).TakeLast(MaxRooms))
        {
            IFacilitationSession? session = saved.Method switch
            {
                Room.WorldCafeMethod => await SessionRecorder.RestoreAsync(_store, saved.SessionId, _cafes.Restore, cancellationToken).ConfigureAwait(false),
                Room.OpenSpaceMethod => await SessionRecorder.RestoreAsync(_store, saved.SessionId, _openSpaces.Restore, cancellationToken).ConfigureAwait(false),
                _ => await SessionRecorder.RestoreAsync(_store, saved.SessionId, _brainstorms.Restore, cancellationToken).ConfigureAwait(false),
            };
            if (session is not null)
            {
                var room = await AddAsync(session, cancellationToken).ConfigureAwait(false);
                LogRestored(_logger, room.Method, room.Title, room.Code, session.Version, session.Phase);
            }
        }
    }

    /// <summary>Opens a new room for the design a template or a form made (a café, an Open Space or a brainstorm design) and records it in the store.</summary>
    public async Task<Room> OpenAsync(object design, CancellationToken cancellationToken)
    {
        await _opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_rooms.Count >= MaxRooms)
            {
                throw new InvalidOperationException($"This app runs at most {MaxRooms} rooms.");
            }

            if (_hosting.IsOrleans)
            {
                return await OpenOnClusterAsync(design, cancellationToken).ConfigureAwait(false);
            }

            IFacilitationSession session = design switch
            {
                WorldCafeDesign cafe => _cafes.Create(cafe),
                OpenSpaceDesign openSpace => _openSpaces.Create(openSpace),
                BrainstormDesign brainstorm => _brainstorms.Create(brainstorm),
                _ => throw new ArgumentException("The app runs World Cafés, Open Spaces and brainstorms.", nameof(design)),
            };
            return await AddAsync(session, cancellationToken).ConfigureAwait(false);
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

        foreach (var workshop in _workshops.Values)
        {
            await workshop.SaveAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        foreach (var room in _rooms.Values)
        {
            room.Dispose();
        }

        foreach (var workshop in _workshops.Values)
        {
            workshop.Dispose();
        }

        _opening.Dispose();
        _connecting.Dispose();
    }

    private async Task<Room> AddAsync(IFacilitationSession session, CancellationToken cancellationToken)
    {
        var recorder = await SessionRecorder.StartAsync(_store, session, owner: Owner, cancellationToken: cancellationToken).ConfigureAwait(false);
        var room = new Room(session, recorder, _claims, e => LogSaveFailed(_logger, e, session.Id));
        if (!_rooms.TryAdd(room.Code, room))
        {
            room.Dispose();
            throw new InvalidOperationException("Two rooms drew the same join code; open the room again.");
        }

        return room;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Restored {Method} '{Title}' (join code {Code}) at version {Version}, phase {Phase}.")]
    private static partial void LogRestored(ILogger logger, string method, string title, string code, long version, string phase);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store the timer's events of room {SessionId}.")]
    private static partial void LogSaveFailed(ILogger logger, Exception exception, string sessionId);
}
