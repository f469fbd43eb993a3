using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Facilitation.Methods.Sessions;

/// <summary>
/// The one engine under every method's session: the gate that serialises commands, versions and the expected-version check,
/// idempotent command ids kept in the event log, the one size cap, publication after the gate, the timebox timer, and the document.
/// The method brings its rules (<see cref="ISessionRules{TState, TEvent}"/>) and its initial state.
/// </summary>
/// <remarks>
/// <para>A command: (1) a command id already in the log returns the event it raised when the same actor sends the same command and
/// payload, and is refused (<see cref="RejectionKind.Conflict"/>) otherwise; (2) a stale expected version is refused; (3) the rules decide;
/// (4) the event is stamped (version, time, actor), checked against the size cap, applied, and logged; (5) the timer is
/// re-armed; (6) after the gate is released, subscribers get the event. A refusal at any step changes nothing.</para>
/// <para>An event's record JSON is written when the event is accepted, or, when the rules bound its size
/// (<see cref="ISessionRules{TState, TEvent}.MaxDataLength"/>), when it is first read (<see cref="Save"/>, <see cref="GetEventRecords"/>)
/// and kept from then on: the same bytes either way, since a logged event never changes. Until then its bound counts against the size cap;
/// when a bound would cross the cap, the records are written so the cap is decided on exact sizes.</para>
/// <para>Restore replays every record through the same rules: <c>Decide</c> must return the saved event unchanged, then <c>Evolve</c>
/// applies it. A document that breaks a rule is refused with <see cref="SessionDocumentException"/>; a restored session behaves
/// exactly as the original, remembered command ids included.</para>
/// </remarks>
internal sealed class SessionEngine<TState, TEvent> : IDisposable
    where TState : class
    where TEvent : SessionEvent
{
    // Bytes a record adds to Save() beyond its JSON and type name: {"version":<digits>,"type":"","event":} and a comma.
    // _size counts, per record, this, its type name, and its JSON's length (or, for a record not written yet, the bound on it).
    private const int RecordOverhead = 64;

    // The times a restored event may carry: a timebox's end, its warning and a resumed start lie within weeks of its events' times, and a
    // time within a year of the calendar's edge would overflow them (an exception from the rules, not a refused document).
    private static readonly DateTimeOffset EarliestTime = DateTimeOffset.MinValue + TimeSpan.FromDays(366);
    private static readonly DateTimeOffset LatestTime = DateTimeOffset.MaxValue - TimeSpan.FromDays(366);

    private readonly Lock _gate = new();
    private readonly ISessionRules<TState, TEvent> _rules;
    private readonly EventCodec<TEvent> _codec;
    private readonly EventPublisher<TEvent> _publisher;
    private readonly List<Entry> _log = [];

    // Every entry of the log before this index has its record JSON.
    private int _firstUnwritten;

    // The design JSON as UTF-8, as Save writes it: half the memory of the string, which every idle session kept.
    private readonly byte[] _head;
    private readonly Dictionary<string, Sent> _commands = new(StringComparer.Ordinal);
    private TState _state;
    private long _size;
    private bool _anonymousIds;
    private ITimer? _timer;
    private DateTimeOffset? _alarmAt;
    private bool _disposed;
    private bool _replaying;

    // The language refusals are written in (SessionOptions.Culture); null: the caller's UI culture at the time of each call. Never stored.
    private readonly CultureInfo? _culture;

    private SessionEngine(ISessionRules<TState, TEvent> rules, string id, string designJson, TState initial, SessionOptions? options)
    {
        _rules = rules;
        _codec = EventCodec<TEvent>.For(rules.Json);
        _publisher = new EventPublisher<TEvent>(options?.OnSubscriberError);
        Id = id;
        _head = Encoding.UTF8.GetBytes(designJson);
        Clock = options?.TimeProvider ?? TimeProvider.System;
        _culture = options?.Culture;
        _state = initial;
        _size = Encoding.UTF8.GetByteCount(designJson) + 16;
        SessionDocument.CheckLength(_size, "The design");
    }

    /// <summary>Gets the session id.</summary>
    public string Id { get; }

    /// <summary>Gets the design JSON (the document's head).</summary>
    public string DesignJson => Encoding.UTF8.GetString(_head);

    /// <summary>Gets the clock every reading and timer goes through.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Gets the version: the number of events in the log.</summary>
    public long Version
    {
        get
        {
            lock (_gate)
            {
                return _log.Count;
            }
        }
    }

    /// <summary>Gets the current phase's name.</summary>
    public string Phase => Read(_rules.PhaseOf);

    /// <summary>Gets the names of the commands permitted now.</summary>
    public ImmutableArray<string> PermittedCommands => Read(_rules.PermittedCommands);

    /// <summary>Gets the events of the log, oldest first.</summary>
    public ImmutableArray<TEvent> Events => Read(_ => _log.Select(e => e.Event).ToImmutableArray());

    /// <summary>Creates a new session's engine.</summary>
    /// <param name="rules">The method's rules.</param>
    /// <param name="designJson">The design JSON from <see cref="SessionDocument.WriteHeader"/>.</param>
    /// <param name="id">The session id (already checked).</param>
    /// <param name="initial">The initial state from the design.</param>
    /// <param name="options">The host's options.</param>
    public static SessionEngine<TState, TEvent> Create(ISessionRules<TState, TEvent> rules, string id, string designJson, TState initial, SessionOptions? options)
    {
        var engine = new SessionEngine<TState, TEvent>(rules, id, designJson, initial, options);
        lock (engine._gate)
        {
            engine.ArmAlarm();
        }

        return engine;
    }

    /// <summary>Restores a session's engine by replaying records through the rules; throws <see cref="SessionDocumentException"/> at the first record that does not follow from them.</summary>
    public static SessionEngine<TState, TEvent> Restore(ISessionRules<TState, TEvent> rules, string id, string designJson, TState initial, IEnumerable<SessionEventRecord> records, SessionOptions? options)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var ids = IdPool.Open();
        var engine = new SessionEngine<TState, TEvent>(rules, id, designJson, initial, options);
        lock (engine._gate)
        {
            engine.Replay(records);
            engine.ArmAlarm();
        }

        return engine;
    }

    /// <summary>Generates a session id when the host gave none, or checks the one it gave.</summary>
    public static string NewId(SessionOptions? options) =>
        options?.Id is { } id ? Identifier.Check(Identifier.Normalize(id), nameof(options), "session") : Guid.NewGuid().ToString("N");

    /// <summary>Reads the state consistently under the gate.</summary>
    public T Read<T>(Func<TState, T> read)
    {
        lock (_gate)
        {
            return read(_state);
        }
    }

    /// <summary>Reads the state and the version it was read at, for slow work outside the gate that commits with the version it saw.</summary>
    public (T Value, long Version) ReadAt<T>(Func<TState, T> read)
    {
        lock (_gate)
        {
            return (read(_state), _log.Count);
        }
    }

    /// <summary>Tells why a command is refused now, or null when it is permitted.</summary>
    public string? WhyRefused(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var language = TextCatalog.Use(_culture);
        return Read(s => _rules.WhyRefused(s, command));
    }

    /// <summary>Runs one command: returns the event it raised (for a retried command id, the event it raised the first time).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="proposed">The proposed event.</param>
    /// <param name="options">The command's id and expected version.</param>
    /// <param name="owned">True when the proposal was made for this one call and nobody else holds it: when the rules return it (completed in
    /// place), the engine stamps and keeps it rather than a copy. False (the default) for a proposal that may be shared, such as a timer's.</param>
    /// <returns>The event, as accepted.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; nothing changed.</exception>
    /// <exception cref="ObjectDisposedException">The session was disposed.</exception>
    public TEvent Execute(Actor actor, TEvent proposed, CommandOptions? options, bool owned = false)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        TEvent accepted;
        using (TextCatalog.Use(_culture))
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                accepted = Decide(actor, proposed, options, owned);
            }
        }

        _publisher.Publish();
        return accepted;
    }

    /// <summary>Subscribes to every event from now on.</summary>
    public IDisposable Subscribe(IObserver<TEvent> observer) => _publisher.Subscribe(observer);

    /// <summary>Calls a handler for every event from now on.</summary>
    public IDisposable OnEvent(Action<SessionEvent> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return _publisher.Subscribe(new ActionObserver<TEvent>(handler));
    }

    /// <summary>Gets the log as records.</summary>
    public ImmutableArray<SessionEventRecord> GetEventRecords(long afterVersion = 0)
    {
        lock (_gate)
        {
            var from = (int)Math.Clamp(afterVersion, 0, _log.Count);
            WriteRecords(from);
            var records = ImmutableArray.CreateBuilder<SessionEventRecord>(_log.Count - from);
            for (var i = from; i < _log.Count; i++)
            {
                var e = _log[i];
                records.Add(new SessionEventRecord(i + 1, _codec.TypeName(e.Event), Encoding.UTF8.GetString(e.Json!)));
            }

            return records.MoveToImmutable();
        }
    }

    /// <summary>Saves the session as one document: the design JSON with the records appended as its <c>events</c>.</summary>
    public string Save()
    {
        lock (_gate)
        {
            WriteRecords(0);
            var head = _head;
            using var buffer = new MemoryStream((int)Math.Min(_size + 64, int.MaxValue));
            buffer.Write(head, 0, head.Length - 1);
            buffer.Write(",\"events\":["u8);
            for (var i = 0; i < _log.Count; i++)
            {
                var e = _log[i];
                buffer.Write(i == 0 ? "{\"version\":"u8 : ",{\"version\":"u8);
                buffer.Write(Encoding.UTF8.GetBytes(SessionDocument.Invariant($"{i + 1},\"type\":\"{_codec.TypeName(e.Event)}\",\"event\":")));
                buffer.Write(e.Json!);
                buffer.Write("}"u8);
            }

            buffer.Write("]}"u8);
            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }

    /// <summary>Stops the timer; later commands throw <see cref="ObjectDisposedException"/>. Reads, saves and records still work.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer?.Dispose();
            _timer = null;
            _alarmAt = null;
        }
    }

    /// <summary>Writes in the session's language (<see cref="SessionOptions.Culture"/>, else the caller's UI culture) until the scope ends, for work outside <see cref="Execute"/>.</summary>
    public CultureScope Language() => TextCatalog.Use(_culture);

    /// <summary>Writes one core text in the session's language (<see cref="SessionOptions.Culture"/>, else the caller's UI culture), for a refusal built outside <see cref="Execute"/>.</summary>
    public string Say(string key, params object?[] args)
    {
        using var language = TextCatalog.Use(_culture);
        return TextCatalog.Say(key, args);
    }

    /// <summary>Builds the refusal for a command in the current state.</summary>
    public CommandRejectedException Reject(string command, RejectionKind kind, string reason)
    {
        using var language = TextCatalog.Use(_culture);
        lock (_gate)
        {
            return new CommandRejectedException(_rules.PhaseOf(_state), command, kind, reason, _rules.PermittedCommands(_state));
        }
    }

    /// <summary>Checks a command's id as <see cref="Execute"/> does before anything else, for work done before it (a workshop forwarding a
    /// command to a block's session): refuses an id that is not valid or begins with '#', else returns it normalised (null for none).</summary>
    /// <exception cref="CommandRejectedException">The id is refused (<see cref="RejectionKind.InvalidInput"/>).</exception>
    public string? CheckCommandId(string command, string? commandId)
    {
        if (commandId is null)
        {
            return null;
        }

        using var language = TextCatalog.Use(_culture);
        if (Identifier.FindProblem(commandId, "command") is { } problem)
        {
            throw Reject(command, RejectionKind.InvalidInput, problem);
        }

        // The log keeps an anonymous contribution's id as '#' and its hash; a named command's id that began with '#' would be
        // taken for one on restore (and could take a hash's place), so '#' is the engine's alone.
        if (commandId.StartsWith('#'))
        {
            throw Reject(command, RejectionKind.InvalidInput, TextCatalog.Say("Refusal.CommandIdHash", Identifier.Shorten(commandId)));
        }

        // Like every id, a command id is one id however it is spelled in Unicode: "cafe\u0301" is "caf\u00e9".
        return Identifier.Normalize(commandId);
    }

    private TEvent Decide(Actor actor, TEvent proposed, CommandOptions? options, bool owned)
    {
        var command = _rules.CommandOf(proposed);
        if (actor.Role == ActorRole.None)
        {
            throw Reject(command, RejectionKind.NotPermitted, TextCatalog.Say("Refusal.NoActor"));
        }

        var commandId = CheckCommandId(command, options?.CommandId);
        string? fingerprint = null;
        if (commandId is not null)
        {
            fingerprint = _codec.Fingerprint(command, _rules.Payload(proposed));
            if (FindCommand(commandId) is { } earlier)
            {
                return Retry(earlier, command, commandId, actor, fingerprint);
            }
        }

        if (options?.ExpectedVersion is { } expected && expected != _log.Count)
        {
            throw Reject(command, RejectionKind.Conflict, TextCatalog.Say("Refusal.StaleVersion", expected, _log.Count));
        }

        var now = Clock.GetUtcNow();
        var decided = _rules.Decide(_state, actor, proposed, now);
        RequireInTable(command, actor);
        var accepted = Append(owned ? null : proposed, decided, actor, now, command, fingerprint, commandId, savedKey: null, data: null);
        ArmAlarm();
        return accepted;
    }

    // The rules accepted the command; the method's permission table must list the sender's role too (see ISessionRules.MaySend).
    private void RequireInTable(string command, Actor actor)
    {
        if (!_rules.MaySend(command, actor.Role))
        {
            throw Reject(command, RejectionKind.NotPermitted, TextCatalog.Say("Refusal.RoleNotInTable", command, actor));
        }
    }

    private Sent? FindCommand(string commandId) =>
        _commands.TryGetValue(commandId, out var entry) ? entry
        : _anonymousIds && _commands.TryGetValue(EventCodec<TEvent>.HashId(commandId), out entry) ? entry
        : null;

    private TEvent Retry(Sent earlier, string command, string commandId, Actor actor, string fingerprint)
    {
        var id = Identifier.Shorten(commandId);
        var version = earlier.Event.Version;
        if (earlier.Sender is { } sender && sender != actor)
        {
            throw Reject(command, RejectionKind.Conflict, TextCatalog.Say("Refusal.IdUsedBySomeoneElse", id, version));
        }

        if (earlier.Command != command)
        {
            throw Reject(command, RejectionKind.Conflict, TextCatalog.Say("Refusal.IdUsedForOtherCommand", id, earlier.Command, version));
        }

        if (earlier.Fingerprint != fingerprint)
        {
            throw Reject(command, RejectionKind.Conflict, TextCatalog.Say("Refusal.IdUsedWithOtherContent", id, command, version));
        }

        return earlier.Event;
    }

    // proposed: the proposal when it may be shared (the stamp goes on a copy when the rules returned it), or null when the caller owns it.
    private TEvent Append(TEvent? proposed, TEvent decided, Actor actor, DateTimeOffset now, string command, string? fingerprint, string? liveCommandId, string? savedKey, byte[]? data)
    {
        if (_log.Count >= Limits.MaxEvents)
        {
            throw Reject(command, RejectionKind.Conflict, TextCatalog.Say("Refusal.TooManyEvents", Limits.MaxEvents));
        }

        // An anonymous contribution keeps neither its sender nor its client's command id: only a hash of the id, for retries.
        var anonymous = _rules.IsAnonymous(decided);
        var key = savedKey ?? (liveCommandId is null ? null : anonymous ? EventCodec<TEvent>.HashId(liveCommandId) : liveCommandId);
        // A decided event the rules made is theirs to give away; the proposal itself is copied, since it may be shared (a timer's alarm).
        var stamped = ReferenceEquals(decided, proposed) ? (TEvent)decided.Copy() : decided;
        stamped.Version = _log.Count + 1;
        stamped.OccurredAt = now;
        stamped.Actor = anonymous ? Actor.Anonymous : actor;
        stamped.CommandId = anonymous ? null : key;
        var sent = key is null ? null : new Sent(key, stamped, command, fingerprint!, savedKey is not null && anonymous ? null : actor);
        var type = _codec.TypeName(stamped);
        var bound = RecordBound(stamped, sent);
        var json = bound < 0 ? _codec.Envelope(stamped, key, fingerprint, data) : null;
        var size = (json?.Length ?? bound) + type.Length + RecordOverhead;
        if (_size + size > Limits.MaxDocumentLength)
        {
            // Near the cap, sizes are exact: the records not written yet count their bounds, and so would this one.
            WriteRecords(0);
            if (json is null)
            {
                json = _codec.Envelope(stamped, key, fingerprint, data);
                size = json.Length + type.Length + RecordOverhead;
            }

            if (_size + size > Limits.MaxDocumentLength)
            {
                throw Reject(command, RejectionKind.Conflict, TextCatalog.Say("Refusal.DocumentFull", Limits.MaxDocumentLength));
            }
        }

        _state = _rules.Evolve(_state, stamped);
        _size += size;

        // The sender is known exactly while the session lives; after a restore, an anonymous contribution's sender is unknown (null).
        if (json is not null && _firstUnwritten == _log.Count)
        {
            _firstUnwritten++;
        }

        if (sent is not null)
        {
            sent.Json = json;
        }

        _log.Add(new Entry(stamped, sent is null ? json : sent));
        if (sent is not null)
        {
            _commands.Add(sent.Key, sent);
            _anonymousIds |= anonymous;
        }

        if (!_replaying)
        {
            _publisher.Enqueue(stamped);
        }

        return stamped;
    }

    private void Replay(IEnumerable<SessionEventRecord> records)
    {
        _replaying = true;
        var index = 0;
        var last = DateTimeOffset.MinValue;
        foreach (var record in records)
        {
            index++;
            if (record is null || record.Version != index)
            {
                throw new SessionDocumentException(SessionDocument.Invariant($"Event {index} has version {record?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(missing)"}, but {index} was expected: the log has a gap or is out of order."));
            }

            var (saved, key, fingerprint) = _codec.Read(record, index);
            var where = SessionDocument.Invariant($"Event {index} ({record.Type})");
            if (saved.OccurredAt < last)
            {
                throw new SessionDocumentException($"{where} happened before the event before it.");
            }

            if (saved.OccurredAt < EarliestTime || saved.OccurredAt > LatestTime)
            {
                throw new SessionDocumentException(SessionDocument.Invariant($"{where} happened at {saved.OccurredAt:O}, outside the times a session can hold ({EarliestTime:yyyy-MM-dd} to {LatestTime:yyyy-MM-dd})."));
            }

            last = saved.OccurredAt;
            if (key is not null && _commands.ContainsKey(key))
            {
                throw new SessionDocumentException($"{where} repeats the command id '{Identifier.Shorten(key)}' of an earlier event.");
            }

            var stampedAnonymous = saved.Actor.Role == ActorRole.Anonymous;
            if (stampedAnonymous != _rules.IsAnonymous(saved) || (key is not null && stampedAnonymous != key.StartsWith('#')))
            {
                throw new SessionDocumentException($"{where} is stamped with an actor or command id that does not match whether it is anonymous.");
            }

            var command = _rules.CommandOf(saved);
            TEvent decided;
            try
            {
                decided = _rules.Decide(_state, saved.Actor, saved, saved.OccurredAt);
                RequireInTable(command, saved.Actor);
            }
            catch (CommandRejectedException e)
            {
                throw new SessionDocumentException($"{where} does not follow from the rules: {e.Reason}", e);
            }

            // The data written here is the record's data: Append reuses it rather than writing the event a third time.
            var data = _codec.Data(decided);
            if (!data.AsSpan().SequenceEqual(_codec.Data(saved)))
            {
                throw new SessionDocumentException($"{where} does not follow from the rules: replayed, the command raises a different event.");
            }

            try
            {
                Append(saved, decided, saved.Actor, saved.OccurredAt, command, fingerprint, liveCommandId: null, savedKey: key, data);
            }
            catch (CommandRejectedException e)
            {
                throw new SessionDocumentException($"{where} cannot be restored: {e.Reason}", e);
            }
        }

        _replaying = false;
    }

    private void ArmAlarm()
    {
        if (_disposed)
        {
            return;
        }

        var next = _rules.NextAlarm(_state)?.At;
        if (next == _alarmAt)
        {
            return;
        }

        _alarmAt = next;
        if (next is not { } at)
        {
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var due = at - Clock.GetUtcNow();
        due = due < TimeSpan.Zero ? TimeSpan.Zero : due > Timebox.MaxDuration ? Timebox.MaxDuration : due;
        if (_timer is null)
        {
            _timer = Clock.CreateTimer(static s => ((SessionEngine<TState, TEvent>)s!).Ring(), this, due, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }
    }

    private void Ring()
    {
        try
        {
            lock (_gate)
            {
                if (_disposed || _rules.NextAlarm(_state) is not { } alarm)
                {
                    return;
                }

                _alarmAt = null;
                if (alarm.At > Clock.GetUtcNow())
                {
                    ArmAlarm();
                    return;
                }

                Decide(Actor.System, alarm.Event, null, owned: false);
            }
        }
#pragma warning disable CA1031 // A timer thread must never die: a failure goes to the host's error handler, which is itself guarded.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _publisher.Report(e);
        }

        _publisher.Publish();
    }

    // The bound on a record's JSON (its data's bound from the rules, and the envelope's), or -1 when the rules give none.
    // {"occurredAt":"<33>","actor":"coFacilitator:<id>","commandId":<key>,"commandHash":<fingerprint>,"data":<data>}
    private int RecordBound(TEvent stamped, Sent? sent)
    {
        var data = _rules.MaxDataLength(stamped);
        return data < 0 ? -1
            : data + 128 + RecordSize.Of(stamped.Actor.Participant?.Value) + (sent is null ? 0 : RecordSize.Of(sent.Key) + RecordSize.Of(sent.Fingerprint));
    }

    // Writes the record JSON of every event from an index on that has none yet, and counts its exact length against the cap instead of its
    // bound. A store that reads the records after each command (GetEventRecords(afterVersion)) writes only those, not a restored log's.
    private void WriteRecords(int from)
    {
        for (var i = Math.Max(from, _firstUnwritten); i < _log.Count; i++)
        {
            var e = _log[i];
            if (e.Json is null)
            {
                var sent = e.Command;
                var json = _codec.Envelope(e.Event, sent?.Key, sent?.Fingerprint);
                _size += json.Length - RecordBound(e.Event, sent);
                if (sent is null)
                {
                    _log[i] = new Entry(e.Event, json);
                }
                else
                {
                    sent.Json = json;
                }
            }
        }

        if (from <= _firstUnwritten)
        {
            _firstUnwritten = _log.Count;
        }
    }

    // One event of the log, the command id it was sent with (or null), and its record JSON (null until it is first read, when the rules
    // bound its size): a value in the log's array, so an event costs the log no object of its own. Two references, not three: the record
    // JSON is kept in the entry (Tail) or, for an event sent with a command id, in its Sent (Tail), which then holds it.
    private readonly record struct Entry(TEvent Event, object? Tail)
    {
        public Sent? Command => Tail as Sent;

        public byte[]? Json => Tail is Sent sent ? sent.Json : (byte[]?)Tail;
    }

    // A command sent with an id, for retries: the id as kept (a hash for an anonymous contribution), the event it raised, and what a retry
    // must match; and its event's record JSON once written (see Entry).
    private sealed record Sent(string Key, TEvent Event, string Command, string Fingerprint, Actor? Sender)
    {
        public byte[]? Json { get; set; }
    }
}
