using System.Collections.Immutable;
using System.Text.Json;
using Facilitation.Methods.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;

namespace Facilitation.Methods.Orleans;

/// <summary>
/// The session grain: restores its session from the store on activation, runs commands one at a time (Orleans' single
/// activation), appends new events to the store before replying, stores what the session's own timer raises, keeps a reminder
/// while a timebox runs, and sends stored events to observers.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The SemaphoreSlim never creates its wait handle (only WaitAsync is used), so it holds nothing to release.")]
[global::Orleans.Placement.RandomPlacement]
internal sealed partial class SessionGrain : Grain, ISessionGrain, IRemindable
{
    internal const string ReminderName = "facilitation-session-timebox";

    // The reminder repeats until no timebox runs; Orleans' default minimum reminder period is one minute.
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    private readonly IServiceProvider _services;
    private readonly SessionGrainOptions _options;
    private readonly ILogger<SessionGrain> _logger;
    private readonly ObserverManager<ISessionObserver> _observers;
    private readonly SemaphoreSlim _flushTurn = new(1, 1);
    private ISessionStore? _store;
    private TaskScheduler? _scheduler;
    private IFacilitationSession? _session;
    private ISessionMethod? _method;
    private SessionRecorder? _recorder;
    private IDisposable? _subscription;
    private IGrainReminder? _reminder;
    private DateTimeOffset? _reminderFor;
    private long _published;

    public SessionGrain(IServiceProvider services, IOptions<SessionGrainOptions> options, ILogger<SessionGrain> logger)
    {
        _services = services;
        _options = options.Value;
        _logger = logger;
        _observers = new ObserverManager<ISessionObserver>(_options.SubscriptionLifetime, logger);
    }

    private string Id => this.GetPrimaryKeyString();

    private ISessionStore Store => _store ??= _services.GetService<ISessionStore>()
        ?? throw new InvalidOperationException("Session grains need an ISessionStore shared by every silo: register one (e.g. services.AddSqliteStore(path)) on the silo.");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _scheduler = TaskScheduler.Current;
        var stored = await Store.LoadAsync(Id, 0, cancellationToken).ConfigureAwait(true);
        if (stored is null)
        {
            return;
        }

        var method = FindMethod(stored.Record.Method);
        var session = await method.RestoreAsync(Store, stored, SessionOptionsFor(), cancellationToken).ConfigureAwait(true);
        try
        {
            _reminder = await this.GetReminder(ReminderName, cancellationToken).ConfigureAwait(true);
        }
#pragma warning disable CA1031 // A silo without a reminder service still runs sessions; only timeboxes after a failover need it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogReminderFailed(e, Id);
        }

        await OpenAsync(method, session, stored.Record.WorkshopId, stored.Record.Owner, stored.Version, cancellationToken).ConfigureAwait(true);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync().ConfigureAwait(true);
        }
#pragma warning disable CA1031 // Deactivation must finish; what was not stored is not acknowledged and the next activation reloads the store.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFlushFailed(e, Id);
        }

        _subscription?.Dispose();
        _session?.Dispose();
        _session = null;
        _recorder = null;
    }

    public async Task<SessionSnapshot> StartAsync(string designJson, string? workshopId = null, string? owner = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(designJson);
        if (_session is null)
        {
            var method = FindMethod(MethodOf(designJson));
            var session = method.Restore(designJson, [], SessionOptionsFor());
            if (session.Id != Id)
            {
                session.Dispose();
                throw new ArgumentException($"The design is for session '{session.Id}', not for this grain's session '{Id}'.", nameof(designJson));
            }

            await OpenAsync(method, session, workshopId, owner, 0, CancellationToken.None).ConfigureAwait(true);
        }

        return Snapshot(_session!);
    }

    public async Task<SessionReply> SendAsync(SessionCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var session = Require();
        var reply = SessionDispatch.Run(_method!, session, command);
        if (!reply.Accepted)
        {
            return reply;
        }

        await FlushAsync().ConfigureAwait(true);
        return new SessionReply(session.Version, session.Phase, reply.ResultJson, null);
    }

    public async Task<SessionSnapshot> GetSnapshotAsync()
    {
        var session = Require();
        await FlushAsync().ConfigureAwait(true);
        return Snapshot(session);
    }

    public async Task<ImmutableArray<SessionEventRecord>> GetEventRecordsAsync(long afterVersion)
    {
        var session = Require();
        await FlushAsync().ConfigureAwait(true);
        return [.. session.GetEventRecords(afterVersion).Where(r => r.Version <= _recorder!.StoredVersion)];
    }

    public Task SubscribeAsync(ISessionObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(ISessionObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    // The activation restored the session (an overdue timebox ended then); store that and drop the reminder when no timebox runs.
    public Task ReceiveReminder(string reminderName, TickStatus status) => FlushAsync();

    private static SessionSnapshot Snapshot(IFacilitationSession session) => new(session.Id, session.Version, session.Phase, session.PermittedCommands);

    private static string MethodOf(string designJson)
    {
        using var document = JsonDocument.Parse(designJson);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("method", out var method) && method.ValueKind == JsonValueKind.String
            ? method.GetString()!
            : throw new ArgumentException("The design JSON names no method.", nameof(designJson));
    }

    private SessionOptions SessionOptionsFor() => new() { TimeProvider = _options.TimeProvider, OnSubscriberError = e => LogSubscriberFailed(e, Id) };

    private ISessionMethod FindMethod(string name) => _options.Find(name)
        ?? throw new InvalidOperationException($"No command table is registered for the method '{name}': add it with AddFacilitationSessions(o => o.AddMethod(...)) on every silo.");

    private IFacilitationSession Require() => _session ?? throw new SessionNotFoundException(Id);

    private async Task OpenAsync(ISessionMethod method, IFacilitationSession session, string? workshopId, string? owner, long storedVersion, CancellationToken cancellationToken)
    {
        try
        {
            _recorder = await SessionRecorder.StartAsync(Store, session, workshopId, owner, _options.TimeProvider, cancellationToken).ConfigureAwait(true);
        }
        catch
        {
            session.Dispose();
            throw;
        }

        _session = session;
        _method = method;
        _published = storedVersion;

        // The session's own timer raises events on a timer thread: store them in a turn of this grain. Subscribe first, then
        // flush, so an event raised in between is not missed.
        _subscription = session.OnEvent(_ => ScheduleFlush());
        await FlushAsync().ConfigureAwait(true);
    }

    private void ScheduleFlush()
    {
        if (_scheduler is { } scheduler)
        {
            _ = Task.Factory.StartNew(FlushFromTimerAsync, CancellationToken.None, TaskCreationOptions.None, scheduler).Unwrap();
        }
    }

    private async Task FlushFromTimerAsync()
    {
        try
        {
            await FlushAsync().ConfigureAwait(true);
        }
#pragma warning disable CA1031 // A timer's event that cannot be stored now is stored by the next turn or activation; the failure is logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFlushFailed(e, Id);
        }
    }

    /// <summary>Appends every new event to the store, then keeps the reminder in step and tells observers.</summary>
    private async Task FlushAsync()
    {
        await _flushTurn.WaitAsync().ConfigureAwait(true);
        try
        {
            if (_recorder is not { } recorder || _session is not { } session)
            {
                return;
            }

            try
            {
                await recorder.SaveAsync().ConfigureAwait(true);
            }
            catch
            {
                // The session in memory is ahead of the store: drop this activation so the next one reloads the store.
                DeactivateOnIdle();
                throw;
            }

            try
            {
                await KeepReminderAsync(session).ConfigureAwait(true);
            }
#pragma warning disable CA1031 // The events are stored: a reminder table that fails now must not fail the command; the next flush tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogReminderFailed(e, Id);
            }

            Publish(session, recorder.StoredVersion);
        }
        finally
        {
            _flushTurn.Release();
        }
    }

    private async Task KeepReminderAsync(IFacilitationSession session)
    {
        var deadline = _method!.NextDeadline(session);
        if (deadline is null)
        {
            if (_reminder is { } reminder)
            {
                await this.UnregisterReminder(reminder).ConfigureAwait(true);
                _reminder = null;
                _reminderFor = null;
            }

            return;
        }

        if (_reminder is not null && _reminderFor == deadline)
        {
            return;
        }

        // Wake a second after the deadline, so the restored session's timer has already ended the timebox.
        var due = deadline.Value - _options.TimeProvider.GetUtcNow() + TimeSpan.FromSeconds(1);
        due = due < TimeSpan.Zero ? TimeSpan.Zero : due > Timebox.MaxDuration ? Timebox.MaxDuration : due;
        _reminder = await this.RegisterOrUpdateReminder(ReminderName, due, ReminderPeriod).ConfigureAwait(true);
        _reminderFor = deadline;
    }

    private void Publish(IFacilitationSession session, long storedVersion)
    {
        if (storedVersion <= _published)
        {
            return;
        }

        foreach (var record in session.GetEventRecords(_published).Where(r => r.Version <= storedVersion))
        {
            _observers.Notify(o => o.OnEvent(Id, record));
        }

        _published = storedVersion;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: new events could not be stored yet; they are not acknowledged")]
    private partial void LogFlushFailed(Exception exception, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: its timebox reminder could not be kept in step; the next command or timer event tries again")]
    private partial void LogReminderFailed(Exception exception, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: an event subscriber failed")]
    private partial void LogSubscriberFailed(Exception exception, string sessionId);
}
