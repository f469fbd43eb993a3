using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <content>The commands a host sends, shaped <c>(actor, payload…, options)</c>. Each raises exactly one event, or throws <see cref="CommandRejectedException"/> and changes nothing.</content>
public sealed partial class OpenSpaceSession
{
    /// <summary>Opens the opening circle (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void OpenCircle(Actor actor, CommandOptions? options = null) => ChangePhase(actor, OpenSpaceCommand.OpenCircle, options);

    /// <summary>Invites everyone to post issues (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginAgendaSetting(Actor actor, CommandOptions? options = null) => ChangePhase(actor, OpenSpaceCommand.BeginAgendaSetting, options);

    /// <summary>Opens the marketplace (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void OpenMarketplace(Actor actor, CommandOptions? options = null) => ChangePhase(actor, OpenSpaceCommand.OpenMarketplace, options);

    /// <summary>Ends the day's sessions with the evening news (facilitator; multi-day events, when the next slot is on a later day).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginEveningNews(Actor actor, CommandOptions? options = null) => ChangePhase(actor, OpenSpaceCommand.BeginEveningNews, options);

    /// <summary>Opens the next day with morning announcements (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginMorningAnnouncements(Actor actor, CommandOptions? options = null) => ChangePhase(actor, OpenSpaceCommand.BeginMorningAnnouncements, options);

    /// <summary>Begins convergence once every slot has started (facilitator; optional).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginConvergence(Actor actor, CommandOptions? options = null) => ChangePhase(actor, OpenSpaceCommand.BeginConvergence, options);

    /// <summary>Begins action planning (facilitator; optional).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginActionPlanning(Actor actor, CommandOptions? options = null) => ChangePhase(actor, OpenSpaceCommand.BeginActionPlanning, options);

    /// <summary>Begins the closing circle (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginClosingCircle(Actor actor, CommandOptions? options = null) => ChangePhase(actor, OpenSpaceCommand.BeginClosingCircle, options);

    /// <summary>Closes the event (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void Close(Actor actor, CommandOptions? options = null) => ChangePhase(actor, OpenSpaceCommand.Close, options);

    /// <summary>Starts the next time slot, ending the one before (facilitator). The wall as it stands becomes the published agenda.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <returns>The 1-based slot that started.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public int StartNextSlot(Actor actor, CommandOptions? options = null) =>
        ((SlotStarted)_engine.Execute(actor, new SlotStarted(0), options)).Slot;

    /// <summary>Pauses the running slot's timebox: its remaining time stands still and no warning or time-up comes until <see cref="ResumeSlot"/>. A paused slot survives save and restore (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused (no slot runs, already paused); the session is unchanged.</exception>
    public void PauseSlot(Actor actor, CommandOptions? options = null) => _engine.Execute(actor, new SlotPaused(0), options);

    /// <summary>Resumes the running slot's paused timebox with the time it had left (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused (no slot is paused); the session is unchanged.</exception>
    public void ResumeSlot(Actor actor, CommandOptions? options = null) => _engine.Execute(actor, new SlotResumed(0), options);

    /// <summary>Lengthens (positive) or shortens (negative) the running slot's timebox; the warning and time-up come again if the new end is later (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="change">The change: not zero, at most seven days either way; a slot lasts at most seven days.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void ChangeSlotTime(Actor actor, TimeSpan change, CommandOptions? options = null) => _engine.Execute(actor, new SlotTimeChanged(0, change), options);

    /// <summary>Registers someone who arrives on the day (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void RegisterParticipant(Actor actor, Participant participant, CommandOptions? options = null) =>
        Run(actor, new ParticipantRegistered(participant), options);

    /// <summary>Posts an issue; the convener is the participant acting, or whoever the facilitator names.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="issue">The new issue's id.</param>
    /// <param name="title">The issue, as its convener writes it.</param>
    /// <param name="convener">The convener; null means the acting participant.</param>
    /// <param name="cell">A free cell of a slot that has not started, or null to leave placing to the scheduler.</param>
    /// <param name="category">A resource category or theme for the issue (for example 人 or "land"; at most <see cref="Limits.MaxNameLength"/> characters), or null.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void PostIssue(Actor actor, ContributionId issue, string title, ParticipantId? convener = null, AgendaCell? cell = null, string? category = null, CommandOptions? options = null) =>
        Run(actor, new IssuePosted(issue, title, convener ?? actor.Participant ?? default, cell, category), options);

    /// <summary>Records that a participant left the event for good: they leave the session they sit in and the sign-up lists of sessions not yet started;
    /// the issues they convened, their reports and their dots stay. Registering them again re-admits them.</summary>
    /// <param name="actor">Who sends the command: the participant, or the facilitator for them.</param>
    /// <param name="participant">Who leaves.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void Depart(Actor actor, ParticipantId participant, CommandOptions? options = null) =>
        Run(actor, new ParticipantDeparted(participant), options);

    /// <summary>Signs a participant up for a session.</summary>
    /// <param name="actor">Who sends the command: the participant, or the facilitator for them.</param>
    /// <param name="issue">The issue.</param>
    /// <param name="participant">Who signs up.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void ExpressInterest(Actor actor, ContributionId issue, ParticipantId participant, CommandOptions? options = null) =>
        Run(actor, new InterestExpressed(issue, participant), options);

    /// <summary>Merges two sessions into a new one that lists both as its sources and takes the first one's cell (else the second's).</summary>
    /// <param name="actor">Who sends the command: the facilitator or a convener of either session.</param>
    /// <param name="first">The first session.</param>
    /// <param name="second">The second session.</param>
    /// <param name="merged">The new issue's id.</param>
    /// <param name="title">The new issue's title.</param>
    /// <param name="convener">The new convener: one of the two conveners.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void MergeIssues(Actor actor, ContributionId first, ContributionId second, ContributionId merged, string title, ParticipantId convener, CommandOptions? options = null) =>
        Run(actor, new IssuesMerged(first, second, merged, title, convener), options);

    /// <summary>Moves a session to another free cell of a slot that has not started.</summary>
    /// <param name="actor">Who sends the command: the facilitator or the session's convener.</param>
    /// <param name="issue">The issue.</param>
    /// <param name="cell">The new cell.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void MoveIssue(Actor actor, ContributionId issue, AgendaCell cell, CommandOptions? options = null) =>
        Run(actor, new IssueMoved(issue, null, cell), options);

    /// <summary>Grows the wall by a space (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="space">The new space.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void AddSpace(Actor actor, OpenSpaceSpace space, CommandOptions? options = null) => Run(actor, new SpaceAdded(space), options);

    /// <summary>Grows the wall by a time slot after the last one (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="slot">The new slot.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void AddSlot(Actor actor, OpenSpaceSlot slot, CommandOptions? options = null) => Run(actor, new SlotAdded(slot), options);

    /// <summary>Adopts a proposed agenda (facilitator); it becomes the published agenda. Refused when the session changed since the proposal.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="proposal">A proposal from <see cref="ProposeAgenda"/>.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void AdoptAgenda(Actor actor, AgendaProposal proposal, CommandOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(proposal);

        // The proposal was planned outside the gate from the version it names: it commits only if the session has not moved on.
        if (options?.ExpectedVersion is { } expected && expected != proposal.BasedOnVersion)
        {
            throw _engine.Reject(nameof(OpenSpaceCommand.AdoptAgenda), RejectionKind.InvalidInput, _engine.Say("Refusal.OpenSpace.ProposalVersion", expected, proposal.BasedOnVersion));
        }

        Run(actor, new AgendaAdopted(proposal.Placements, proposal.Score), new CommandOptions { CommandId = options?.CommandId, ExpectedVersion = proposal.BasedOnVersion });
    }

    /// <summary>Appoints a scribe for a session.</summary>
    /// <param name="actor">Who sends the command: the session's convener or the facilitator.</param>
    /// <param name="issue">The session.</param>
    /// <param name="scribe">The scribe.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void AppointScribe(Actor actor, ContributionId issue, ParticipantId scribe, CommandOptions? options = null) =>
        Run(actor, new ScribeAppointed(issue, scribe), options);

    /// <summary>Records that someone joined a session of the running slot (leaving the one they were in, if any). Never refused for a full room.</summary>
    /// <param name="actor">Who sends the command: the participant, or the facilitator for them.</param>
    /// <param name="issue">The session.</param>
    /// <param name="participant">Who joined.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void JoinSession(Actor actor, ContributionId issue, ParticipantId participant, CommandOptions? options = null) =>
        Run(actor, new SessionJoined(issue, participant, 0), options);

    /// <summary>Records that someone left a session of the running slot.</summary>
    /// <param name="actor">Who sends the command: the participant, or the facilitator for them.</param>
    /// <param name="issue">The session.</param>
    /// <param name="participant">Who left.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void LeaveSession(Actor actor, ContributionId issue, ParticipantId participant, CommandOptions? options = null) =>
        Run(actor, new SessionLeft(issue, participant, 0), options);

    /// <summary>Sends a session's report to the news room (a later report for the same issue is a revision).</summary>
    /// <param name="actor">Who sends the command: the session's convener, its scribe or the facilitator.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void SubmitReport(Actor actor, SessionReport report, CommandOptions? options = null) => Run(actor, new ReportSubmitted(report), options);

    /// <summary>Shares news with everyone.</summary>
    /// <param name="actor">Who sends the command: the newsroom coordinator or the facilitator.</param>
    /// <param name="text">The news.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void ShareNews(Actor actor, string text, CommandOptions? options = null) => Run(actor, new NewsShared(text), options);

    /// <summary>Puts one of a participant's dots on an issue (several may go on one issue, up to the budget).</summary>
    /// <param name="actor">Who sends the command: the participant, or the facilitator for them.</param>
    /// <param name="issue">The issue.</param>
    /// <param name="participant">Whose dot.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void CastDot(Actor actor, ContributionId issue, ParticipantId participant, CommandOptions? options = null) =>
        Run(actor, new DotCast(issue, participant), options);

    /// <summary>Clusters related issues (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="cluster">The cluster's id.</param>
    /// <param name="name">The cluster's name.</param>
    /// <param name="issues">The issues; each may be in one cluster only.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void ClusterIssues(Actor actor, ContributionId cluster, string name, IEnumerable<ContributionId> issues, CommandOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var list = issues.ToImmutableArray();
        Run(actor, new IssuesClustered(cluster, name, list), options);
    }

    /// <summary>Appoints the person who carries a cluster forward (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="cluster">The cluster.</param>
    /// <param name="initiator">The initiator.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void AppointInitiator(Actor actor, ContributionId cluster, ParticipantId initiator, CommandOptions? options = null) =>
        Run(actor, new InitiatorAppointed(cluster, initiator), options);

    /// <summary>Records an action item.</summary>
    /// <param name="actor">Who sends the command: the facilitator or a registered participant.</param>
    /// <param name="action">The action item.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void RecordAction(Actor actor, ActionItem action, CommandOptions? options = null) => Run(actor, new ActionRecorded(action), options);

    /// <summary>Speaks in the closing circle; each person may speak once, nobody must.</summary>
    /// <param name="actor">Who sends the command: the participant, or the facilitator for them.</param>
    /// <param name="participant">Who speaks.</param>
    /// <param name="words">What they said, if it is to be kept in the record; null otherwise.</param>
    /// <param name="options">The command id (a retry with it is harmless) and the expected version, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void Speak(Actor actor, ParticipantId participant, string? words = null, CommandOptions? options = null) =>
        Run(actor, new SpokeInClosingCircle(participant, words), options);

    private void ChangePhase(Actor actor, OpenSpaceCommand command, CommandOptions? options) =>
        Run(actor, new OpenSpacePhaseChanged(command, default, default), options);

    private void Run(Actor actor, OpenSpaceEvent proposed, CommandOptions? options) => _engine.Execute(actor, proposed, options);
}
