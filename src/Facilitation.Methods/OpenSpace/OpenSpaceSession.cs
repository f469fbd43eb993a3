using System.Collections.Immutable;
using Stateless;

namespace Facilitation.Methods.OpenSpace;

/// <summary>
/// One Open Space event as an embeddable session: the phase machine, the agenda wall, attendance, reports, convergence,
/// action planning and the closing circle. Every command names its actor, is applied atomically or refused with the session
/// unchanged, and raises exactly one typed <see cref="OpenSpaceEvent"/>.
/// </summary>
/// <remarks>
/// Thread-safe: commands are serialised behind one gate; subscribers run after it is released, in version order.
/// Every command takes an optional client-chosen <c>commandId</c>: a retry with the same id is acknowledged without being applied twice.
/// </remarks>
public sealed partial class OpenSpaceSession : IObservable<OpenSpaceEvent>
{
    private static readonly OpenSpaceDesignValidator Validator = new();

    private readonly SessionKernel<OpenSpaceEvent> _kernel;
    private readonly StateMachine<OpenSpacePhase, OpenSpaceCommand> _machine;
    private readonly OpenSpaceDesign _design;
    private readonly List<OpenSpaceSpace> _spaces;
    private readonly List<OpenSpaceSlot> _slots;
    private readonly Dictionary<ParticipantId, Participant> _participants = [];
    private readonly List<ParticipantId> _participantOrder = [];
    private readonly Dictionary<ContributionId, IssueState> _issues = [];
    private readonly List<ContributionId> _issueOrder = [];
    private readonly Dictionary<AgendaCell, ContributionId> _wall = [];
    private readonly Dictionary<ContributionId, ReportEntry> _reports = [];
    private readonly List<NewsItem> _news = [];
    private readonly Dictionary<ParticipantId, int> _dotsUsed = [];
    private readonly List<ClusterState> _clusters = [];
    private readonly List<ActionItem> _actions = [];
    private readonly List<(ParticipantId Participant, string? Words)> _closingWords = [];
    private readonly Dictionary<ParticipantId, ContributionId> _presence = [];
    private readonly List<AttendanceMove> _moves = [];
    private Dictionary<ContributionId, AgendaCell> _published = [];
    private OpenSpacePhase _phase = OpenSpacePhase.Design;
    private int _startedSlots;
    private DateTimeOffset _slotStartedAt;

    private OpenSpaceSession(OpenSpaceDesign design, TimeProvider clock, Action<Exception>? onSubscriberError)
    {
        // A design whose participant list was never set (a missing field in a saved document) has nobody registered yet.
        design = design.Participants.IsDefault ? design with { Participants = [] } : design;
        _design = design;
        _spaces = [.. design.Spaces];
        _slots = [.. design.Slots];
        foreach (var p in design.Participants)
        {
            _participants.Add(p.Id, p);
            _participantOrder.Add(p.Id);
        }

        _kernel = new SessionKernel<OpenSpaceEvent>(clock, onSubscriberError);
        _machine = BuildMachine();
    }

    /// <summary>Gets the design the session was created from (a copy; the session's wall may have grown since, see <see cref="Spaces"/> and <see cref="Slots"/>).</summary>
    public OpenSpaceDesign Design => _design;

    /// <summary>Gets the current phase.</summary>
    public OpenSpacePhase Phase => Read(() => _phase);

    /// <summary>Gets the commands the session accepts now, from its phase machine.</summary>
    public IReadOnlyList<OpenSpaceCommand> PermittedCommands => Read(() => PhaseMachine.Permitted(_machine));

    /// <summary>Gets the version: the number of accepted commands.</summary>
    public long Version => _kernel.Version;

    /// <summary>Gets the slot running now (1-based), or null outside <see cref="OpenSpacePhase.SessionsRunning"/>.</summary>
    public int? CurrentSlot => Read(() => _phase == OpenSpacePhase.SessionsRunning ? _startedSlots : (int?)null);

    /// <summary>Gets how many slots have started; sessions in those slots are frozen.</summary>
    public int StartedSlots => Read(() => _startedSlots);

    /// <summary>Gets the spaces of the wall, including those added on the day.</summary>
    public ImmutableArray<OpenSpaceSpace> Spaces => Read(() => _spaces.ToImmutableArray());

    /// <summary>Gets the slots of the wall, including those added on the day.</summary>
    public ImmutableArray<OpenSpaceSlot> Slots => Read(() => _slots.ToImmutableArray());

    /// <summary>Gets everyone registered, in registration order.</summary>
    public ImmutableArray<Participant> Participants => Read(() => _participantOrder.Select(id => _participants[id]).ToImmutableArray());

    /// <summary>Gets every issue ever posted, in posting order, merged ones included.</summary>
    public ImmutableArray<Issue> Issues => Read(() => _issueOrder.Select(id => _issues[id].ToIssue()).ToImmutableArray());

    /// <summary>Gets the reports received by the news room, latest revision per issue, in issue order.</summary>
    public ImmutableArray<SessionReport> Reports => Read(() => _issueOrder.Where(_reports.ContainsKey).Select(id => _reports[id].Report).ToImmutableArray());

    /// <summary>Gets the news shared so far.</summary>
    public ImmutableArray<NewsItem> News => Read(() => _news.ToImmutableArray());

    /// <summary>Gets the clusters formed in convergence.</summary>
    public ImmutableArray<IssueCluster> Clusters => Read(() => _clusters.Select(c => c.ToCluster()).ToImmutableArray());

    /// <summary>Gets the action items recorded.</summary>
    public ImmutableArray<ActionItem> Actions => Read(() => _actions.ToImmutableArray());

    /// <summary>Gets every join and leave recorded (law of two feet), in order.</summary>
    public ImmutableArray<AttendanceMove> Attendance => Read(() => _moves.ToImmutableArray());

    /// <summary>Gets who has spoken in the closing circle, in order.</summary>
    public ImmutableArray<ParticipantId> ClosingCircleSpeakers => Read(() => _closingWords.Select(w => w.Participant).ToImmutableArray());

    /// <summary>Gets the live head count of each session of the running slot (empty outside a slot).</summary>
    public ImmutableDictionary<ContributionId, int> LiveCounts => Read(() =>
        _presence.Values.GroupBy(i => i).ToImmutableDictionary(g => g.Key, g => g.Count()));

    /// <summary>Gets the event log, oldest first.</summary>
    public ImmutableArray<OpenSpaceEvent> Events => _kernel.Events;

    /// <summary>Creates a session from a design.</summary>
    /// <param name="design">The design; it is validated and copied.</param>
    /// <param name="clock">The clock every reading goes through; the system clock when null.</param>
    /// <param name="onSubscriberError">Called when a subscriber throws (the session is unaffected); ignored when null.</param>
    /// <returns>The session, in <see cref="OpenSpacePhase.Design"/> with an empty agenda.</returns>
    /// <exception cref="InvalidDesignException">The design cannot run; every problem is listed.</exception>
    public static OpenSpaceSession Create(OpenSpaceDesign design, TimeProvider? clock = null, Action<Exception>? onSubscriberError = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        var result = Validator.Validate(design);
        if (!result.IsValid)
        {
            throw new InvalidDesignException("Open Space design", result.Errors.Select(e => e.ErrorMessage));
        }

        return new OpenSpaceSession(design with { }, clock ?? TimeProvider.System, onSubscriberError);
    }

    /// <summary>Draws the phase machine as a Mermaid state diagram, with guard descriptions.</summary>
    /// <returns>The Mermaid text (LF line endings).</returns>
    public static string ToMermaid()
    {
        var design = new OpenSpaceDesign
        {
            Theme = "Diagram",
            Spaces = [new OpenSpaceSpace("s", "s", 1)],
            Slots = [new OpenSpaceSlot(DateTimeOffset.UnixEpoch, TimeSpan.FromHours(1))],
        };
        return PhaseMachine.ToMermaid(new OpenSpaceSession(design, TimeProvider.System, null)._machine);
    }

    /// <summary>Subscribes to every event raised from now on, delivered in version order after the session's lock is released.</summary>
    /// <param name="observer">The observer; an exception it throws never affects the session.</param>
    /// <returns>A subscription; dispose it to stop.</returns>
    public IDisposable Subscribe(IObserver<OpenSpaceEvent> observer) => _kernel.Subscribe(observer);

    /// <summary>Gets the people present in a running session now.</summary>
    /// <param name="issue">The session.</param>
    /// <returns>Who is there, in id order.</returns>
    public ImmutableArray<ParticipantId> PresentIn(ContributionId issue) =>
        Read(() => _presence.Where(kv => kv.Value == issue).Select(kv => kv.Key).Order().ToImmutableArray());

    /// <summary>Gets the time left in the running slot: its length from when it actually started, read from the clock (zero when it has run over or no slot runs).</summary>
    /// <returns>The time left.</returns>
    public TimeSpan RemainingInSlot() => Read(() =>
    {
        if (_phase != OpenSpacePhase.SessionsRunning)
        {
            return TimeSpan.Zero;
        }

        var left = _slotStartedAt + _slots[_startedSlots - 1].Length - _kernel.Clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    });

    private T Read<T>(Func<T> read)
    {
        lock (_kernel.Gate)
        {
            return read();
        }
    }

    private bool HasNextSlot() => _startedSlots < _slots.Count;

    private bool NextSlotIsSameDay() => HasNextSlot() && _slots[_startedSlots].Day == _slots[_startedSlots - 1].Day;

    private bool NextSlotIsLaterDay() => HasNextSlot() && _slots[_startedSlots].Day != _slots[_startedSlots - 1].Day;

    private bool AllSlotsStarted() => _startedSlots == _slots.Count;

    private StateMachine<OpenSpacePhase, OpenSpaceCommand> BuildMachine()
    {
        var m = new StateMachine<OpenSpacePhase, OpenSpaceCommand>(() => _phase, p => _phase = p);
        const string nextSlot = "a slot remains";
        const string sameDay = "the next slot is today";
        const string laterDay = "the next slot is on a later day";
        const string allStarted = "every slot has started";
        OpenSpaceCommand[] wall =
        [
            OpenSpaceCommand.RegisterParticipant, OpenSpaceCommand.PostIssue, OpenSpaceCommand.ExpressInterest, OpenSpaceCommand.MergeIssues,
            OpenSpaceCommand.MoveIssue, OpenSpaceCommand.AddSpace, OpenSpaceCommand.AddSlot, OpenSpaceCommand.AdoptAgenda, OpenSpaceCommand.AppointScribe,
        ];

        Stay(m.Configure(OpenSpacePhase.Design)
            .Permit(OpenSpaceCommand.OpenCircle, OpenSpacePhase.OpeningCircle),
            OpenSpaceCommand.RegisterParticipant, OpenSpaceCommand.AddSpace, OpenSpaceCommand.AddSlot);

        Stay(m.Configure(OpenSpacePhase.OpeningCircle)
            .Permit(OpenSpaceCommand.BeginAgendaSetting, OpenSpacePhase.AgendaSetting),
            OpenSpaceCommand.RegisterParticipant);

        Stay(m.Configure(OpenSpacePhase.AgendaSetting)
            .Permit(OpenSpaceCommand.OpenMarketplace, OpenSpacePhase.Marketplace),
            OpenSpaceCommand.RegisterParticipant, OpenSpaceCommand.PostIssue, OpenSpaceCommand.AddSpace, OpenSpaceCommand.AddSlot);

        Stay(m.Configure(OpenSpacePhase.Marketplace)
            .PermitIf(OpenSpaceCommand.StartNextSlot, OpenSpacePhase.SessionsRunning, HasNextSlot, nextSlot),
            wall);

        Stay(m.Configure(OpenSpacePhase.SessionsRunning)
            .InternalTransitionIf(OpenSpaceCommand.StartNextSlot, _ => NextSlotIsSameDay(), _ => { }, sameDay)
            .PermitIf(OpenSpaceCommand.BeginEveningNews, OpenSpacePhase.EveningNews, NextSlotIsLaterDay, laterDay)
            .PermitIf(OpenSpaceCommand.BeginConvergence, OpenSpacePhase.Convergence, AllSlotsStarted, allStarted)
            .PermitIf(OpenSpaceCommand.BeginActionPlanning, OpenSpacePhase.ActionPlanning, AllSlotsStarted, allStarted)
            .PermitIf(OpenSpaceCommand.BeginClosingCircle, OpenSpacePhase.ClosingCircle, AllSlotsStarted, allStarted),
            OpenSpaceCommand.RegisterParticipant, OpenSpaceCommand.ExpressInterest, OpenSpaceCommand.MoveIssue, OpenSpaceCommand.AddSpace,
            OpenSpaceCommand.AddSlot, OpenSpaceCommand.AdoptAgenda, OpenSpaceCommand.AppointScribe, OpenSpaceCommand.JoinSession,
            OpenSpaceCommand.LeaveSession, OpenSpaceCommand.SubmitReport, OpenSpaceCommand.ShareNews);

        Stay(m.Configure(OpenSpacePhase.EveningNews)
            .Permit(OpenSpaceCommand.BeginMorningAnnouncements, OpenSpacePhase.MorningAnnouncements),
            OpenSpaceCommand.RegisterParticipant, OpenSpaceCommand.PostIssue, OpenSpaceCommand.ExpressInterest, OpenSpaceCommand.SubmitReport, OpenSpaceCommand.ShareNews);

        Stay(m.Configure(OpenSpacePhase.MorningAnnouncements)
            .PermitIf(OpenSpaceCommand.StartNextSlot, OpenSpacePhase.SessionsRunning, HasNextSlot, nextSlot),
            [.. wall, OpenSpaceCommand.SubmitReport, OpenSpaceCommand.ShareNews]);

        Stay(m.Configure(OpenSpacePhase.Convergence)
            .Permit(OpenSpaceCommand.BeginActionPlanning, OpenSpacePhase.ActionPlanning)
            .Permit(OpenSpaceCommand.BeginClosingCircle, OpenSpacePhase.ClosingCircle),
            OpenSpaceCommand.CastDot, OpenSpaceCommand.ClusterIssues, OpenSpaceCommand.AppointInitiator, OpenSpaceCommand.SubmitReport, OpenSpaceCommand.ShareNews);

        Stay(m.Configure(OpenSpacePhase.ActionPlanning)
            .Permit(OpenSpaceCommand.BeginClosingCircle, OpenSpacePhase.ClosingCircle),
            OpenSpaceCommand.RecordAction, OpenSpaceCommand.SubmitReport, OpenSpaceCommand.ShareNews);

        Stay(m.Configure(OpenSpacePhase.ClosingCircle)
            .Permit(OpenSpaceCommand.Close, OpenSpacePhase.Closed),
            OpenSpaceCommand.Speak);

        return m;
    }

    /// <summary>Configures commands that keep the phase as internal transitions, labelled so the diagram does not say "Function".</summary>
    private static void Stay(StateMachine<OpenSpacePhase, OpenSpaceCommand>.StateConfiguration phase, params OpenSpaceCommand[] commands)
    {
        foreach (var command in commands)
        {
            phase.InternalTransitionIf(command, _ => true, _ => { }, "stays in phase");
        }
    }
}
