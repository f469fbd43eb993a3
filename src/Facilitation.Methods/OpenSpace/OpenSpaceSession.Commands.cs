using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <content>The commands a host sends. Each validates fully, then applies atomically and raises one event, or throws <see cref="CommandRejectedException"/> and changes nothing.</content>
public sealed partial class OpenSpaceSession
{
    /// <summary>Opens the opening circle (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void OpenCircle(Actor actor, string? commandId = null) => ChangePhase(actor, OpenSpaceCommand.OpenCircle, commandId);

    /// <summary>Invites everyone to post issues (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginAgendaSetting(Actor actor, string? commandId = null) => ChangePhase(actor, OpenSpaceCommand.BeginAgendaSetting, commandId);

    /// <summary>Opens the marketplace (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void OpenMarketplace(Actor actor, string? commandId = null) => ChangePhase(actor, OpenSpaceCommand.OpenMarketplace, commandId);

    /// <summary>Ends the day's sessions with the evening news (facilitator; multi-day events, when the next slot is on a later day).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginEveningNews(Actor actor, string? commandId = null) => ChangePhase(actor, OpenSpaceCommand.BeginEveningNews, commandId);

    /// <summary>Opens the next day with morning announcements (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginMorningAnnouncements(Actor actor, string? commandId = null) => ChangePhase(actor, OpenSpaceCommand.BeginMorningAnnouncements, commandId);

    /// <summary>Begins convergence once every slot has started (facilitator; optional).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginConvergence(Actor actor, string? commandId = null) => ChangePhase(actor, OpenSpaceCommand.BeginConvergence, commandId);

    /// <summary>Begins action planning (facilitator; optional).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginActionPlanning(Actor actor, string? commandId = null) => ChangePhase(actor, OpenSpaceCommand.BeginActionPlanning, commandId);

    /// <summary>Begins the closing circle (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void BeginClosingCircle(Actor actor, string? commandId = null) => ChangePhase(actor, OpenSpaceCommand.BeginClosingCircle, commandId);

    /// <summary>Closes the event (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void Close(Actor actor, string? commandId = null) => ChangePhase(actor, OpenSpaceCommand.Close, commandId);

    /// <summary>Starts the next time slot, ending the one before (facilitator). The wall as it stands becomes the published agenda.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <returns>The 1-based slot that started.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public int StartNextSlot(Actor actor, string? commandId = null) =>
        Run(commandId, actor, () => new SlotStarted(_startedSlots + 1), e => ((SlotStarted)e).Slot);

    /// <summary>Registers someone who arrives on the day (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void RegisterParticipant(Actor actor, Participant participant, string? commandId = null) =>
        Run(commandId, actor, () => new ParticipantRegistered(participant));

    /// <summary>Posts an issue; the convener is the participant acting, or whoever the facilitator names.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="issue">The new issue's id.</param>
    /// <param name="title">The issue, as its convener writes it.</param>
    /// <param name="convener">The convener; null means the acting participant.</param>
    /// <param name="cell">A free cell of a slot that has not started, or null to leave placing to the scheduler.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void PostIssue(Actor actor, ContributionId issue, string title, ParticipantId? convener = null, AgendaCell? cell = null, string? commandId = null) =>
        Run(commandId, actor, () => new IssuePosted(issue, title, convener ?? actor.Participant ?? default, cell));

    /// <summary>Signs a participant up for a session.</summary>
    /// <param name="actor">Who sends the command: the participant, or the facilitator for them.</param>
    /// <param name="issue">The issue.</param>
    /// <param name="participant">Who signs up.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void ExpressInterest(Actor actor, ContributionId issue, ParticipantId participant, string? commandId = null) =>
        Run(commandId, actor, () => new InterestExpressed(issue, participant));

    /// <summary>Merges two sessions into a new one that lists both as its sources and takes the first one's cell (else the second's).</summary>
    /// <param name="actor">Who sends the command: the facilitator or a convener of either session.</param>
    /// <param name="first">The first session.</param>
    /// <param name="second">The second session.</param>
    /// <param name="merged">The new issue's id.</param>
    /// <param name="title">The new issue's title.</param>
    /// <param name="convener">The new convener: one of the two conveners.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void MergeIssues(Actor actor, ContributionId first, ContributionId second, ContributionId merged, string title, ParticipantId convener, string? commandId = null) =>
        Run(commandId, actor, () => new IssuesMerged(first, second, merged, title, convener));

    /// <summary>Moves a session to another free cell of a slot that has not started.</summary>
    /// <param name="actor">Who sends the command: the facilitator or the session's convener.</param>
    /// <param name="issue">The issue.</param>
    /// <param name="cell">The new cell.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void MoveIssue(Actor actor, ContributionId issue, AgendaCell cell, string? commandId = null) =>
        Run(commandId, actor, () => new IssueMoved(issue, _issues.TryGetValue(issue, out var s) ? s.Cell : null, cell));

    /// <summary>Grows the wall by a space (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="space">The new space.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void AddSpace(Actor actor, OpenSpaceSpace space, string? commandId = null) => Run(commandId, actor, () => new SpaceAdded(space));

    /// <summary>Grows the wall by a time slot after the last one (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="slot">The new slot.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void AddSlot(Actor actor, OpenSpaceSlot slot, string? commandId = null) => Run(commandId, actor, () => new SlotAdded(slot));

    /// <summary>Adopts a proposed agenda (facilitator); it becomes the published agenda. Refused when the session changed since the proposal.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="proposal">A proposal from <see cref="ProposeAgenda"/>.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void AdoptAgenda(Actor actor, AgendaProposal proposal, string? commandId = null)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        Run(commandId, actor, () =>
        {
            PhaseMachine.EnsurePermitted(_machine, OpenSpaceCommand.AdoptAgenda);
            if (proposal.BasedOnVersion != _kernel.Version)
            {
                throw Reject(OpenSpaceCommand.AdoptAgenda, RejectionKind.Conflict, $"The proposal was made at version {proposal.BasedOnVersion}, but the session is at version {_kernel.Version}; propose the agenda again.");
            }

            return new AgendaAdopted(proposal.Placements, proposal.Score);
        });
    }

    /// <summary>Appoints a scribe for a session.</summary>
    /// <param name="actor">Who sends the command: the session's convener or the facilitator.</param>
    /// <param name="issue">The session.</param>
    /// <param name="scribe">The scribe.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void AppointScribe(Actor actor, ContributionId issue, ParticipantId scribe, string? commandId = null) =>
        Run(commandId, actor, () => new ScribeAppointed(issue, scribe));

    /// <summary>Records that someone joined a session of the running slot (leaving the one they were in, if any). Never refused for a full room.</summary>
    /// <param name="actor">Who sends the command: the participant, or the facilitator for them.</param>
    /// <param name="issue">The session.</param>
    /// <param name="participant">Who joined.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void JoinSession(Actor actor, ContributionId issue, ParticipantId participant, string? commandId = null) =>
        Run(commandId, actor, () => new SessionJoined(issue, participant, _startedSlots));

    /// <summary>Records that someone left a session of the running slot.</summary>
    /// <param name="actor">Who sends the command: the participant, or the facilitator for them.</param>
    /// <param name="issue">The session.</param>
    /// <param name="participant">Who left.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void LeaveSession(Actor actor, ContributionId issue, ParticipantId participant, string? commandId = null) =>
        Run(commandId, actor, () => new SessionLeft(issue, participant, _startedSlots));

    /// <summary>Sends a session's report to the news room (a later report for the same issue is a revision).</summary>
    /// <param name="actor">Who sends the command: the session's convener, its scribe or the facilitator.</param>
    /// <param name="report">The report.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void SubmitReport(Actor actor, SessionReport report, string? commandId = null) => Run(commandId, actor, () => new ReportSubmitted(report));

    /// <summary>Shares news with everyone.</summary>
    /// <param name="actor">Who sends the command: the newsroom coordinator or the facilitator.</param>
    /// <param name="text">The news.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void ShareNews(Actor actor, string text, string? commandId = null) => Run(commandId, actor, () => new NewsShared(text));

    /// <summary>Puts one of a participant's dots on an issue (several may go on one issue, up to the budget).</summary>
    /// <param name="actor">Who sends the command: the participant, or the facilitator for them.</param>
    /// <param name="issue">The issue.</param>
    /// <param name="participant">Whose dot.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void CastDot(Actor actor, ContributionId issue, ParticipantId participant, string? commandId = null) =>
        Run(commandId, actor, () => new DotCast(issue, participant));

    /// <summary>Clusters related issues (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="cluster">The cluster's id.</param>
    /// <param name="name">The cluster's name.</param>
    /// <param name="issues">The issues; each may be in one cluster only.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void ClusterIssues(Actor actor, ContributionId cluster, string name, IEnumerable<ContributionId> issues, string? commandId = null)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var list = issues.ToImmutableArray();
        Run(commandId, actor, () => new IssuesClustered(cluster, name, list));
    }

    /// <summary>Appoints the person who carries a cluster forward (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="cluster">The cluster.</param>
    /// <param name="initiator">The initiator.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void AppointInitiator(Actor actor, ContributionId cluster, ParticipantId initiator, string? commandId = null) =>
        Run(commandId, actor, () => new InitiatorAppointed(cluster, initiator));

    /// <summary>Records an action item.</summary>
    /// <param name="actor">Who sends the command: the facilitator or a registered participant.</param>
    /// <param name="action">The action item.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void RecordAction(Actor actor, ActionItem action, string? commandId = null) => Run(commandId, actor, () => new ActionRecorded(action));

    /// <summary>Speaks in the closing circle; each person may speak once, nobody must.</summary>
    /// <param name="actor">Who sends the command: the participant, or the facilitator for them.</param>
    /// <param name="participant">Who speaks.</param>
    /// <param name="words">What they said, if it is to be kept in the record; null otherwise.</param>
    /// <param name="commandId">A client-chosen id that makes a retry harmless, or null.</param>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public void Speak(Actor actor, ParticipantId participant, string? words = null, string? commandId = null) =>
        Run(commandId, actor, () => new SpokeInClosingCircle(participant, words));

    private void ChangePhase(Actor actor, OpenSpaceCommand command, string? commandId) =>
        Run(commandId, actor, () => new OpenSpacePhaseChanged(command, _phase, TargetOf(command)));

    private void Run(string? commandId, Actor actor, Func<OpenSpaceEvent> build) => Run(commandId, actor, build, _ => 0);

    private T Run<T>(string? commandId, Actor actor, Func<OpenSpaceEvent> build, Func<OpenSpaceEvent, T> result)
    {
        var accepted = _kernel.Execute<OpenSpaceEvent?>(commandId, actor, (now, events) =>
        {
            var e = build();
            Handle(e, actor, now);
            events.Add(e);
            return e;
        });

        // A retried id remembered from a saved document has no stored result: the event it raised is in the log.
        accepted ??= _kernel.Events.Last(e => e.CommandId == commandId);
        return result(accepted);
    }
}
