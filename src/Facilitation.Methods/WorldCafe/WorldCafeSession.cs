using System.Collections.Immutable;
using Facilitation.Methods.Harvesting;
using Facilitation.Methods.Rotation;
using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.WorldCafe;

/// <summary>
/// One World Café, run from a host app: a phase machine (design → check-in → welcome → rounds of seating, host briefing,
/// conversation and round close, optional plenaries → town-hall harvest → closed), seating planned by the rotation planner,
/// timed rounds, the tablecloth notes and the harvest.
/// </summary>
/// <remarks>
/// <para>Runs on the one session engine (see <c>docs/sessions.md</c>): every command is applied atomically and recorded as exactly one event;
/// events reach subscribers afterwards, in version order. Thread-safe.</para>
/// <para>Every command names its <see cref="Actor"/> first and may carry <see cref="CommandOptions"/> last (an idempotency id, scoped to the
/// actor, and an expected version). A refused command throws <see cref="CommandRejectedException"/> and leaves the session exactly as it was.</para>
/// <para>The rotation planner never runs inside the session's gate: a command that re-plans the seating plans from a copy of the café, then
/// records the plan only if the people, hosts and held rounds are still those it planned from (otherwise it plans again, a few times).</para>
/// <para>Dispose the session to stop its round timer.</para>
/// </remarks>
public sealed partial class WorldCafeSession : IFacilitationSession<WorldCafeEvent>
{
    private readonly WorldCafeRules _rules;
    private readonly WorldCafePlanning _planning;
    private readonly SessionEngine<WorldCafeState, WorldCafeEvent> _engine;

    private WorldCafeSession(WorldCafeRules rules, IReadOnlyList<string> warnings, IRotationPlanner? planner, SessionEngine<WorldCafeState, WorldCafeEvent> engine)
    {
        _rules = rules;
        _engine = engine;
        _planning = new WorldCafePlanning(rules, planner ?? new RotationPlanner());
        DesignWarnings = [.. warnings];
    }

    /// <summary>Gets the design the café runs (a validated copy).</summary>
    public WorldCafeDesign Design => _rules.Design;

    /// <summary>Gets the design's warnings: what facilitators advise against, though the café can run.</summary>
    public ImmutableArray<string> DesignWarnings { get; }

    /// <inheritdoc />
    public string Id => _engine.Id;

    /// <inheritdoc />
    public string DesignJson => _engine.DesignJson;

    /// <summary>Gets the session's event log, oldest first (after a restore, the replayed log too).</summary>
    public ImmutableArray<WorldCafeEvent> Events => _engine.Events;

    /// <summary>Gets the current phase.</summary>
    public WorldCafePhase Phase => _engine.Read(s => s.Phase);

    /// <inheritdoc />
    string IFacilitationSession.Phase => _engine.Phase;

    /// <inheritdoc />
    public long Version => _engine.Version;

    /// <summary>Gets the current round, or null before round 1.</summary>
    public Round? CurrentRound => _engine.Read(s => s.Round == 0 ? (Round?)null : new Round(s.Round));

    /// <summary>Gets the names of the commands the session accepts now (the names of its command methods, such as <c>nameof(StartRound)</c>); <see cref="WhyRefused"/> tells why any other is refused.</summary>
    public ImmutableArray<string> PermittedCommands => _engine.PermittedCommands;


    /// <summary>Gets the seating of every round: held rounds as they were, later rounds as planned. Empty before the welcome.</summary>
    public ImmutableArray<Seating> Seatings => _engine.Read(s => s.Seatings.ToImmutableArray());

    /// <summary>Gets who sat together: each table of each round held (a workshop's memory of who met whom).</summary>
    internal ImmutableArray<ImmutableArray<ParticipantId>> GroupsMet => _engine.Read(s => s.Seatings.Take(s.Held).SelectMany(r => r.Groups.Select(r.MembersOf)).ToImmutableArray());

    /// <summary>Gets the current round's seating, or null before round 1.</summary>
    public Seating? CurrentSeating => _engine.Read(s => s.Round == 0 || s.Seatings.Count == 0 ? null : s.Seatings[s.Round - 1]);

    /// <summary>Gets everyone who has been on the roster (including those who left), in arrival order.</summary>
    public ImmutableArray<Participant> Participants => _engine.Read(s => s.Roster.ToImmutableArray());

    /// <summary>Gets who is here now, in arrival order.</summary>
    public ImmutableArray<ParticipantId> Present => _engine.Read(s => s.Roster.Where(p => s.Present.Contains(p.Id)).Select(p => p.Id).ToImmutableArray());

    /// <summary>Gets every contribution (notes, briefings, harvest items) in the order recorded.</summary>
    public ImmutableArray<Contribution> Contributions => _engine.Read(s => s.Contributions.ToImmutableArray());

    /// <summary>Gets the running round's timebox (paused or running), or null outside a conversation.</summary>
    public Timebox? RoundTime => _engine.Read(s => s.RoundTime);

    /// <summary>Gets the time left in the running round, or null outside a conversation.</summary>
    internal TimeSpan? RemainingTime => _engine.Read(s => s.RoundTime?.Remaining(_engine.Clock));

    /// <summary>Gets the fairness report of the latest plan, or null before the welcome.</summary>
    public FairnessReport? Fairness => _engine.Read(s => s.Report);

    /// <summary>Lists every problem with a design without creating a session, in the current UI culture; warnings are prefixed "Warning:" (in Chinese "警告：").</summary>
    /// <param name="design">The design.</param>
    /// <returns>One sentence per problem; empty when the design can run without remarks.</returns>
    public static IReadOnlyList<string> Check(WorldCafeDesign design) => DesignChecks.List(new WorldCafeDesignValidator(), design);

    /// <summary>Creates a café from a design, in the <see cref="WorldCafePhase.Design"/> phase.</summary>
    /// <param name="design">The design; it is validated and copied.</param>
    /// <param name="options">The session id, clock and subscriber error handler; defaults when null. The rotation planner's search budget is its effort (seeded, reproducible) capped by the design's <see cref="WorldCafeDesign.PlannerTimeLimit"/> of real computing time.</param>
    /// <returns>The café.</returns>
    /// <exception cref="InvalidDesignException">The design cannot run; every problem is listed.</exception>
    public static WorldCafeSession Create(WorldCafeDesign design, SessionOptions? options = null) => Create(design, options, planner: null);

    /// <summary>Restores a café saved with <see cref="Save"/> by replaying its events through the same rules; a version-1 document (the snapshot of earlier releases) is upgraded first.</summary>
    /// <param name="document">The saved document.</param>
    /// <param name="options">The clock and subscriber error handler (the id is the saved one).</param>
    /// <returns>The restored café; a running round's timer is re-armed from the saved timebox.</returns>
    /// <exception cref="SessionDocumentException">The document is not a café document, too long, of an unknown format version, or breaks a rule; no session is built.</exception>
    public static WorldCafeSession Restore(string document, SessionOptions? options) => Restore(document, options, planner: null);

    /// <summary>Restores a café from the pieces a store keeps: the design JSON (<see cref="DesignJson"/>) and the event records (<see cref="GetEventRecords"/>).</summary>
    /// <param name="designJson">The design JSON.</param>
    /// <param name="records">The event records, in version order.</param>
    /// <param name="options">The clock and subscriber error handler (the id is the saved one).</param>
    /// <returns>The restored café.</returns>
    /// <exception cref="SessionDocumentException">The pieces do not make a café that follows its rules; no session is built.</exception>
    public static WorldCafeSession Restore(string designJson, IEnumerable<SessionEventRecord> records, SessionOptions? options) =>
        Restore(designJson, records, options, planner: null);

    internal static WorldCafeSession Restore(string designJson, IEnumerable<SessionEventRecord> records, SessionOptions? options, IRotationPlanner? planner) =>
        Restore(SessionDocument.ReadHeader(designJson, WorldCafeJson.Method), records, options, planner);

    /// <summary>Gets the question a table works on in a round.</summary>
    /// <param name="table">The table.</param>
    /// <param name="round">The round.</param>
    /// <returns>The question.</returns>
    /// <exception cref="ArgumentException">The table is not one of the café's tables, or the round is beyond the design.</exception>
    public Prompt QuestionFor(GroupId table, Round round)
    {
        var index = _rules.TableIndex(table);
        if (index < 0)
        {
            throw new ArgumentException($"'{table}' is not one of the café's tables.", nameof(table));
        }

        if (round.Number > Design.Rounds)
        {
            throw new ArgumentException($"The café has only {Design.Rounds} rounds.", nameof(round));
        }

        return _rules.QuestionAt(index, round.Number);
    }

    /// <summary>Gets the host of a table in a round: the one who stays and briefs newcomers; null when the table has none.</summary>
    /// <param name="table">The table.</param>
    /// <param name="round">The round.</param>
    /// <returns>The host, or null.</returns>
    public ParticipantId? HostOf(GroupId table, Round round) => _engine.Read(s => _rules.HostAt(s, table, round.Number));

    /// <summary>Gets a person's route: their table in each round (null where they are absent). Print it on their badge.</summary>
    /// <param name="participant">The person.</param>
    /// <returns>One entry per round; empty before the welcome.</returns>
    public ImmutableArray<GroupId?> RouteOf(ParticipantId participant) => _engine.Read(s => s.Seatings.Select(x => x.GroupOf(participant)).ToImmutableArray());

    /// <summary>Gets the notes written at a table in a round (what its host briefs newcomers from).</summary>
    /// <param name="table">The table.</param>
    /// <param name="round">The round.</param>
    /// <returns>The notes, in the order written.</returns>
    public ImmutableArray<Contribution> NotesFor(GroupId table, Round round) =>
        _engine.Read(s => s.Contributions.Where(c => c.Kind == ContributionKind.Note && c.Group == table && c.Round == round).ToImmutableArray());

    /// <summary>Collects the harvest: contributions ordered by question × table × round, then the town-hall items, with the seating for route cards and rosters.</summary>
    /// <returns>The harvest.</returns>
    public Harvest ToHarvest() => _engine.Read(s => Harvest.Collect(Design.Title, s.Contributions, _rules.HarvestQuestions, Design.Tables, s.Roster, s.Seatings));

    /// <inheritdoc />
    public string? WhyRefused(string command) => _engine.WhyRefused(command);

    /// <inheritdoc />
    IDisposable IFacilitationSession.OnEvent(Action<SessionEvent> handler) => _engine.OnEvent(handler);

    /// <inheritdoc />
    IDisposable IObservable<WorldCafeEvent>.Subscribe(IObserver<WorldCafeEvent> observer) => _engine.Subscribe(observer);

    /// <inheritdoc />
    public ImmutableArray<SessionEventRecord> GetEventRecords(long afterVersion = 0) => _engine.GetEventRecords(afterVersion);

    /// <summary>Saves the café, at any moment, as one JSON document: its design and its event log (format version 2).</summary>
    /// <returns>The document.</returns>
    public string Save() => _engine.Save();

    /// <summary>Draws the café's phase machine as a Mermaid state diagram (the one in docs/world-cafe.md).</summary>
    /// <returns>The diagram text.</returns>
    public string ToMermaid() => _engine.Read(_ => _rules.ToMermaid());

    /// <summary>Stops the round timer. The session can still be read and saved.</summary>
    public void Dispose() => _engine.Dispose();

    /// <summary>Creates a café on a given rotation planner (the host's DI container supplies one).</summary>
    internal static WorldCafeSession Create(WorldCafeDesign design, SessionOptions? options, IRotationPlanner? planner)
    {
        ArgumentNullException.ThrowIfNull(design);
        using var language = TextCatalog.Use(options?.Culture);
        var warnings = WorldCafeDesignValidator.EnsureValid(design);
        design = WorldCafeJson.WithLists(design);
        var rules = new WorldCafeRules(design);
        var id = SessionEngine<WorldCafeState, WorldCafeEvent>.NewId(options);
        return new WorldCafeSession(rules, warnings, planner, SessionEngine<WorldCafeState, WorldCafeEvent>.Create(rules, id, Header(id, design), NewState(design), options));
    }

    /// <summary>Restores a café on a given rotation planner.</summary>
    internal static WorldCafeSession Restore(string document, SessionOptions? options, IRotationPlanner? planner)
    {
        var (header, records) = SessionDocument.Read(document, WorldCafeJson.Method, v1 => WorldCafeUpgrade.ToCurrent(v1, options));
        return Restore(header, records, options, planner);
    }

    internal static string Header(string id, WorldCafeDesign design) =>
        SessionDocument.WriteHeader(WorldCafeJson.Method, id, design, WorldCafeJsonContext.Default.DesignDocument);

    private static WorldCafeSession Restore(SessionHeader header, IEnumerable<SessionEventRecord> records, SessionOptions? options, IRotationPlanner? planner)
    {
        using var ids = IdPool.Open();
        var (design, warnings) = ReadDesign(header.ReadDesign(WorldCafeJsonContext.Default.DesignDocument));
        var rules = new WorldCafeRules(design);
        return new WorldCafeSession(rules, warnings, planner, SessionEngine<WorldCafeState, WorldCafeEvent>.Restore(rules, header.Id, Header(header.Id, design), NewState(design), records, options));
    }

    /// <summary>Reads a saved design and checks it; a design that cannot run is refused with <see cref="SessionDocumentException"/>.</summary>
    internal static (WorldCafeDesign Design, IReadOnlyList<string> Warnings) ReadDesign(WorldCafeDesign saved)
    {
        var design = WorldCafeJson.WithLists(saved);
        try
        {
            return (design, WorldCafeDesignValidator.EnsureValid(design));
        }
        catch (InvalidDesignException e)
        {
            throw new SessionDocumentException($"The saved World Café's design cannot run: {string.Join(" ", e.Errors)}", e);
        }
    }

    internal static WorldCafeState NewState(WorldCafeDesign design)
    {
        var state = new WorldCafeState();
        state.Roster.AddRange(design.Participants);
        state.Present.UnionWith(design.Participants.Select(p => p.Id));
        if (design.HostSelection == HostSelection.PreAssigned)
        {
            foreach (var t in design.Tables.Where(t => t.Host is not null))
            {
                state.Hosts[t.Id] = t.Host!.Value;
            }
        }

        return state;
    }
}
