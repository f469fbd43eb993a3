using System.Collections.Immutable;
using System.Text.Json;

namespace Facilitation.Methods.Orleans;

/// <summary>What a silo needs to run one method's sessions in grains.</summary>
internal interface ISessionMethod
{
    string Name { get; }

    IFacilitationSession Restore(string designJson, IReadOnlyList<SessionEventRecord> records, SessionOptions options);

    ValueTask<IFacilitationSession> RestoreAsync(Storage.ISessionStore store, Storage.StoredSession stored, SessionOptions options, CancellationToken cancellationToken);

    bool Knows(string command);

    string? Run(IFacilitationSession session, SessionCommand command);

    DateTimeOffset? NextDeadline(IFacilitationSession session);
}

/// <summary>
/// One method's command table for session grains: how to restore its session from the store, which named commands a client may
/// send (each a typed call on the session with the command's actor, payload and <see cref="CommandOptions"/>), and when its next
/// timebox ends (so a reminder wakes the grain after a failover).
/// </summary>
/// <typeparam name="TSession">The method's session type.</typeparam>
/// <example><code>
/// new SessionMethod&lt;BrainstormSession&gt;("brainstorm", (design, records, options) =&gt; BrainstormSession.Restore(design, records, options))
///     .Command("StartRound", (s, actor, options) =&gt; s.StartRound(actor, options))
///     .Command("AddIdea", (BrainstormSession s, Actor actor, string text, CommandOptions? options) =&gt; s.AddIdea(actor, text, options: options))
///     .Deadline(s =&gt; s.CurrentRound is { Timebox: { IsPaused: false } box } ? box.EndsAt : null);
/// </code></example>
public sealed class SessionMethod<TSession> : ISessionMethod
    where TSession : class, IFacilitationSession
{
    private readonly Func<string, IReadOnlyList<SessionEventRecord>, SessionOptions, TSession> _restore;
    private readonly Dictionary<string, Func<TSession, Actor, string?, CommandOptions?, string?>> _commands = new(StringComparer.Ordinal);
    private Func<TSession, DateTimeOffset?>? _deadline;
    private Func<Storage.ISessionStore, string, SessionOptions, CancellationToken, ValueTask<TSession?>>? _restoreFromStore;

    /// <summary>Initialises a method's command table.</summary>
    /// <param name="name">The method's name as its design JSON writes it (<c>"method"</c>, e.g. <c>brainstorm</c>).</param>
    /// <param name="restore">Restores a session from its design JSON and event records (the method's <c>Restore(designJson, records, options)</c>); with no records it starts a new session.</param>
    public SessionMethod(string name, Func<string, IReadOnlyList<SessionEventRecord>, SessionOptions, TSession> restore)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(restore);
        Name = name;
        _restore = restore;
    }

    /// <summary>Gets the method's name as its design JSON writes it.</summary>
    public string Name { get; }

    /// <summary>Gets the registered command names.</summary>
    public ImmutableArray<string> Commands => [.. _commands.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Registers a command with a payload and a result (a later registration of the same name replaces it).</summary>
    /// <typeparam name="TPayload">The payload type, read from the command's JSON.</typeparam>
    /// <typeparam name="TResult">The result type, written as JSON in the reply.</typeparam>
    /// <param name="name">The command's name.</param>
    /// <param name="run">Runs the command on the session.</param>
    /// <returns>This table.</returns>
    public SessionMethod<TSession> Command<TPayload, TResult>(string name, Func<TSession, Actor, TPayload, CommandOptions?, TResult> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Add(name, (session, actor, json, options) =>
        {
            var payload = json is null ? default : JsonSerializer.Deserialize<TPayload>(json, Wire.Json);
            if (payload is null)
            {
                throw new ArgumentException($"The command {name} needs a payload.", nameof(json));
            }

            return JsonSerializer.Serialize(run(session, actor, payload, options), Wire.Json);
        });
    }

    /// <summary>Registers a command without payload that has a result (a later registration of the same name replaces it).</summary>
    /// <typeparam name="TResult">The result type, written as JSON in the reply.</typeparam>
    /// <param name="name">The command's name.</param>
    /// <param name="run">Runs the command on the session.</param>
    /// <returns>This table.</returns>
    public SessionMethod<TSession> Command<TResult>(string name, Func<TSession, Actor, CommandOptions?, TResult> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Add(name, (session, actor, _, options) => JsonSerializer.Serialize(run(session, actor, options), Wire.Json));
    }

    /// <summary>Registers a command without payload or result (a later registration of the same name replaces it).</summary>
    /// <param name="name">The command's name.</param>
    /// <param name="run">Runs the command on the session.</param>
    /// <returns>This table.</returns>
    public SessionMethod<TSession> Command(string name, Action<TSession, Actor, CommandOptions?> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Add(name, (session, actor, _, options) =>
        {
            run(session, actor, options);
            return null;
        });
    }

    /// <summary>
    /// Registers every public command of <typeparamref name="TSession"/> under its method name: each public instance method whose
    /// first parameter is the <see cref="Actor"/> and whose last is the <see cref="CommandOptions"/>. Its other parameters are
    /// read from the payload, a JSON object with one property per parameter by name (<c>{"table": "T1", "text": "…"}</c>);
    /// a parameter with a default may be left out; an unknown or missing property is refused as <see cref="RejectionKind.InvalidInput"/>.
    /// The result, if any, is written as JSON. Commands registered with <see cref="Command(string, Action{TSession, Actor, CommandOptions})"/>
    /// and its overloads may replace one of these afterwards, for another payload shape.
    /// </summary>
    /// <returns>This table.</returns>
    /// <exception cref="InvalidOperationException">Two public commands of the session share a name (an overload the payload could not tell apart).</exception>
    public SessionMethod<TSession> WithPublicCommands()
    {
        foreach (var command in CommandBinder.Discover(typeof(TSession)))
        {
            if (_commands.ContainsKey(command.Name))
            {
                throw new InvalidOperationException($"{typeof(TSession).Name} has two public commands named {command.Name}; register one of them by hand.");
            }

            Add(command.Name, (session, actor, json, options) => command.Run(session, actor, json, options));
        }

        return this;
    }

    /// <summary>Tells the grain when the session's running timebox ends, so a reminder wakes the grain by then even if it was deactivated or its silo died.</summary>
    /// <param name="nextDeadline">The end of the running timebox; null when no timebox runs (none, paused or ended).</param>
    /// <returns>This table.</returns>
    public SessionMethod<TSession> Deadline(Func<TSession, DateTimeOffset?> nextDeadline)
    {
        ArgumentNullException.ThrowIfNull(nextDeadline);
        _deadline = nextDeadline;
        return this;
    }

    /// <summary>
    /// Runs a command on a session in this process through this table, exactly as a session grain runs it: by name, payload
    /// read from JSON, in the command's <see cref="SessionCommand.Culture"/>; a refusal (unknown command, unreadable payload,
    /// refused by the session) comes back in the reply and changes nothing. A host that runs sessions both in process and in
    /// grains sends its commands one way. Storing the new event is the host's (an in-process host's <see cref="Storage.SessionRecorder"/>).
    /// </summary>
    /// <param name="session">The session, of this table's method.</param>
    /// <param name="command">The command.</param>
    /// <returns>The reply: the result, or why the command was refused.</returns>
    public SessionReply Send(TSession session, SessionCommand command) => SessionDispatch.Run(this, session, command);

    IFacilitationSession ISessionMethod.Restore(string designJson, IReadOnlyList<SessionEventRecord> records, SessionOptions options) =>
        _restore(designJson, records, options);

    async ValueTask<IFacilitationSession> ISessionMethod.RestoreAsync(Storage.ISessionStore store, Storage.StoredSession stored, SessionOptions options, CancellationToken cancellationToken)
    {
        if (_restoreFromStore is { } restore)
        {
            return await restore(store, stored.Record.SessionId, options, cancellationToken).ConfigureAwait(false)
                ?? throw new Storage.SessionNotFoundException(stored.Record.SessionId);
        }

        return _restore(stored.Record.DesignJson, [.. stored.Events.Select(e => new SessionEventRecord(e.Version, e.Type, e.Json))], options);
    }

    /// <summary>Restores sessions that keep more than their own log in the store (a workshop and its running block) through their own store restore.</summary>
    internal SessionMethod<TSession> RestoreFromStore(Func<Storage.ISessionStore, string, SessionOptions, CancellationToken, ValueTask<TSession?>> restore)
    {
        _restoreFromStore = restore;
        return this;
    }

    /// <summary>Registers every public command of a session held inside this one (a workshop's running block) as <c>{prefix}{command}</c>, run on the session <paramref name="select"/> gives.</summary>
    internal SessionMethod<TSession> WithPublicCommandsOf<TInner>(string prefix, Func<TSession, TInner?> select)
        where TInner : class
    {
        foreach (var command in CommandBinder.Discover(typeof(TInner)))
        {
            Add(prefix + command.Name, (session, actor, json, options) => command.Run(
                select(session) ?? throw new ArgumentException($"No {typeof(TInner).Name.Replace("Session", string.Empty, StringComparison.Ordinal)} block is running; {prefix}{command.Name} goes to the running block."),
                actor,
                json,
                options));
        }

        return this;
    }

    bool ISessionMethod.Knows(string command) => _commands.ContainsKey(command);

    string? ISessionMethod.Run(IFacilitationSession session, SessionCommand command) =>
        _commands[command.Name]((TSession)session, command.Actor, command.PayloadJson, command.Options);

    DateTimeOffset? ISessionMethod.NextDeadline(IFacilitationSession session) => _deadline?.Invoke((TSession)session);

    private SessionMethod<TSession> Add(string name, Func<TSession, Actor, string?, CommandOptions?, string?> run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _commands[name] = run;
        return this;
    }
}
