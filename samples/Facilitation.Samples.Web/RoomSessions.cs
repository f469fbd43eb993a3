using Facilitation.Methods;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Orleans;
using Facilitation.Methods.Storage;
using Facilitation.Methods.Workshops;
using Facilitation.Methods.WorldCafe;
using SessionOptions = Facilitation.Methods.SessionOptions;

namespace Facilitation.Samples.Web;

/// <summary>
/// Where a room's session runs: in this process (<see cref="LocalRoomSession"/>, <c>Hosting:Mode=local</c>) or in a grain of an
/// Orleans cluster (<see cref="GrainRoomSession"/>, <c>Hosting:Mode=orleans</c>). Endpoints send commands the same way in both:
/// by name through the method's command table (<see cref="SessionMethods"/>), as a <see cref="SessionCommand"/>.
/// </summary>
internal interface IRoomSession : IDisposable
{
    /// <summary>Gets the session the views read: the session itself, or a read replica restored from the grain's stored log.</summary>
    IFacilitationSession Session { get; }

    /// <summary>Gets whether commands go to a grain (the session here is a read replica that only the grain's log changes).</summary>
    bool IsRemote { get; }

    /// <summary>Runs a command; once the task completes, <see cref="Session"/> shows its event (a remote reply is stored by the grain first).</summary>
    Task<SessionReply> SendAsync(SessionCommand command);

    /// <summary>Brings <see cref="Session"/> up to what is stored (remote; nothing to do in process).</summary>
    Task RefreshAsync();

    /// <summary>Calls <paramref name="news"/> after the session has new events (at most a hint: read the log for what is new).</summary>
    IDisposable OnNews(Action news);
}

/// <summary>A session in this process: commands run through the method's command table on the session itself.</summary>
internal sealed class LocalRoomSession(IFacilitationSession session, Func<IFacilitationSession, SessionCommand, SessionReply> send) : IRoomSession
{
    public IFacilitationSession Session { get; } = session;

    public bool IsRemote => false;

    public Task<SessionReply> SendAsync(SessionCommand command) => Task.FromResult(send(Session, command));

    public Task RefreshAsync() => Task.CompletedTask;

    public IDisposable OnNews(Action news) => Session.OnEvent(_ => news());

    public void Dispose() => Session.Dispose();
}

/// <summary>
/// A session that lives in a grain of the cluster. Commands go to the grain (which stores each event before it replies); the views
/// read a replica restored here from the grain's stored records (design + events → <c>Restore</c>, the library's own replay), kept
/// up to date by the grain's observer, by each reply, and by a catch-up every few seconds (an observer lapses when the grain moves to
/// another silo). The replica's clock reads the time but never fires its timers: only the grain's session ends rounds.
/// A workshop's replica is restored from the shared store instead (<see cref="ConnectWorkshopAsync"/>): the grain's own log lacks its running block's events.
/// </summary>
internal sealed class GrainRoomSession : IRoomSession, ISessionObserver
{
    /// <summary>How often the replica renews its subscription and catches up with the grain's stored log.</summary>
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(5);

    private readonly ISessionGrain _grain;
    private readonly string _designJson;
    private readonly Func<string, IReadOnlyList<SessionEventRecord>, SessionOptions, IFacilitationSession> _restore;
    private readonly SessionOptions _replicaOptions;
    private readonly List<SessionEventRecord> _records = [];
    private readonly Lock _gate = new();
    private readonly ISessionObserver _reference;
    private readonly Timer _renewal;
    private readonly Func<SessionOptions, Task<IFacilitationSession?>>? _reload;
    private readonly Func<IFacilitationSession, long> _progress;
    private Action? _news;
    private IFacilitationSession _replica;

    private GrainRoomSession(ISessionGrain grain, IGrainFactory grains, string designJson, Func<string, IReadOnlyList<SessionEventRecord>, SessionOptions, IFacilitationSession> restore, TimeProvider clock, Func<SessionOptions, Task<IFacilitationSession?>>? reload, Func<IFacilitationSession, long>? progress)
    {
        _grain = grain;
        _reload = reload;
        _progress = progress ?? (s => s.Version);
        _designJson = designJson;
        _restore = restore;
        _replicaOptions = new SessionOptions { TimeProvider = new ReplicaClock(clock) };
        _replica = restore(designJson, [], _replicaOptions);

        // The grain holds a weak reference to this observer's proxy target: this object keeps itself alive until disposed.
        _reference = grains.CreateObjectReference<ISessionObserver>(this);
        _renewal = new Timer(_ => _ = RenewAsync(), null, RenewEvery, RenewEvery);
    }

    public IFacilitationSession Session => Volatile.Read(ref _replica);

    public bool IsRemote => true;

    /// <summary>Connects to a session's grain (starting it from the design when it is new), subscribes, and reads its stored log.</summary>
    public static Task<GrainRoomSession> ConnectAsync(IGrainFactory grains, string designJson, string? owner, Func<string, IReadOnlyList<SessionEventRecord>, SessionOptions, IFacilitationSession> restore, TimeProvider clock) =>
        ConnectAsync(grains, designJson, owner, restore, clock, null, null);

    /// <summary>
    /// Connects to a workshop's grain (starting it when it is new). The replica is the workshop with its running block, restored from the store the
    /// grain writes (<see cref="WorkshopSession.RestoreAsync"/>) after each reply, each observed event and each catch-up; its progress is the sum of
    /// the two logs' versions, so a block's event counts as news though the workshop's version stays.
    /// </summary>
    public static Task<GrainRoomSession> ConnectWorkshopAsync(IGrainFactory grains, ISessionStore store, string designJson, string? owner, TimeProvider clock)
    {
        string id;
        using (var draft = WorkshopSession.Restore(designJson, [], new SessionOptions { TimeProvider = new ReplicaClock(clock) }))
        {
            id = draft.Id;
        }

        return ConnectAsync(
            grains,
            designJson,
            owner,
            (design, records, o) => WorkshopSession.Restore(design, records, o),
            clock,
            async o => await WorkshopSession.RestoreAsync(store, id, o).ConfigureAwait(false),
            s => s.Version + (((WorkshopSession)s).RunningBlock is { } block ? Block((WorkshopSession)s, block)?.Version ?? 0 : 0));
    }

    /// <summary>The session of a workshop's running method block (null for a plain block).</summary>
    public static IFacilitationSession? Block(WorkshopSession workshop, WorkshopBlock block) => block.Kind switch
    {
        BlockKind.WorldCafe => workshop.Cafe(block.Id),
        BlockKind.OpenSpace => workshop.OpenSpace(block.Id),
        BlockKind.Brainstorm => workshop.Brainstorm(block.Id),
        _ => null,
    };

    private static async Task<GrainRoomSession> ConnectAsync(IGrainFactory grains, string designJson, string? owner, Func<string, IReadOnlyList<SessionEventRecord>, SessionOptions, IFacilitationSession> restore, TimeProvider clock, Func<SessionOptions, Task<IFacilitationSession?>>? reload, Func<IFacilitationSession, long>? progress)
    {
        var id = restore(designJson, [], new SessionOptions { TimeProvider = new ReplicaClock(clock) }).Id;
        var grain = grains.GetGrain<ISessionGrain>(id);
        await grain.StartAsync(designJson, owner: owner).ConfigureAwait(false);
        var room = new GrainRoomSession(grain, grains, designJson, restore, clock, reload, progress);
        await room.RenewAsync().ConfigureAwait(false);
        return room;
    }

    public async Task<SessionReply> SendAsync(SessionCommand command)
    {
        var reply = await _grain.SendAsync(command).ConfigureAwait(false);
        if (reply.Version > Session.Version || (reply.Accepted && _reload is not null))
        {
            await RefreshAsync().ConfigureAwait(false);
        }

        return reply;
    }

    public async Task RefreshAsync()
    {
        if (_reload is null)
        {
            Apply(await _grain.GetEventRecordsAsync(Session.Version).ConfigureAwait(false));
            return;
        }

        IFacilitationSession? fresh;
        try
        {
            fresh = await _reload(_replicaOptions).ConfigureAwait(false);
        }
        catch (SessionDocumentException)
        {
            // Read between the grain's two writes (the workshop's log and its block's): the next refresh reads both.
            return;
        }

        Action? news;
        lock (_gate)
        {
            if (fresh is null || _progress(fresh) <= _progress(_replica))
            {
                return;
            }

            Volatile.Write(ref _replica, fresh);
            news = _news;
        }

        news?.Invoke();
    }

    public IDisposable OnNews(Action news)
    {
        lock (_gate)
        {
            _news += news;
        }

        return new Unsubscribe(() =>
        {
            lock (_gate)
            {
                _news -= news;
            }
        });
    }

    void ISessionObserver.OnEvent(string sessionId, SessionEventRecord record)
    {
        if (_reload is null)
        {
            Apply([record]);
        }
        else
        {
            _ = RenewAsync();
        }
    }

    public void Dispose()
    {
        _renewal.Dispose();
        try
        {
            _ = _grain.UnsubscribeAsync(_reference);
        }
        catch (ObjectDisposedException)
        {
            // The silo stopped first; the subscription lapses by itself (SessionGrainOptions.SubscriptionLifetime).
        }
    }

    private async Task RenewAsync()
    {
        try
        {
            await _grain.SubscribeAsync(_reference).ConfigureAwait(false);
            await RefreshAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A silo that is going away fails the renewal; the next one (or the next request) catches up.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Adds the records that follow the replica's log (an observer's event may arrive twice or after a catch-up) and restores the replica from the whole log.</summary>
    private void Apply(IEnumerable<SessionEventRecord> records)
    {
        Action? news;
        lock (_gate)
        {
            var before = _records.Count;
            foreach (var record in records)
            {
                if (record.Version == _records.Count + 1)
                {
                    _records.Add(record);
                }
            }

            if (_records.Count == before)
            {
                return;
            }

            // A replaced replica is not disposed: a view may still be reading it, and its timers never fire.
            Volatile.Write(ref _replica, _restore(_designJson, _records, _replicaOptions));
            news = _news;
        }

        news?.Invoke();
    }

    private sealed class Unsubscribe(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    /// <summary>The real clock for reading the time; timers that never fire (the grain's session raises the timer's events).</summary>
    private sealed class ReplicaClock(TimeProvider clock) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

        public override long GetTimestamp() => clock.GetTimestamp();

        public override long TimestampFrequency => clock.TimestampFrequency;

        public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new Silent();

        private sealed class Silent : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}

/// <summary>
/// The running method block of a workshop in a grain (Orleans mode): commands go to the workshop's grain by the method's prefix
/// (<c>WorldCafe.AddNote</c>, <c>OpenSpace.PostIssue</c>, <c>Brainstorm.AddIdea</c>, <see cref="SessionMethods.Workshop"/>); the session is the block's
/// in the workshop's replica (the last one seen, once the block has closed).
/// </summary>
internal sealed class GrainBlockSession(GrainRoomSession workshop, IFacilitationSession block, string blockId) : IRoomSession
{
    private readonly string _prefix = block switch
    {
        WorldCafeSession => "WorldCafe.",
        OpenSpaceSession => "OpenSpace.",
        _ => "Brainstorm.",
    };

    private IFacilitationSession _last = block;

    public IFacilitationSession Session
    {
        get
        {
            var replica = (WorkshopSession)workshop.Session;
            if (replica.RunningBlock is { } running && running.Id == blockId && GrainRoomSession.Block(replica, running) is { } now)
            {
                Volatile.Write(ref _last, now);
            }

            return Volatile.Read(ref _last);
        }
    }

    public bool IsRemote => true;

    public Task<SessionReply> SendAsync(SessionCommand command) =>
        workshop.SendAsync(new SessionCommand(_prefix + command.Name, command.Actor, command.PayloadJson, command.Options) { Culture = command.Culture });

    public Task RefreshAsync() => workshop.RefreshAsync();

    public IDisposable OnNews(Action news) => workshop.OnNews(news);

    public void Dispose()
    {
        // The workshop's connection is the workshop room's to close.
    }
}
