using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Sessions;
using Facilitation.Methods.WorldCafe;
using C = Facilitation.Methods.Workshops.WorkshopCommand;

namespace Facilitation.Methods.Workshops;

/// <summary>
/// A workshop running under the same session engine as the methods: days and blocks opened and closed in programme order, people
/// checked in and out per person, a method block running its own method session (owned by the workshop) from the people present,
/// items carried between blocks with their sources, the resource inventory and the action plan — and one document for all of it.
/// </summary>
/// <remarks>
/// <para>Every command has the shape <c>Command(Actor actor, payload…, CommandOptions? options = null)</c> and raises exactly one
/// <see cref="WorkshopEvent"/>, or is refused with <see cref="CommandRejectedException"/> and nothing changes — neither the workshop
/// nor a block's session.</para>
/// <para>Starting a World Café, Open Space or brainstorm block creates its session (<see cref="Cafe"/>, <see cref="OpenSpace"/>,
/// <see cref="Brainstorm"/>) with the block's design and the people present who are on the block's list. A check-in or departure while
/// a café or a brainstorm runs reaches it as a join or leave, and a check-in while an Open Space runs as a registration, sent with the command id
/// <c>workshop-{version}</c> (the version of the workshop's event), so the block's session applies it once. Closing a method block
/// (its session closed first) keeps the block's <see cref="BlockRecord"/> and its session's log in the workshop's own log.</para>
/// <para>Thread-safe. See <c>docs/workshop.md</c>.</para>
/// </remarks>
public sealed class WorkshopSession : IFacilitationSession<WorkshopEvent>
{
    private const string RunningBlockProperty = "runningBlock";

    // Held by every command that touches a block's session (start, close, check-in, departure) and by Save: the workshop's log and
    // the running block's session are always saved as of the same moment. Reads never take it.
    private readonly Lock _blocks = new();
    private readonly WorkshopRules _rules;
    private readonly SessionEngine<WorkshopState, WorkshopEvent> _engine;
    private readonly SessionOptions? _options;
    private readonly Dictionary<string, IFacilitationSession> _sessions = new(StringComparer.Ordinal);
    private bool _disposed;

    private WorkshopSession(WorkshopRules rules, SessionEngine<WorkshopState, WorkshopEvent> engine, WorkshopDesign design, SessionOptions? options)
    {
        _rules = rules;
        _engine = engine;
        Design = design;
        _options = options;
    }

    /// <summary>Gets the programme the workshop runs.</summary>
    public WorkshopDesign Design { get; }

    /// <inheritdoc />
    public string Id => _engine.Id;

    /// <inheritdoc />
    public long Version => _engine.Version;

    /// <summary>Gets the session's event log, oldest first (after a restore, the replayed log too).</summary>
    public ImmutableArray<WorkshopEvent> Events => _engine.Events;

    /// <summary>Gets where the workshop stands.</summary>
    public WorkshopPhase Phase => _engine.Read(s => s.Phase);

    /// <inheritdoc />
    string IFacilitationSession.Phase => _engine.Phase;

    /// <summary>Gets the names of the commands the session accepts now (the names of its command methods, such as <c>nameof(StartRound)</c>); <see cref="WhyRefused"/> tells why any other is refused.</summary>
    public ImmutableArray<string> PermittedCommands => _engine.PermittedCommands;


    /// <inheritdoc />
    public string DesignJson => _engine.DesignJson;

    /// <summary>Gets the open day's number (1-based), or null when no day is open.</summary>
    public int? Day => _engine.Read(s => s.Phase is WorkshopPhase.DayOpen or WorkshopPhase.BlockRunning ? s.DaysOpened : (int?)null);

    /// <summary>Gets the block running now, or null.</summary>
    public WorkshopBlock? RunningBlock => _engine.Read(s => s.RunningBlock);

    /// <summary>Gets who is here now: checked in and not departed, in roster order.</summary>
    public ImmutableArray<ParticipantId> Present => _engine.Read(s => s.PresentInOrder());

    /// <summary>Gets the records of the blocks held so far, in programme order.</summary>
    public ImmutableArray<BlockRecord> Records => _engine.Read(s => s.Programme.Where(b => s.Records.ContainsKey(b.Id)).Select(b => s.Records[b.Id]).ToImmutableArray());

    /// <summary>Gets the resource inventory of the latest inventory block started, or null before one.</summary>
    public ResourceInventory? Inventory => _engine.Read(LatestInventory);

    /// <summary>Gets the action plan: the items each village takes home, in the order added (<see cref="AddToActionPlan"/>, <see cref="UpdateAction"/>).</summary>
    public ImmutableArray<ActionPlanItem> ActionPlan => _engine.Read(s => s.Plan.Items);

    /// <summary>Lists every problem with a programme without creating a workshop, in the current UI culture; warnings are prefixed "Warning:" (in Chinese "警告：").
    /// Errors: a programme that cannot run (overlapping blocks, a method block too short for its rounds, people not on the roster, an error of a block's method design…);
    /// warnings: what a facilitator should look at (a day longer than planned, a method block with no facilitator, no lead facilitator…).</summary>
    /// <param name="design">The programme.</param>
    /// <returns>One sentence per problem; empty when the programme can run without remarks.</returns>
    public static IReadOnlyList<string> Check(WorkshopDesign design) => DesignChecks.List(new WorkshopDesignValidator(), design);

    /// <summary>Creates a running workshop from its programme, before its first day.</summary>
    /// <param name="design">The programme; it is validated (<see cref="Check"/> lists the same problems).</param>
    /// <param name="options">The session id, clock and subscriber error handler; the blocks' sessions use the same clock and handler.</param>
    /// <returns>The workshop, in <see cref="WorkshopPhase.NotStarted"/>.</returns>
    /// <exception cref="InvalidDesignException">The programme has errors; every one is listed.</exception>
    public static WorkshopSession Create(WorkshopDesign design, SessionOptions? options = null)
    {
        using var language = TextCatalog.Use(options?.Culture);
        WorkshopDesignValidator.EnsureValid(design);
        var rules = new WorkshopRules();
        var id = SessionEngine<WorkshopState, WorkshopEvent>.NewId(options);
        var engine = SessionEngine<WorkshopState, WorkshopEvent>.Create(rules, id, WorkshopJson.Header(id, design), new WorkshopState(design), options);
        return new WorkshopSession(rules, engine, design, options);
    }

    /// <summary>Restores a workshop saved with <see cref="Save"/>: its log is replayed through the same rules, the sessions of closed method blocks are
    /// restored from their logs in it, and the running block's session from the document.</summary>
    /// <param name="document">The saved document.</param>
    /// <param name="options">The clock and subscriber error handler (the id is the saved one).</param>
    /// <returns>The restored workshop.</returns>
    /// <exception cref="SessionDocumentException">The document is not a workshop document, or breaks a rule; no session is built.</exception>
    public static WorkshopSession Restore(string document, SessionOptions? options)
    {
        var (header, records) = SessionDocument.Read(document, WorkshopJson.Method);
        RunningLog? runningLog = null;
        using (var parsed = JsonDocument.Parse(document, new JsonDocumentOptions { MaxDepth = 64 }))
        {
            if (parsed.RootElement.TryGetProperty(RunningBlockProperty, out var running))
            {
                if (running.ValueKind != JsonValueKind.Object || !running.TryGetProperty("block", out var block) || block.ValueKind != JsonValueKind.String
                    || !running.TryGetProperty("session", out var session) || session.ValueKind != JsonValueKind.Object)
                {
                    throw new SessionDocumentException("The document's running block is not {\"block\", \"session\"}.");
                }

                runningLog = new RunningLog(block.GetString()!, session.GetRawText(), null, []);
            }
        }

        return Restore(header, records, runningLog, options);
    }

    /// <summary>Restores a workshop from its design JSON (<see cref="DesignJson"/>) and its records (<see cref="GetEventRecords"/>).
    /// The records hold every closed block's record and session log; a method block still running has its session in <see cref="Save"/>'s document
    /// or, kept by a <see cref="Storage.SessionRecorder"/>, in a store (<see cref="RestoreAsync"/>).</summary>
    /// <param name="designJson">The design JSON.</param>
    /// <param name="records">The records, in version order.</param>
    /// <param name="options">The clock and subscriber error handler (the id is the saved one).</param>
    /// <returns>The restored workshop.</returns>
    /// <exception cref="SessionDocumentException">The pieces break a rule, or a method block is running (restore it from the whole document or the store); no session is built.</exception>
    public static WorkshopSession Restore(string designJson, IEnumerable<SessionEventRecord> records, SessionOptions? options) =>
        Restore(SessionDocument.ReadHeader(designJson, WorkshopJson.Method), records, null, options);

    /// <summary>Restores a workshop that a <see cref="Storage.SessionRecorder"/> keeps in a store: the workshop's log, and the log of the method block running,
    /// which the recorder keeps under its own id <c>{workshop}.{block}</c> (listed by <see cref="Storage.ISessionStore.ListByWorkshopAsync"/> under the workshop's id).
    /// The two must agree: the block's session is the one the workshop started, and every arrival or departure the workshop forwarded to it is in its log, and no other.</summary>
    /// <param name="store">The store.</param>
    /// <param name="id">The workshop's id.</param>
    /// <param name="options">The clock and subscriber error handler (the id is the stored one).</param>
    /// <param name="cancellationToken">Cancels the loading.</param>
    /// <returns>The restored workshop, or null when the store holds no session with that id.</returns>
    /// <exception cref="SessionDocumentException">The stored logs break a rule, the running block's log is missing, or the two logs disagree; no session is built.</exception>
    public static async ValueTask<WorkshopSession?> RestoreAsync(Storage.ISessionStore store, string id, SessionOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stored = await store.LoadAsync(id, 0, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        // The workshop's log first (it tells which block runs), then that block's log, then the sessions; one replay of each log.
        var workshop = Restore(SessionDocument.ReadHeader(stored.Record.DesignJson, WorkshopJson.Method), RecordsOf(stored), null, options, sessions: false);
        try
        {
            RunningLog? running = null;
            if (workshop.RunningBlock is { RunsMethod: true } block)
            {
                var childId = workshop.SessionOptionsFor(block).Id!;
                var child = await store.LoadAsync(childId, 0, cancellationToken).ConfigureAwait(false)
                    ?? throw new SessionDocumentException($"Block '{Identifier.Shorten(block.Id)}' is running, and the store holds no session '{Identifier.Shorten(childId)}' for it.");
                running = new RunningLog(block.Id, null, child.Record.DesignJson, RecordsOf(child));
            }

            workshop.RestoreSessions(running);
            return workshop;
        }
        catch
        {
            workshop.Dispose();
            throw;
        }
    }

    /// <summary>Gets the World Café session of a café block that has started.</summary>
    /// <param name="block">The block's id.</param>
    /// <returns>The café (the workshop owns it: do not dispose it), or null before the block starts.</returns>
    /// <exception cref="ArgumentException">The block is not a World Café block of the programme.</exception>
    public WorldCafeSession? Cafe(string block) => SessionOf<WorldCafeSession>(block, BlockKind.WorldCafe);

    /// <summary>Gets the Open Space session of an Open Space block that has started.</summary>
    /// <param name="block">The block's id.</param>
    /// <returns>The Open Space (the workshop owns it: do not dispose it), or null before the block starts.</returns>
    /// <exception cref="ArgumentException">The block is not an Open Space block of the programme.</exception>
    public OpenSpaceSession? OpenSpace(string block) => SessionOf<OpenSpaceSession>(block, BlockKind.OpenSpace);

    /// <summary>Gets the brainstorm session of a brainstorm block that has started.</summary>
    /// <param name="block">The block's id.</param>
    /// <returns>The brainstorm (the workshop owns it: do not dispose it), or null before the block starts.</returns>
    /// <exception cref="ArgumentException">The block is not a brainstorm block of the programme.</exception>
    public BrainstormSession? Brainstorm(string block) => SessionOf<BrainstormSession>(block, BlockKind.Brainstorm);

    /// <summary>Gets where a block stands.</summary>
    /// <param name="block">The block's id.</param>
    /// <returns>Its status.</returns>
    /// <exception cref="ArgumentException">The block is not in the programme.</exception>
    public BlockStatus StatusOf(string block)
    {
        Find(block);
        return _engine.Read(s => s.Status.GetValueOrDefault(block));
    }

    /// <summary>Gets the items carried into a block.</summary>
    /// <param name="block">The block's id.</param>
    /// <returns>The items, in the order carried.</returns>
    public ImmutableArray<CarriedItem> CarriedInto(string block) => _engine.Read(s => s.CarriedInto(block));

    /// <summary>Puts the workshop's book together from what it holds now: the programme, the records of the blocks held, the items carried, the inventory and the action plan.</summary>
    /// <returns>The book.</returns>
    public WorkshopBook ToBook() => _engine.Read(s => WorkshopBook.Compose(
        Design,
        s.Programme.Where(b => s.Records.ContainsKey(b.Id)).Select(b => s.Records[b.Id]),
        s.Carried.Select(c => c.Item),
        LatestInventory(s),
        s.Plan));

    /// <summary>Opens the next day. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <returns>The day's number (1-based).</returns>
    /// <exception cref="CommandRejectedException">Refused; nothing changed.</exception>
    public int OpenDay(Actor actor, CommandOptions? options = null) => ((WorkshopPhaseChanged)_engine.Execute(actor, Phased(C.OpenDay), options)).Day!.Value;

    /// <summary>Closes the open day, once every block of it is held or skipped. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; nothing changed.</exception>
    public void CloseDay(Actor actor, CommandOptions? options = null) => _engine.Execute(actor, Phased(C.CloseDay), options);

    /// <summary>Closes the workshop, between days. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; nothing changed.</exception>
    public void Close(Actor actor, CommandOptions? options = null) => _engine.Execute(actor, Phased(C.Close), options);

    /// <summary>Starts the next block of the programme on the open day. A method block's session is created with the block's design and the people present
    /// who are on the block's list; a brainstorm takes the prompt and categories carried into it. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="block">The block's id: the next block of the programme.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused (not the next block, or its session cannot start with the people present); nothing changed.</exception>
    public void StartBlock(Actor actor, string block, CommandOptions? options = null)
    {
        var proposed = Phased(C.StartBlock).With(changed => changed.Block = block);
        lock (_blocks)
        {
            if (IsRetryOrStale(options))
            {
                _engine.Execute(actor, proposed, options);
                return;
            }

            var decided = (WorkshopPhaseChanged)DryRun(actor, proposed);
            var started = _engine.Read(s => StartSession(s, s.NextBlock!, decided.Participants));
            try
            {
                _engine.Execute(actor, proposed, options);
            }
            catch
            {
                started?.Dispose();
                throw;
            }

            if (started is not null)
            {
                _sessions[block] = started;
            }
        }
    }

    /// <summary>Skips the next block of the programme. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="block">The block's id: the next block of the programme.</param>
    /// <param name="reason">Why it is skipped (shown in the book).</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; nothing changed.</exception>
    public void SkipBlock(Actor actor, string block, string reason, CommandOptions? options = null) => _engine.Execute(actor, new BlockSkipped(block, reason), options);

    /// <summary>Closes the running block and keeps what it left behind: a plain block's attendance (or inventory), a method block's outputs from its session,
    /// which must be closed first. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="block">The running block's id.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <returns>The block's record.</returns>
    /// <exception cref="CommandRejectedException">Refused (another block runs, or the block's session is not closed yet); nothing changed.</exception>
    public BlockRecord CloseBlock(Actor actor, string block, CommandOptions? options = null)
    {
        var proposed = Phased(C.CloseBlock).With(changed => changed.Block = block);
        lock (_blocks)
        {
            if (!IsRetryOrStale(options) && _engine.Read(s => s.RunningBlock) is { } running && running.RunsMethod && running.Id == block
                && _sessions.TryGetValue(block, out var session))
            {
                if (session.Phase != "Closed")
                {
                    throw _engine.Reject(nameof(C.CloseBlock), RejectionKind.WrongPhase, _engine.Say("Refusal.Workshop.CloseSessionFirst", session.Phase));
                }

                proposed = proposed.With(changed => { changed.Record = _engine.Read(s => RecordOf(s, running, session)); changed.BlockLog = session.GetEventRecords(); });
            }

            return ((WorkshopPhaseChanged)_engine.Execute(actor, proposed, options)).Record!;
        }
    }

    /// <summary>Checks a person in: they are present for the running block (a café seats them from its next round, an Open Space registers them, a brainstorm takes them in)
    /// and for every later block. The facilitator, a co-facilitator the design lists, or the person themselves.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="person">The person, on the roster.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused (not on the roster, already here); nothing changed.</exception>
    public void CheckIn(Actor actor, ParticipantId person, CommandOptions? options = null) =>
        Forwarding(actor, new CheckedIn(person), person, options, (e, block) => e.With(changed => changed.Block = block), session => session switch
        {
            WorldCafeSession => nameof(WorldCafeCommand.Join),
            OpenSpaceSession => nameof(OpenSpaceCommand.RegisterParticipant),
            _ => nameof(BrainstormCommand.Join),
        }, (session, id) =>
        {
            var participant = _engine.Read(s => s.Roster[person]);
            Send(
                session,
                cafe => cafe.Join(Actor.Facilitator, participant, id),
                openSpace => openSpace.RegisterParticipant(Actor.Facilitator, participant, id),
                brainstorm => brainstorm.Join(Actor.Facilitator, participant, id));
        }, mustReach: false);

    /// <summary>Records that a person has left: they are no longer present for later blocks; a running café takes them out of its rounds not yet held, a running brainstorm lets them go,
    /// a running Open Space records their departure (nothing they wrote is lost).
    /// The facilitator, a co-facilitator the design lists, or the person themselves.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="person">The person.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused (not here); nothing changed.</exception>
    public void Depart(Actor actor, ParticipantId person, CommandOptions? options = null) =>
        Forwarding(actor, new Departed(person), person, options, (e, block) => e.With(changed => changed.Block = block),

            // An Open Space hears of it only when it registered the person and they have not left it already.
            session => session switch
            {
                WorldCafeSession => nameof(WorldCafeCommand.Leave),
                BrainstormSession => nameof(BrainstormCommand.Leave),
                OpenSpaceSession openSpace when openSpace.Participants.Any(p => p.Id == person) && !openSpace.Departed.Contains(person) => nameof(OpenSpaceCommand.Depart),
                _ => null,
            },
            (session, id) => Send(
                session,
                cafe => cafe.Leave(Actor.Facilitator, person, id),
                openSpace => openSpace.Depart(Actor.Facilitator, person, id),
                brainstorm => brainstorm.Leave(Actor.Facilitator, person, id)),
            mustReach: true);

    /// <summary>Records who took part in the running plain block (otherwise everyone present while it ran). The facilitator or a co-facilitator.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="block">The running plain block's id.</param>
    /// <param name="people">Who took part, each on the roster.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; nothing changed.</exception>
    public void RecordAttendance(Actor actor, string block, IEnumerable<ParticipantId> people, CommandOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(people);
        _engine.Execute(actor, new AttendanceRecorded(block, [.. people]), options);
    }

    /// <summary>Carries items from closed blocks into a block still to come (built with <see cref="Bridges"/>, chosen by the facilitator); each keeps its sources,
    /// which must resolve to contributions of closed blocks. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="block">The block the items are carried into: Open Space issues into an Open Space block, prompts and categories into a brainstorm block.</param>
    /// <param name="items">The items.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; nothing changed.</exception>
    public void CarryItems(Actor actor, string block, IEnumerable<CarriedItem> items, CommandOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        _engine.Execute(actor, new ItemsCarried(block, [.. items]), options);
    }

    /// <summary>Lists one resource for a village in the running inventory block. A person present, a co-facilitator the design lists, or the facilitator.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="village">The village.</param>
    /// <param name="category">The category's key, name or local name (for example 景).</param>
    /// <param name="text">What the resource is.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <returns>The entry's id.</returns>
    /// <exception cref="CommandRejectedException">Refused; nothing changed.</exception>
    public ContributionId ListResource(Actor actor, string village, string category, string text, CommandOptions? options = null) =>
        ((ResourceListed)_engine.Execute(actor, new ResourceListed(village, category, text), options)).Id!.Value;

    /// <summary>Adds items to the action plan (for example those <see cref="Bridges.ToActionPlan"/> carried from a block); every source must resolve to a contribution of a closed block. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="items">The items.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; nothing changed.</exception>
    public void AddToActionPlan(Actor actor, IEnumerable<ActionPlanItem> items, CommandOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        _engine.Execute(actor, new ActionsAdded([.. items]), options);
    }

    /// <summary>Changes an item of the action plan (owner, village, next step, due date, status); its id and sources stay. Facilitator only, also after the workshop closed.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="item">The item as it should be.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; nothing changed.</exception>
    public void UpdateAction(Actor actor, ActionPlanItem item, CommandOptions? options = null) => _engine.Execute(actor, new ActionUpdated(item), options);

    /// <inheritdoc />
    public string? WhyRefused(string command) => _engine.WhyRefused(command);

    /// <inheritdoc />
    IDisposable IFacilitationSession.OnEvent(Action<SessionEvent> handler) => _engine.OnEvent(handler);

    /// <summary>Subscribes to every workshop event raised from now on, in version order, after the session's gate is released.</summary>
    /// <param name="observer">The observer; an exception it throws never affects the session.</param>
    /// <returns>A subscription; dispose it to stop.</returns>
    IDisposable IObservable<WorkshopEvent>.Subscribe(IObserver<WorkshopEvent> observer) => _engine.Subscribe(observer);

    /// <inheritdoc />
    public ImmutableArray<SessionEventRecord> GetEventRecords(long afterVersion = 0) => _engine.GetEventRecords(afterVersion);

    /// <summary>Saves the whole workshop as one document: the programme, the workshop's log (with every closed block's record and session log), and the running block's session document,
    /// all as of the same moment.</summary>
    /// <returns>The document.</returns>
    public string Save()
    {
        lock (_blocks)
        {
            var document = _engine.Save();
            if (_engine.Read(s => s.RunningBlock) is { } running && running.RunsMethod && _sessions.TryGetValue(running.Id, out var session))
            {
                var block = JsonSerializer.Serialize(running.Id, WorkshopJsonContext.Default.String);
                document = string.Concat(document.AsSpan(0, document.Length - 1), $",\"{RunningBlockProperty}\":{{\"block\":{block},\"session\":{session.Save()}}}}}");
            }

            return document;
        }
    }

    /// <summary>Reads, as of one moment, the workshop's records after a version and every method block session it started (closed or running) with its records
    /// after the version a store holds: a forward is applied under the same lock, so the blocks' records hold every forward the workshop's records name.</summary>
    internal (ImmutableArray<SessionEventRecord> Records, ImmutableArray<(IFacilitationSession Session, ImmutableArray<SessionEventRecord> Records)> Blocks) ForStore(long after, Func<string, long> blockAfter)
    {
        lock (_blocks)
        {
            var blocks = Design.Programme.Where(b => _sessions.ContainsKey(b.Id)).Select(b => _sessions[b.Id]).Select(s => (s, s.GetEventRecords(Math.Max(0, blockAfter(s.Id))))).ToImmutableArray();
            return (_engine.GetEventRecords(after), blocks);
        }
    }

    /// <inheritdoc />
    public string ToMermaid() => _rules.ToMermaid();

    /// <summary>Stops the workshop and its blocks' sessions; later commands throw <see cref="ObjectDisposedException"/>. Reads and saves still work.</summary>
    public void Dispose()
    {
        lock (_blocks)
        {
            _disposed = true;
            _engine.Dispose();
            foreach (var session in _sessions.Values)
            {
                session.Dispose();
            }
        }
    }

    private static WorkshopPhaseChanged Phased(C command) => new(command, default, default);

    private static ResourceInventory? LatestInventory(WorkshopState s) =>
        s.Programme.Where(b => s.Inventories.ContainsKey(b.Id)).Select(b => s.Inventories[b.Id]).LastOrDefault();

    private static ImmutableArray<SessionEventRecord> RecordsOf(Storage.StoredSession stored) => [.. stored.Events.Select(e => new SessionEventRecord(e.Version, e.Type, e.Json))];

    private static WorkshopSession Restore(SessionHeader header, IEnumerable<SessionEventRecord> records, RunningLog? running, SessionOptions? options, bool sessions = true)
    {
        WorkshopDesign design;
        try
        {
            design = WorkshopJson.FromDocument(header.ReadDesign(WorkshopJsonContext.Default.WorkshopDesignDocument));
            WorkshopDesignValidator.EnsureValid(design);
        }
        catch (Exception e) when (e is InvalidDesignException or ArgumentException or JsonException)
        {
            throw new SessionDocumentException($"The document's programme is not valid: {e.Message}", e);
        }

        var rules = new WorkshopRules();
        var engine = SessionEngine<WorkshopState, WorkshopEvent>.Restore(rules, header.Id, WorkshopJson.Header(header.Id, design), new WorkshopState(design), records, options);
        var workshop = new WorkshopSession(rules, engine, design, options);
        try
        {
            if (sessions)
            {
                workshop.RestoreSessions(running);
            }
        }
        catch
        {
            workshop.Dispose();
            throw;
        }

        return workshop;
    }

    // The sessions of closed method blocks come back from their logs in the workshop's log; the running block's from the document. Nothing the
    // workshop forwarded is sent again: a forward is applied under the same lock as the workshop's event, and Save takes that lock too.
    private void RestoreSessions(RunningLog? runningLog)
    {
        var running = _engine.Read(s => s.RunningBlock);
        foreach (var e in _engine.Events.OfType<WorkshopPhaseChanged>().Where(e => e.Trigger == C.CloseBlock && Design.FindBlock(e.Block!) is { RunsMethod: true }))
        {
            var block = Design.FindBlock(e.Block!)!;
            var session = _engine.Read(s => RestoreSession(s, block, e.BlockLog, null));
            _sessions[block.Id] = session;
            var record = _engine.Read(s => RecordOf(s, block, session));
            if (JsonSerializer.Serialize(record, WorkshopJsonContext.Default.BlockRecord) != JsonSerializer.Serialize(e.Record, WorkshopJsonContext.Default.BlockRecord))
            {
                throw new SessionDocumentException($"The record of block '{Identifier.Shorten(block.Id)}' does not follow from its session's log.");
            }
        }

        if (running is not { RunsMethod: true })
        {
            if (runningLog is not null)
            {
                throw new SessionDocumentException($"The document holds a session for block '{Identifier.Shorten(runningLog.Block)}', which is not a method block running.");
            }

            return;
        }

        if (runningLog is null || runningLog.Block != running.Id)
        {
            throw new SessionDocumentException($"Block '{Identifier.Shorten(running.Id)}' is running, and its session is not in these records: restore the whole document written by Save(), or from the store a SessionRecorder kept.");
        }

        var live = _engine.Read(s => runningLog.Document is { } document
            ? RestoreSession(s, running, null, document)
            : RestoreSession(s, running, runningLog.Records, null, runningLog.DesignJson));
        _sessions[running.Id] = live;
        CheckForwards(running, live);
    }

    // The running block's log and the workshop's must tell the same story of who was forwarded to it: each CheckedIn/Departed that names the block
    // has a command workshop-{its version} in the block's log, and the block's log has no other. Logs saved at different moments disagree here.
    private void CheckForwards(WorkshopBlock running, IFacilitationSession session)
    {
        var sent = _engine.Events.Where(e => (e as CheckedIn)?.Block == running.Id || (e as Departed)?.Block == running.Id).Select(e => e.Version).ToHashSet();
        var received = session.GetEventRecords().Select(r => ForwardOf(r.Json)).OfType<long>().ToHashSet();
        if (!sent.SetEquals(received))
        {
            var missing = sent.Except(received).Order().Select(v => v.ToString(CultureInfo.InvariantCulture));
            var extra = received.Except(sent).Order().Select(v => v.ToString(CultureInfo.InvariantCulture));
            throw new SessionDocumentException(
                $"The workshop's log and the log of block '{Identifier.Shorten(running.Id)}' disagree on the arrivals and departures forwarded to it (missing in the block: [{string.Join(", ", missing)}]; "
                + $"not sent by the workshop: [{string.Join(", ", extra)}]): they were saved at different moments.");
        }
    }

    private static long? ForwardOf(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        return parsed.RootElement.TryGetProperty("commandId", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { } text
            && text.StartsWith("workshop-", StringComparison.Ordinal) && long.TryParse(text.AsSpan(9), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;
    }

    private IFacilitationSession RestoreSession(WorkshopState state, WorkshopBlock block, ImmutableArray<SessionEventRecord>? log, string? document, string? storedDesignJson = null)
    {
        IFacilitationSession? created;
        try
        {
            created = StartSession(state, block, state.StartedWith[block.Id]);
        }
        catch (CommandRejectedException e)
        {
            throw new SessionDocumentException($"The session of block '{Identifier.Shorten(block.Id)}' cannot be rebuilt: {e.Reason}", e);
        }

        string designJson;
        using (created)
        {
            designJson = created!.DesignJson;
        }

        if (storedDesignJson is not null && storedDesignJson != designJson)
        {
            throw new SessionDocumentException($"The stored session of block '{Identifier.Shorten(block.Id)}' is not the one the workshop started (another design, people or id).");
        }

        var options = SessionOptionsFor(block);
        IFacilitationSession restored = block.Kind switch
        {
            BlockKind.WorldCafe => document is null ? WorldCafeSession.Restore(designJson, log!, options) : WorldCafeSession.Restore(document, options),
            BlockKind.OpenSpace => document is null ? OpenSpaceSession.Restore(designJson, log!, options) : OpenSpaceSession.Restore(document, options),
            _ => document is null ? BrainstormSession.Restore(designJson, log!, options) : BrainstormSession.Restore(document, options),
        };
        if (restored.DesignJson != designJson)
        {
            restored.Dispose();
            throw new SessionDocumentException($"The session of block '{Identifier.Shorten(block.Id)}' is not the one the workshop started (another design, people or id).");
        }

        return restored;
    }

    private static BlockRecord RecordOf(WorkshopState state, WorkshopBlock block, IFacilitationSession session)
    {
        var record = session switch
        {
            WorldCafeSession cafe => BlockRecord.FromCafe(block.Id, cafe.ToHarvest()),
            OpenSpaceSession openSpace => BlockRecord.FromOpenSpace(block.Id, openSpace.BuildProceedings(), state.CarriedInto(block.Id)),
            BrainstormSession storm => BlockRecord.FromBrainstorm(block.Id, state.StartedWith[block.Id], storm.Ideas, storm.Result),
            _ => throw new InvalidOperationException("A block's session is a café, an Open Space or a brainstorm."),
        };

        // Café questions and Open Space issues name their category in the facilitator's or participant's word (人, "Land"): the record keeps
        // the workshop's key when the word names one of its resource categories, and the word as written otherwise.
        return state.Design.Resources is not { } resources ? record : new BlockRecord(
            record.Block,
            record.TookPart,
            [.. record.Contributions.Select(c => c.Category is { } word && resources.Find(word) is { } found && found.Key != word ? c.With(x => x.Category = found.Key) : c)]);
    }

    /// <summary>The running block's session as a saved document or a store keeps it.</summary>
    private sealed record RunningLog(string Block, string? Document, string? DesignJson, ImmutableArray<SessionEventRecord> Records);

    private SessionOptions SessionOptionsFor(WorkshopBlock block)
    {
        var id = $"{Id}.{block.Id}";
        return new SessionOptions
        {
            Id = Identifier.FindProblem(id, "session") is null ? id : block.Id,
            TimeProvider = _options?.TimeProvider,
            OnSubscriberError = _options?.OnSubscriberError,
            Culture = _options?.Culture, // a block's refusals speak the workshop's language
        };
    }

    // The co-facilitator who leads a method block may run its session: the block's design lists them as a co-facilitator.
    private static ImmutableArray<ParticipantId> WithBlockFacilitator(WorkshopState state, WorkshopBlock block, ImmutableArray<ParticipantId> coFacilitators)
    {
        var list = coFacilitators.IsDefault ? [] : coFacilitators;
        return state.Design.CoFacilitatorOf(block) is { } name && !list.Contains(name) ? list.Add(name) : list;
    }

    // Creates a method block's session; null for a plain block. A design the people present cannot run is refused as the workshop's command.
    private IFacilitationSession? StartSession(WorkshopState state, WorkshopBlock block, ImmutableArray<ParticipantId> participants)
    {
        var people = participants.Select(p => state.Roster[p]).ToImmutableArray();
        var options = SessionOptionsFor(block);
        try
        {
            switch (block)
            {
                case { Kind: BlockKind.WorldCafe, CafeDesign: { } cafe }:
                    return WorldCafeSession.Create(cafe with
                    {
                        Participants = people,
                        MetBefore = SocialMemory.With(cafe.MetBefore, MetBefore(state, block)),
                        CoFacilitators = WithBlockFacilitator(state, block, cafe.CoFacilitators),
                    }, options);
                case { Kind: BlockKind.OpenSpace, OpenSpaceDesign: { } openSpace }:
                    return OpenSpaceSession.Create(openSpace with { Participants = people, CoFacilitators = WithBlockFacilitator(state, block, openSpace.CoFacilitators) }, options);
                case { Kind: BlockKind.Brainstorm, BrainstormDesign: { } storm }:
                    var carried = state.CarriedInto(block.Id);
                    var prompt = carried.FirstOrDefault(c => c.Kind == CarryKind.BrainstormPrompt);
                    var categories = carried.Where(c => c.Kind == CarryKind.BrainstormCategory).Select(c => c.Text).ToImmutableArray();
                    return BrainstormSession.Create(storm with
                    {
                        Participants = people,
                        Prompt = prompt?.ToPrompt() ?? storm.Prompt,
                        Categories = categories.IsEmpty ? storm.Categories : categories,
                        MetBefore = SocialMemory.With(storm.MetBefore, MetBefore(state, block)),
                        CoFacilitators = WithBlockFacilitator(state, block, storm.CoFacilitators),
                    }, options);
                default:
                    return null;
            }
        }
        catch (Exception e) when (e is InvalidDesignException or ArgumentException)
        {
            var reason = e is InvalidDesignException invalid ? string.Join(" ", invalid.Errors) : e.Message;
            throw new CommandRejectedException(state.Phase.ToString(), nameof(C.StartBlock), RejectionKind.Conflict,
                $"Block '{Identifier.Shorten(block.Id)}' cannot start with the {people.Length.ToString(CultureInfo.InvariantCulture)} people present: {reason}", _rules.PermittedCommands(state));
        }
    }

    // Who met whom in the method blocks held before this one, among the people on this block's list (a late arrival too): the later
    // café or brainstorm plans its groups from it. Read from the earlier blocks' sessions, so a restore computes the same pairs.
    private ImmutableArray<Rotation.ParticipantPair> MetBefore(WorkshopState state, WorkshopBlock block)
    {
        var people = state.Design.ParticipantsOf(block).Select(p => p.Id).ToHashSet();
        var earlier = state.Programme.TakeWhile(b => b.Id != block.Id).Where(b => state.Status.GetValueOrDefault(b.Id) == BlockStatus.Closed && _sessions.ContainsKey(b.Id));
        return SocialMemory.PairsAmong(earlier.SelectMany(b => SocialMemory.GroupsOf(_sessions[b.Id])), people);
    }

    private TSession? SessionOf<TSession>(string block, BlockKind kind)
        where TSession : class, IFacilitationSession
    {
        if (Find(block).Kind != kind)
        {
            throw new ArgumentException($"'{Identifier.Shorten(block)}' is not a {kind} block of the programme.", nameof(block));
        }

        lock (_blocks)
        {
            return _sessions.GetValueOrDefault(block) as TSession;
        }
    }

    private WorkshopBlock Find(string block) =>
        Design.FindBlock(block ?? throw new ArgumentNullException(nameof(block))) ?? throw new ArgumentException($"'{Identifier.Shorten(block)}' is not a block of the programme.", nameof(block));

    // A retried command id or a stale expected version goes straight to the engine, which acknowledges or refuses it: nothing is forwarded.
    private bool IsRetryOrStale(CommandOptions? options)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return (options?.CommandId is { } id && _engine.Read(s => s.CommandIds.Contains(Identifier.Normalize(id))))
            || (options?.ExpectedVersion is { } expected && expected != _engine.Version);
    }

    // Checks a command against the rules without recording it, so nothing is forwarded to a block's session for a command the workshop refuses.
    private WorkshopEvent DryRun(Actor actor, WorkshopEvent proposed)
    {
        if (actor.Role == ActorRole.None)
        {
            throw _engine.Reject(_rules.CommandOf(proposed), RejectionKind.NotPermitted, _engine.Say("Refusal.NoActor"));
        }

        return _engine.Read(s => _rules.Decide(s, actor, proposed, _engine.Clock.GetUtcNow()));
    }

    // Check-in and departure: decided first, then sent to the running method block (if the person is on its list and the block's phase takes
    // the command) with the command id workshop-{version of the workshop's event}; the workshop's event records whether the block took it.
    // A departure the block refuses is refused (nobody absent stays seated); an arrival it refuses counts from the next block on.
    private void Forwarding<TEvent>(Actor actor, TEvent proposed, ParticipantId person, CommandOptions? options, Func<TEvent, string?, TEvent> reached,
        Func<IFacilitationSession, string?> commandFor, Action<IFacilitationSession, CommandOptions> send, bool mustReach)
        where TEvent : WorkshopEvent
    {
        lock (_blocks)
        {
            if (IsRetryOrStale(options))
            {
                _engine.Execute(actor, proposed, options);
                return;
            }

            // Refused for its id, the command must reach no block either.
            _engine.CheckCommandId(_rules.CommandOf(proposed), options?.CommandId);
            DryRun(actor, proposed);
            string? block = null;
            if (_engine.Read(s => s.RunningBlock) is { } running && running.RunsMethod && WorkshopRules.OnList(running, person)
                && _sessions.TryGetValue(running.Id, out var session) && commandFor(session) is { } command && session.WhyRefused(command) is null)
            {
                try
                {
                    send(session, CommandOptions.WithId(string.Create(CultureInfo.InvariantCulture, $"workshop-{_engine.Version + 1}")));
                    block = running.Id;
                }
                catch (CommandRejectedException) when (!mustReach)
                {
                    // The block's session cannot take the person now (no free seat): they count from the next block on.
                }
                catch (CommandRejectedException e)
                {
                    throw _engine.Reject(_rules.CommandOf(proposed), e.Kind, _engine.Say("Refusal.Workshop.CannotLetGo", Identifier.Shorten(running.Id), e.Reason));
                }
            }

            _engine.Execute(actor, reached(proposed, block), options);
        }
    }

    /// <summary>Sends a block's method session the one command of its method (check-ins and departures reach a café, an Open Space or a brainstorm).</summary>
    private static void Send(IFacilitationSession session, Action<WorldCafeSession> cafe, Action<OpenSpaceSession> openSpace, Action<BrainstormSession> brainstorm)
    {
        switch (session)
        {
            case WorldCafeSession c:
                cafe(c);
                break;
            case OpenSpaceSession o:
                openSpace(o);
                break;
            default:
                brainstorm((BrainstormSession)session);
                break;
        }
    }
}
