using System.Collections.Immutable;
using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.OpenSpace;

/// <summary>
/// One Open Space event as an embeddable session: the phase machine, the agenda wall, attendance, reports, convergence,
/// action planning and the closing circle. Every command names its actor, is applied atomically as exactly one typed
/// <see cref="OpenSpaceEvent"/>, or refused with the session unchanged. The contract every method shares is in <c>docs/sessions.md</c>.
/// </summary>
/// <remarks>Thread-safe: commands are serialised behind one gate; subscribers run after it is released, in version order.</remarks>
public sealed partial class OpenSpaceSession : IFacilitationSession<OpenSpaceEvent>
{
    private static readonly OpenSpaceDesignValidator Validator = new();

    private readonly SessionEngine<OpenSpaceState, OpenSpaceEvent> _engine;
    private readonly OpenSpaceRules _rules;

    private OpenSpaceSession(OpenSpaceRules rules, SessionEngine<OpenSpaceState, OpenSpaceEvent> engine, OpenSpaceDesign design)
    {
        _rules = rules;
        _engine = engine;
        Design = design;
    }

    /// <summary>Gets the design the session was created from (a copy; the session's wall may have grown since, see <see cref="Spaces"/> and <see cref="Slots"/>).</summary>
    public OpenSpaceDesign Design { get; }

    /// <inheritdoc />
    public string Id => _engine.Id;

    /// <summary>Gets the current phase.</summary>
    public OpenSpacePhase Phase => Read(s => s.Phase);

    /// <summary>Gets the names of the commands the session accepts now (the names of its command methods, such as <c>nameof(StartRound)</c>); <see cref="WhyRefused"/> tells why any other is refused.</summary>
    public ImmutableArray<string> PermittedCommands => _engine.PermittedCommands;

    /// <inheritdoc />
    public long Version => _engine.Version;

    /// <inheritdoc />
    public string DesignJson => _engine.DesignJson;

    /// <summary>Gets the slot running now (1-based), or null outside <see cref="OpenSpacePhase.SessionsRunning"/>.</summary>
    public int? CurrentSlot => Read(s => s.Phase == OpenSpacePhase.SessionsRunning ? s.StartedSlots : (int?)null);

    /// <summary>Gets how many slots have started; sessions in those slots are frozen.</summary>
    public int StartedSlots => Read(s => s.StartedSlots);

    /// <summary>Gets the spaces of the wall, including those added on the day.</summary>
    public ImmutableArray<OpenSpaceSpace> Spaces => Read(s => s.Spaces.ToImmutableArray());

    /// <summary>Gets the slots of the wall, including those added on the day.</summary>
    public ImmutableArray<OpenSpaceSlot> Slots => Read(s => s.Slots.ToImmutableArray());

    /// <summary>Gets everyone registered, in registration order.</summary>
    public ImmutableArray<Participant> Participants => Read(s => s.ParticipantOrder.Select(id => s.Participants[id]).ToImmutableArray());

    /// <summary>Gets who left the event for good (<see cref="Depart"/>), in the order they left; they stay in <see cref="Participants"/>.</summary>
    public ImmutableArray<ParticipantId> Departed => Read(s => s.Departed.ToImmutableArray());

    /// <summary>Gets every issue ever posted, in posting order, merged ones included.</summary>
    public ImmutableArray<Issue> Issues => Read(s => s.IssueOrder.Select(id => s.Issues[id].ToIssue()).ToImmutableArray());

    /// <summary>Gets the reports received by the news room, latest revision per issue, in issue order.</summary>
    public ImmutableArray<SessionReport> Reports => Read(s => s.IssueOrder.Where(s.Reports.ContainsKey).Select(id => s.Reports[id].Report).ToImmutableArray());

    /// <summary>Gets the news shared so far.</summary>
    public ImmutableArray<NewsItem> News => Read(s => s.News.ToImmutableArray());

    /// <summary>Gets the clusters formed in convergence.</summary>
    public ImmutableArray<IssueCluster> Clusters => Read(s => s.Clusters.Select(c => c.ToCluster()).ToImmutableArray());

    /// <summary>Gets the action items recorded.</summary>
    public ImmutableArray<ActionItem> Actions => Read(s => s.Actions.ToImmutableArray());

    /// <summary>Gets every join and leave recorded (law of two feet), in order.</summary>
    public ImmutableArray<AttendanceMove> Attendance => Read(s => s.Moves.ToImmutableArray());

    /// <summary>Gets who sat together: everyone who joined a session in its slot, or is named in its report (a workshop's memory of who met whom).</summary>
    internal ImmutableArray<ImmutableArray<ParticipantId>> GroupsMet => Read(s =>
        s.Moves.Where(m => m.Joined).GroupBy(m => (m.Slot, m.Issue)).Select(g => g.Select(m => m.Participant).Distinct().ToImmutableArray())
            .Concat(s.IssueOrder.Where(s.Reports.ContainsKey).Select(id => s.Reports[id].Report.Participants).Where(p => !p.IsDefault))
            .ToImmutableArray());

    /// <summary>Gets who has spoken in the closing circle, in order.</summary>
    public ImmutableArray<ParticipantId> ClosingCircleSpeakers => Read(s => s.ClosingWords.Select(w => w.Participant).ToImmutableArray());

    /// <summary>Gets the live head count of each session of the running slot (empty outside a slot).</summary>
    public ImmutableDictionary<ContributionId, int> LiveCounts => Read(s =>
        s.Presence.Values.GroupBy(i => i).ToImmutableDictionary(g => g.Key, g => g.Count()));

    /// <summary>Gets the event log, oldest first.</summary>
    public ImmutableArray<OpenSpaceEvent> Events => _engine.Events;

    /// <inheritdoc />
    string IFacilitationSession.Phase => Phase.ToString();


    /// <summary>Lists every problem with a design without creating a session, in the current UI culture; warnings are prefixed "Warning:" (in Chinese "警告：").</summary>
    /// <param name="design">The design.</param>
    /// <returns>One sentence per problem; empty when the design can run without remarks.</returns>
    public static IReadOnlyList<string> Check(OpenSpaceDesign design) => DesignChecks.List(Validator, design);

    /// <summary>Creates a session from a design.</summary>
    /// <param name="design">The design; it is validated and copied.</param>
    /// <param name="options">The session's id, clock and subscriber-error handler; all defaults when null.</param>
    /// <returns>The session, in <see cref="OpenSpacePhase.Design"/> with an empty agenda.</returns>
    /// <exception cref="InvalidDesignException">The design cannot run; every problem is listed.</exception>
    /// <exception cref="ArgumentException">The session id in <paramref name="options"/> is not a valid id.</exception>
    public static OpenSpaceSession Create(OpenSpaceDesign design, SessionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        using var language = TextCatalog.Use(options?.Culture);
        _ = DesignChecks.EnsureValid(Validator, design, "Open Space design");

        design = WithParticipantList(design);
        var rules = new OpenSpaceRules();
        var id = SessionEngine<OpenSpaceState, OpenSpaceEvent>.NewId(options);
        var engine = SessionEngine<OpenSpaceState, OpenSpaceEvent>.Create(rules, id, Header(id, design), new OpenSpaceState(design), options);
        return new OpenSpaceSession(rules, engine, design);
    }

    /// <summary>Draws the phase machine as a Mermaid state diagram.</summary>
    /// <returns>The Mermaid text (LF line endings).</returns>
    public string ToMermaid() => _rules.ToMermaid();

    /// <summary>Subscribes to every event raised from now on, delivered in version order after the session's gate is released.</summary>
    /// <param name="observer">The observer; an exception it throws never affects the session.</param>
    /// <returns>A subscription; dispose it to stop.</returns>
    IDisposable IObservable<OpenSpaceEvent>.Subscribe(IObserver<OpenSpaceEvent> observer) => _engine.Subscribe(observer);

    /// <inheritdoc />
    IDisposable IFacilitationSession.OnEvent(Action<SessionEvent> handler) => _engine.OnEvent(handler);

    /// <inheritdoc />
    public string? WhyRefused(string command) => _engine.WhyRefused(command);

    /// <inheritdoc />
    public ImmutableArray<SessionEventRecord> GetEventRecords(long afterVersion = 0) => _engine.GetEventRecords(afterVersion);

    /// <inheritdoc />
    public string Save() => _engine.Save();

    /// <summary>Stops the session: later commands throw <see cref="ObjectDisposedException"/>; reads and <see cref="Save"/> still work.</summary>
    public void Dispose() => _engine.Dispose();

    /// <summary>Gets the people present in a running session now.</summary>
    /// <param name="issue">The session.</param>
    /// <returns>Who is there, in id order.</returns>
    public ImmutableArray<ParticipantId> PresentIn(ContributionId issue) =>
        Read(s => s.Presence.Where(kv => kv.Value == issue).Select(kv => kv.Key).Order().ToImmutableArray());

    /// <summary>Gets the running slot's timebox (from when the slot actually started, with every pause and change), or null when no slot runs.</summary>
    public Timebox? SlotTime => Read(s => s.SlotTime);

    /// <summary>Gets the time left in the running slot's timebox, read from the clock (a paused slot's stands still; zero when it has run over or no slot runs).</summary>
    /// <returns>The time left.</returns>
    internal TimeSpan RemainingInSlot() => Read(s => s.SlotTime?.RemainingAt(_engine.Clock.GetUtcNow()) ?? TimeSpan.Zero);

    internal static string Header(string id, OpenSpaceDesign design) =>
        SessionDocument.WriteHeader("openSpace", id, design, OpenSpaceJsonContext.Default.OpenSpaceDesign);

    private T Read<T>(Func<OpenSpaceState, T> read) => _engine.Read(read);
}
