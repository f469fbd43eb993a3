using System.Collections.Immutable;
using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.Brainstorm;

/// <summary>
/// One brainstorm, from setup through generation rounds, clarifying, clustering and voting to a decision, on the one session engine
/// (see <c>docs/sessions.md</c>). Every command has the shape <c>Command(actor, payload…, options)</c>, is checked once by the
/// brainstorm's rules and recorded as exactly one event, or refused with <see cref="CommandRejectedException"/> and nothing changed.
/// </summary>
/// <remarks>
/// Thread-safe. Judgement is deferred: there is no way to vote or rank while ideas are being generated. The session's one timer ends
/// passes, steps and rounds when their time is up (unless <see cref="BrainstormDesign.EndRoundsWhenTimeIsUp"/> is false); a paused
/// round stands still. Dispose the session to stop the timer.
/// </remarks>
public sealed class BrainstormSession : IFacilitationSession<BrainstormEvent>
{
    private static readonly BrainstormDesignValidator Validator = new();

    private readonly BrainstormRules _rules;
    private readonly SessionEngine<BrainstormState, BrainstormEvent> _engine;

    private BrainstormSession(BrainstormDesign design, BrainstormRules rules, SessionEngine<BrainstormState, BrainstormEvent> engine)
    {
        Design = design;
        _rules = rules;
        _engine = engine;
    }

    /// <summary>Gets the design the session runs (validated and frozen).</summary>
    public BrainstormDesign Design { get; }

    /// <inheritdoc />
    public string Id => _engine.Id;

    /// <summary>Gets the clock every reading and the timer go through.</summary>
    internal TimeProvider Clock => _engine.Clock;

    /// <inheritdoc />
    public long Version => _engine.Version;

    /// <summary>Gets the current phase.</summary>
    public BrainstormPhase Phase => _engine.Read(s => s.Phase);

    /// <inheritdoc />
    string IFacilitationSession.Phase => _engine.Phase;

    /// <summary>Gets the voting method in effect (the design's, or its default).</summary>
    public VotingMethod VotingMethod => _rules.Voting;

    /// <summary>Gets the names of the commands the session accepts now (the names of its command methods, such as <c>nameof(StartRound)</c>); <see cref="WhyRefused"/> tells why any other is refused.</summary>
    public ImmutableArray<string> PermittedCommands => _engine.PermittedCommands;


    /// <inheritdoc />
    public string DesignJson => _engine.DesignJson;

    /// <summary>Gets the running round, or null between rounds.</summary>
    public RoundStatus? CurrentRound => _engine.Read(s => s.Current is { } c ? BrainstormRules.Status(s, c) : null);

    /// <summary>Gets the people here now, in turn order: the design's participants, then late arrivals in the order they joined, without those who left.</summary>
    public ImmutableArray<ParticipantId> Present => _engine.Read(s => s.Present.ToImmutableArray());

    /// <summary>Gets how many generation rounds have started.</summary>
    public int RoundsStarted => _engine.Read(s => s.RoundsStarted);

    /// <summary>Gets every idea, in the order recorded; none is ever removed.</summary>
    public ImmutableArray<Idea> Ideas => _engine.Read(s => s.Ideas.ToImmutableArray());

    /// <summary>Gets who sat together: the pairs and fours of every 1-2-4-All round ended (a workshop's memory of who met whom).</summary>
    internal ImmutableArray<ImmutableArray<ParticipantId>> GroupsMet => _engine.Read(s => s.PairRounds.Concat(s.FourRounds).SelectMany(r => r).ToImmutableArray());

    /// <summary>Gets the affinity clusters, in the order added.</summary>
    public ImmutableArray<Cluster> Clusters => _engine.Read(s => s.Clusters.ToImmutableArray());

    /// <summary>Gets the ideas on the ballot (every idea not marked as a duplicate), once voting has begun.</summary>
    public ImmutableArray<ContributionId> Ballot => _engine.Read(s => s.Ballot);

    /// <summary>Gets each person's dot budget once dot voting has begun, else 0.</summary>
    public int DotsPerPerson => _engine.Read(s => _rules.Voting == VotingMethod.Dots ? s.Budget : 0);

    /// <summary>Gets the recorded dot ballots, by voter (for audit and recounts; not for participants).</summary>
    public ImmutableSortedDictionary<ParticipantId, ImmutableSortedDictionary<ContributionId, int>> DotBallots => _engine.Read(s => s.Dots.ToImmutableSortedDictionary());

    /// <summary>Gets the recorded ranked ballots, by voter (for audit and recounts; not for participants).</summary>
    public ImmutableSortedDictionary<ParticipantId, ImmutableArray<ContributionId>> RankedBallots => _engine.Read(s => s.Rankings.ToImmutableSortedDictionary());

    /// <summary>Gets the ranking fixed when voting ended, or null before.</summary>
    public BrainstormResult? Result => _engine.Read(s => s.Result);

    /// <summary>Gets the group's decision, or null before one is recorded.</summary>
    public BrainstormDecision? Decision => _engine.Read(s => s.Decision);

    /// <summary>Gets the session's event log, oldest first (after a restore, the replayed log too).</summary>
    public ImmutableArray<BrainstormEvent> Events => _engine.Events;

    /// <summary>Creates a session in the <see cref="BrainstormPhase.Setup"/> phase.</summary>
    /// <param name="design">The design; it is validated as a whole, then copied.</param>
    /// <param name="options">The session id, clock and subscriber error handler; defaults when null.</param>
    /// <returns>The session.</returns>
    /// <exception cref="InvalidDesignException">The design cannot run; <see cref="InvalidDesignException.Errors"/> lists every problem.</exception>
    public static BrainstormSession Create(BrainstormDesign design, SessionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        using var language = TextCatalog.Use(options?.Culture);
        ThrowIfInvalid(design);
        design = BrainstormSessionJsonContext.WithLists(design);
        var id = SessionEngine<BrainstormState, BrainstormEvent>.NewId(options);
        var rules = new BrainstormRules(design);
        return new BrainstormSession(design, rules, SessionEngine<BrainstormState, BrainstormEvent>.Create(rules, id, Header(id, design), new BrainstormState(design.Participants), options));
    }

    /// <summary>Restores a session saved with <see cref="Save"/> by replaying its events through the same rules; a version-1 document of an earlier release is upgraded first.</summary>
    /// <param name="document">The saved document.</param>
    /// <param name="options">The clock and subscriber error handler (the id is the saved one).</param>
    /// <returns>The restored session; its timer is re-armed from the saved timeboxes.</returns>
    /// <exception cref="SessionDocumentException">The document is not a brainstorm document, too long, of an unknown format version, or breaks a rule; no session is built.</exception>
    public static BrainstormSession Restore(string document, SessionOptions? options)
    {
        var (header, records) = SessionDocument.Read(document, "brainstorm", v1 => BrainstormUpgrade.ToCurrent(v1, options));
        return Restore(header, records, options);
    }

    /// <summary>Restores a session from the pieces a store keeps: the design JSON (<see cref="DesignJson"/>) and the event records (<see cref="GetEventRecords"/>).</summary>
    /// <param name="designJson">The design JSON.</param>
    /// <param name="records">The event records, in version order.</param>
    /// <param name="options">The clock and subscriber error handler (the id is the saved one).</param>
    /// <returns>The restored session.</returns>
    /// <exception cref="SessionDocumentException">The pieces do not make a brainstorm that follows its rules; no session is built.</exception>
    public static BrainstormSession Restore(string designJson, IEnumerable<SessionEventRecord> records, SessionOptions? options) =>
        Restore(SessionDocument.ReadHeader(designJson, "brainstorm"), records, options);

    /// <summary>Lists every problem with a design without creating a session, in the current UI culture; warnings are prefixed "Warning:" (in Chinese "警告：").</summary>
    /// <param name="design">The design.</param>
    /// <returns>One sentence per problem; empty when the design can run without remarks.</returns>
    public static IReadOnlyList<string> Check(BrainstormDesign design) => DesignChecks.List(Validator, design);

    /// <summary>Adds a person who arrives late, or comes back after leaving with the same details (facilitator). They take turns after
    /// everyone here, join the smallest brainwriting team (going on with a sheet parked by someone who left, or starting a fresh one,
    /// so the sheets pass until every sheet has met them) or the smallest 1-2-4-All pair or four, and vote like everyone else.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="participant">The person.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is null.</exception>
    /// <exception cref="CommandRejectedException">The command is refused (already here, back with other details, the roster is full); the session is unchanged.</exception>
    public void Join(Actor actor, Participant participant, CommandOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(participant);
        Run(actor, new ParticipantJoined(participant), options);
    }

    /// <summary>Says that a person leaves (the facilitator, or the person themselves). Nothing they wrote is lost and a ballot they cast
    /// still counts; the turn passes on if it was theirs; the brainwriting sheet they held is parked until someone joins their team.
    /// The last person here cannot leave.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="participant">The person who leaves.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <exception cref="CommandRejectedException">The command is refused (not here, the last person here); the session is unchanged.</exception>
    public void Leave(Actor actor, ParticipantId participant, CommandOptions? options = null) =>
        Run(actor, new ParticipantLeft(participant), options);

    /// <summary>Starts the next planned generation round and its timer (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <returns>The running round right after the command (for a retried command id: the running round now).</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public RoundStatus StartRound(Actor actor, CommandOptions? options = null) =>
        RoundAfter(Run(actor, new RoundStarted(Round.First, TimeSpan.Zero), options));

    /// <summary>Adds an idea. A participant adds their own (in round-robin only on their turn, in brainwriting on the sheet they hold);
    /// the facilitator may record one for the person whose turn it is, or for the whole group in open and 1-2-4-All rounds.
    /// In an anonymous round the idea is recorded without anything that narrows its writer.</summary>
    /// <param name="actor">Who writes the idea.</param>
    /// <param name="text">The idea (at most <see cref="Limits.MaxTextLength"/> characters).</param>
    /// <param name="category">One of the design's categories (any case), or null.</param>
    /// <param name="buildsOn">An idea this one builds on; in a named brainwriting round, one on the same sheet.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <returns>The new idea's id.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public ContributionId AddIdea(Actor actor, string text, string? category = null, ContributionId? buildsOn = null, CommandOptions? options = null) =>
        Run(actor, new IdeaAdded(new Idea(default, text ?? string.Empty, Round.First, default) { Category = category, BuildsOn = buildsOn }, false), options).Idea.Id;

    /// <summary>Passes the turn of the person whose turn it is (that person, or the facilitator), when the round allows passing.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <returns>Whose turn it is now.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public ParticipantId PassTurn(Actor actor, CommandOptions? options = null) =>
        Run(actor, new TurnPassed(default, default), options).NextTurn;

    /// <summary>Passes every brainwriting sheet to the next member of its team and starts the next pass's timebox (facilitator; the timer does it when time is up).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <returns>The running round right after the command, with its 1-based pass (for a retried command id: the running round now).</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public RoundStatus PassSheets(Actor actor, CommandOptions? options = null) =>
        RoundAfter(Run(actor, new SheetsPassed(Round.First, 0), options));

    /// <summary>Moves a 1-2-4-All round to its next step, forming new pairs or fours, and starts the step's timebox (facilitator; the timer does it when time is up).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <returns>The running round right after the command (for a retried command id: the running round now).</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public RoundStatus NextStep(Actor actor, CommandOptions? options = null) =>
        RoundAfter(Run(actor, new StepStarted(Round.First, OneTwoFourAllStep.Alone, []), options));

    /// <summary>Lengthens (positive) or shortens (negative) the running round's current timebox (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="change">The change, at most seven days either way.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <returns>The round's timebox right after the command.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public Timebox ExtendRound(Actor actor, TimeSpan change, CommandOptions? options = null) =>
        RoundAfter(Run(actor, new RoundExtended(Round.First, change), options)).Timebox;

    /// <summary>Pauses the running round's timebox: it stands still, and the timer does not end it, until <see cref="ResumeRound"/> (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void PauseRound(Actor actor, CommandOptions? options = null) => Run(actor, new RoundPaused(Round.First), options);

    /// <summary>Resumes the running round's paused timebox with the time it had left (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void ResumeRound(Actor actor, CommandOptions? options = null) => Run(actor, new RoundResumed(Round.First), options);

    /// <summary>Ends the running round (facilitator; the timer does it when time is up).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <returns>How many ideas the round produced.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public int EndRound(Actor actor, CommandOptions? options = null) => Run(actor, new RoundEnded(Round.First, 0), options).Ideas;

    /// <summary>Ends generation and begins clarifying (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginClarifying(Actor actor, CommandOptions? options = null) =>
        Run(actor, new PhaseBegan(BrainstormPhase.BetweenRounds, BrainstormPhase.Clarifying), options);

    /// <summary>Records a clarification of an idea — a question of understanding, not a judgement (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="idea">The idea.</param>
    /// <param name="clarification">The clarification.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void ClarifyIdea(Actor actor, ContributionId idea, string clarification, CommandOptions? options = null) =>
        Run(actor, new IdeaClarified(idea, clarification ?? string.Empty), options);

    /// <summary>Ends clarifying and begins clustering (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginClustering(Actor actor, CommandOptions? options = null) =>
        Run(actor, new PhaseBegan(BrainstormPhase.Clarifying, BrainstormPhase.Clustering), options);

    /// <summary>Adds an affinity cluster; the heading may come later (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="heading">The heading, or null to name it later.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <returns>The new cluster's id.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public string AddCluster(Actor actor, string? heading = null, CommandOptions? options = null) =>
        Run(actor, new ClusterAdded(new Cluster(string.Empty, heading, [])), options).Cluster.Id;

    /// <summary>Gives a cluster its heading, replacing any earlier one (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="cluster">The cluster's id.</param>
    /// <param name="heading">The heading.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void NameCluster(Actor actor, string cluster, string heading, CommandOptions? options = null) =>
        Run(actor, new ClusterNamed(cluster ?? string.Empty, heading ?? string.Empty), options);

    /// <summary>Places an idea in a cluster; an idea may sit in several clusters (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="idea">The idea.</param>
    /// <param name="cluster">The cluster's id.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void PlaceIdea(Actor actor, ContributionId idea, string cluster, CommandOptions? options = null) =>
        Run(actor, new IdeaPlaced(idea, cluster ?? string.Empty), options);

    /// <summary>Merges one cluster into another: the remaining cluster holds every idea of both and keeps its heading (or takes the other's) (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="into">The cluster that remains.</param>
    /// <param name="from">The cluster merged away.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <returns>The merged cluster.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public Cluster MergeClusters(Actor actor, string into, string from, CommandOptions? options = null)
    {
        var merged = Run(actor, new ClustersMerged(into ?? string.Empty, from ?? string.Empty, []), options);
        return _engine.Read(s => s.Clusters.Find(c => c.Id == merged.Into)) ?? new Cluster(merged.Into, null, merged.Ideas);
    }

    /// <summary>Marks an idea as a duplicate of another. Nothing is deleted: the duplicate stays in the record and its clusters, but leaves the ballot (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="idea">The duplicate.</param>
    /// <param name="original">The idea it duplicates (itself not a duplicate).</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void MarkDuplicate(Actor actor, ContributionId idea, ContributionId original, CommandOptions? options = null) =>
        Run(actor, new DuplicateMarked(idea, original), options);

    /// <summary>Ends clustering and begins voting on every idea not marked as a duplicate (facilitator). The dot budget is fixed now.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <returns>Each person's dot budget, or the number of ranked choices.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public int BeginVoting(Actor actor, CommandOptions? options = null) =>
        Run(actor, new VotingBegan(_rules.Voting, [], 0), options).DotsPerPerson;

    /// <summary>Casts (or replaces) a person's dot ballot. A participant votes only for themselves; the facilitator may enter a paper ballot for anyone.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="voter">Whose ballot it is.</param>
    /// <param name="dots">Dots per idea on the ballot; the total stays within the budget and each idea within <see cref="BrainstormDesign.MaxDotsPerIdea"/>.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <returns>The dots the voter has left.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public int CastDots(Actor actor, ParticipantId voter, IReadOnlyDictionary<ContributionId, int> dots, CommandOptions? options = null)
    {
        if (dots is null)
        {
            throw _engine.Reject(nameof(BrainstormCommand.CastDots), RejectionKind.InvalidInput, _engine.Say("Refusal.Brainstorm.BallotRequired"));
        }

        // Counts are kept as given (negative ones too) so the rules can refuse them; ideas that appear twice cannot, in a dictionary.
        var ballot = ImmutableSortedDictionary.CreateRange(dots);
        var cast = Run(actor, new DotsCast(voter, ballot), options);
        return _engine.Read(s => s.Budget) - cast.Dots.Values.Sum();
    }

    /// <summary>Casts (or replaces) a person's ranked ballot: their top choices, most important first.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="voter">Whose ballot it is.</param>
    /// <param name="ranking">Distinct ideas on the ballot, at most <see cref="BrainstormDesign.RankedChoices"/>.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void CastRanking(Actor actor, ParticipantId voter, IReadOnlyList<ContributionId> ranking, CommandOptions? options = null) =>
        Run(actor, new RankingCast(voter, ranking is null ? [] : [.. ranking]), options);

    /// <summary>Ends voting and fixes the ranking computed from the recorded ballots (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public BrainstormResult EndVoting(Actor actor, CommandOptions? options = null) =>
        Run(actor, new VotingEnded(new BrainstormResult(_rules.Voting, 0, [])), options).Result;

    /// <summary>Records (or replaces) what the group decided (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="chosen">The ideas taken forward, distinct, from the ballot.</param>
    /// <param name="note">A note on the decision, or null.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public BrainstormDecision Decide(Actor actor, IEnumerable<ContributionId> chosen, string? note = null, CommandOptions? options = null) =>
        Run(actor, new DecisionRecorded(new BrainstormDecision([.. chosen ?? []], note)), options).Decision;

    /// <summary>Closes the session (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry returns the first result) and the expected version.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void Close(Actor actor, CommandOptions? options = null) =>
        Run(actor, new PhaseBegan(BrainstormPhase.Deciding, BrainstormPhase.Closed), options);

    /// <summary>Gets how many dots a person has left to place (dot voting).</summary>
    /// <param name="participant">The voter.</param>
    /// <returns>The dots left; 0 outside dot voting.</returns>
    public int DotsLeft(ParticipantId participant) => _engine.Read(s =>
        _rules.Voting != VotingMethod.Dots || s.Phase != BrainstormPhase.Voting ? 0
        : s.Budget - (s.Dots.TryGetValue(participant, out var b) ? b.Values.Sum() : 0));

    /// <summary>Counts the recorded ballots now (during or after voting); the same ballots always give the same ranking.</summary>
    /// <returns>The ranking.</returns>
    public BrainstormResult CountVotes() => _engine.Read(_rules.Count);

    /// <summary>Gets the ideas in no cluster.</summary>
    /// <returns>The unclustered ideas, in the order recorded.</returns>
    internal ImmutableArray<Idea> UnclusteredIdeas() => _engine.Read(s =>
    {
        var placed = s.Clusters.SelectMany(c => c.Ideas).ToHashSet();
        return s.Ideas.Where(i => !placed.Contains(i.Id)).ToImmutableArray();
    });

    /// <inheritdoc />
    public string? WhyRefused(string command) => _engine.WhyRefused(command);

    /// <inheritdoc />
    /// <remarks>A secret ranked ballot reaches subscribers sealed: <see cref="RankingCast"/> names who voted, with an empty ranking.</remarks>
    IDisposable IFacilitationSession.OnEvent(Action<SessionEvent> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return _engine.OnEvent(e => handler(Sealed((BrainstormEvent)e)));
    }

    /// <inheritdoc />
    /// <remarks>A secret ranked ballot reaches subscribers sealed: <see cref="RankingCast"/> names who voted, with an empty ranking.</remarks>
    IDisposable IObservable<BrainstormEvent>.Subscribe(IObserver<BrainstormEvent> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        return _engine.Subscribe(new SealedBallots(observer));
    }

    /// <inheritdoc />
    public ImmutableArray<SessionEventRecord> GetEventRecords(long afterVersion = 0) => _engine.GetEventRecords(afterVersion);

    /// <summary>Saves the session as one document: the design and the event log (format 2, see <c>docs/sessions.md</c>).</summary>
    /// <remarks>The document holds nothing that narrows the writer of an anonymous idea. It holds ballots (for recounts), so it is for the host's storage, not for participants; give participants a <see cref="BrainstormHarvest"/>.</remarks>
    /// <returns>The JSON document.</returns>
    public string Save() => _engine.Save();

    /// <inheritdoc />
    public string ToMermaid() => _rules.ToMermaid();

    /// <summary>Stops the timer; later commands throw <see cref="ObjectDisposedException"/>, while reads and <see cref="Save"/> keep working.</summary>
    public void Dispose() => _engine.Dispose();

    /// <summary>Gets who holds each brainwriting sheet now, by team (null: parked); empty outside a brainwriting round. For tests and diagnostics.</summary>
    internal ImmutableArray<(GroupId Team, int Sheet, ParticipantId? Holder)> HeldSheets() => _engine.Read(s => s.Current is { } c
        ? c.Sheets.SelectMany((sheets, t) => sheets.Select(sheet => (c.TeamId(t), sheet.Number, sheet.Holder))).ToImmutableArray()
        : []);

    internal BrainstormHarvest.Snapshot TakeSnapshot() => _engine.Read(s => new BrainstormHarvest.Snapshot(
        Design,
        [.. s.Roster.Values],
        s.Phase,
        s.RoundsStarted,
        [.. s.Ideas],
        [.. s.Clusters],
        s.Result ?? (s.Phase == BrainstormPhase.Voting ? _rules.Count(s) : null),
        s.Result is not null,
        s.Decision));

    private static string Header(string id, BrainstormDesign design) =>
        SessionDocument.WriteHeader("brainstorm", id, design, BrainstormSessionJsonContext.Default.BrainstormDesign);

    private static BrainstormSession Restore(SessionHeader header, IEnumerable<SessionEventRecord> records, SessionOptions? options)
    {
        using var ids = IdPool.Open();
        BrainstormDesign design;
        try
        {
            design = BrainstormSessionJsonContext.WithLists(header.ReadDesign(BrainstormSessionJsonContext.Default.BrainstormDesign));
            ThrowIfInvalid(design);
        }
        catch (InvalidDesignException e)
        {
            throw new SessionDocumentException("The brainstorm document holds a design that cannot run: " + string.Join(" ", e.Errors), e);
        }
        catch (ArgumentException e)
        {
            throw new SessionDocumentException("The brainstorm document's design is not valid: " + e.Message, e);
        }

        var rules = new BrainstormRules(design);
        return new BrainstormSession(design, rules, SessionEngine<BrainstormState, BrainstormEvent>.Restore(rules, header.Id, Header(header.Id, design), new BrainstormState(design.Participants), records, options));
    }

    private static void ThrowIfInvalid(BrainstormDesign design) => _ = DesignChecks.EnsureValid(Validator, design, "brainstorm design");

    // A retried command returns the round as the command left it, even when the round has ended since: the log is folded up to it.
    private RoundStatus RoundAfter(BrainstormEvent accepted) =>
        _engine.Read(s => s.Current is { } c && c.Round == RoundOf(accepted) ? BrainstormRules.Status(s, c) : null)
        ?? _rules.StatusAt(_engine.Events, accepted.Version)
        ?? throw _engine.Reject(accepted.GetType().Name, RejectionKind.Conflict, _engine.Say("Refusal.Brainstorm.RoundEnded"));

    private static Round? RoundOf(BrainstormEvent e) => e switch
    {
        RoundStarted r => r.Round,
        SheetsPassed p => p.Round,
        StepStarted t => t.Round,
        RoundExtended x => x.Round,
        _ => null,
    };

    // Who voted is public; how they ranked is not published (the log keeps it for recounts, in the host's storage).
    private static BrainstormEvent Sealed(BrainstormEvent e) => e is RankingCast r ? r.With(changed => changed.Ranking = []) : e;

    private T Run<T>(Actor actor, T proposed, CommandOptions? options)
        where T : BrainstormEvent => (T)_engine.Execute(actor, proposed, options);

    private sealed class SealedBallots(IObserver<BrainstormEvent> inner) : IObserver<BrainstormEvent>
    {
        public void OnNext(BrainstormEvent value) => inner.OnNext(Sealed(value));

        public void OnError(Exception error) => inner.OnError(error);

        public void OnCompleted() => inner.OnCompleted();
    }
}
