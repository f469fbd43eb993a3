using System.Collections.Immutable;
using Facilitation.Methods.Sessions;
using C = Facilitation.Methods.WorldCafe.WorldCafeCommand;

namespace Facilitation.Methods.WorldCafe;

/// <content>The commands a host app sends: each proposes one event to the engine, which checks it against the rules and records it.</content>
public sealed partial class WorldCafeSession
{
    /// <summary>How many times a command that re-plans the seating plans again when the café changed while it planned.</summary>
    private const int PlanAttempts = 3;

    /// <summary>Opens the doors: check-in starts. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void OpenCheckIn(Actor actor, CommandOptions? options = null) => ChangePhase(actor, C.OpenCheckIn, options);

    /// <summary>Adds a person who arrives: a walk-in at check-in, or a late arrival, who is seated from the next round not yet held (remaining rounds are re-planned outside the session's gate; held rounds never change). Someone who left may come back with the same details. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="participant">The person.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused (already here, no free seat, the seating cannot be planned); the session is unchanged.</exception>
    public void Join(Actor actor, Participant participant, CommandOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(participant);
        Planned(actor, C.Join, options, new ParticipantJoined(participant), (input, planning) =>
        {
            var roster = input.Roster.Any(p => p.Id == participant.Id) ? input.Roster : input.Roster.Add(participant);
            return planning.Plan(input, roster, input.Present.Add(participant.Id), input.Hosts);
        }, plan => new ParticipantJoined(participant, plan: plan));
    }

    /// <summary>Removes a person who does not come or leaves early. They keep their seat in rounds already held and are taken out of the rest, which is re-planned outside the session's gate. The facilitator, or the person themselves.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="participant">The person.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void Leave(Actor actor, ParticipantId participant, CommandOptions? options = null) =>
        Planned(actor, C.Leave, options, new ParticipantLeft(participant), (input, planning) =>
            planning.Plan(input, input.Roster, input.Present.Remove(participant), input.Hosts.Where(h => h.Value != participant).ToImmutableDictionary()),
            plan => new ParticipantLeft(participant, plan: plan));

    /// <summary>Closes check-in, plans the seating of every round with the rotation planner (outside the session's gate), and welcomes everyone. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused (nobody here, the seating cannot be planned); the session is unchanged.</exception>
    public void Welcome(Actor actor, CommandOptions? options = null) =>
        Planned(actor, C.Welcome, options, new CafePhaseChanged(C.Welcome, default, default), (input, planning) =>
            planning.Plan(input, input.Roster, input.Present, input.Hosts), plan => new CafePhaseChanged(C.Welcome, default, default, plan: plan), initial: true);

    /// <summary>Announces the next round's seating. In volunteer-host mode, tables still without a volunteer when round 2 starts get one automatically (the first person who sat there in round 1), and the later rounds are re-planned. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void StartRound(Actor actor, CommandOptions? options = null)
    {
        var proposed = new CafePhaseChanged(C.StartRound, default, default);
        if (_engine.Read(s => _rules.AutoVolunteers(s).Count) == 0)
        {
            _engine.Execute(actor, proposed, options);
            return;
        }

        Planned(actor, C.StartRound, options, proposed, (input, planning) =>
        {
            var hosts = input.Hosts.SetItems(_engine.Read(s => _rules.AutoVolunteers(s)));
            return planning.Plan(input, input.Roster, input.Present, hosts);
        }, plan => proposed.With(changed => changed.Plan = plan), initial: true);
    }

    /// <summary>Lets table hosts brief the newcomers at their table from the previous round's notes (round 2 or later, when the café has hosts). Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void BeginBriefing(Actor actor, CommandOptions? options = null) => ChangePhase(actor, C.BeginBriefing, options);

    /// <summary>Records a host's briefing for their table. The table's host for this round, or the facilitator.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="table">The table.</param>
    /// <param name="text">What the host told the newcomers.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <returns>The briefing as recorded.</returns>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public Contribution AddBriefing(Actor actor, GroupId table, string text, CommandOptions? options = null) =>
        ((BriefingAdded)_engine.Execute(actor, new BriefingAdded(Proposed(C.AddBriefing, ContributionKind.Briefing, text, table)), options)).Briefing;

    /// <summary>Starts the timed conversation: the round is now held (its seating never changes again) and its timer runs. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void StartConversation(Actor actor, CommandOptions? options = null) => ChangePhase(actor, C.StartConversation, options);

    /// <summary>Writes a note on a table's tablecloth during the conversation. A participant writes only at the table where they sit this round; the facilitator writes for any table (no author).</summary>
    /// <param name="actor">Who writes it (never <see cref="Actor.Anonymous"/>: name the writer and set <paramref name="anonymous"/>).</param>
    /// <param name="table">The table.</param>
    /// <param name="text">The note (at most <see cref="Limits.MaxTextLength"/> characters).</param>
    /// <param name="anonymous">True to keep the writer out of the record, the events, the log and every export (the command id is kept only as a hash).</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <returns>The note as recorded, tagged with table, round and question.</returns>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public Contribution AddNote(Actor actor, GroupId table, string text, bool anonymous = false, CommandOptions? options = null)
    {
        if (actor.Role == ActorRole.Anonymous)
        {
            throw _engine.Reject(nameof(C.AddNote), RejectionKind.NotPermitted, _engine.Say("Refusal.Cafe.AnonymousNote"));
        }

        // The proposal is this call's own: the rules complete it in place and the engine keeps it, so a note allocates one event and one contribution.
        return ((NoteAdded)_engine.Execute(actor, new NoteAdded(Proposed(C.AddNote, ContributionKind.Note, text, table), anonymous), options, owned: true)).Note;
    }

    /// <summary>Extends (positive) or shortens (negative) the running round; the warning and time-up follow the new end. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="change">The change, not zero and at most seven days either way.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void ChangeRoundTime(Actor actor, TimeSpan change, CommandOptions? options = null) => _engine.Execute(actor, new RoundTimeChanged(change), options);

    /// <summary>Pauses the running round: its remaining time stands still and no warning or time-up comes until <see cref="ResumeRound"/>. A paused round survives save and restore. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void PauseRound(Actor actor, CommandOptions? options = null) => _engine.Execute(actor, new RoundPaused(), options);

    /// <summary>Resumes a paused round with the time it had left. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void ResumeRound(Actor actor, CommandOptions? options = null) => _engine.Execute(actor, new RoundResumed(), options);

    /// <summary>Ends the conversation round: its notes are frozen. Facilitator only (or the timer, with auto-advance).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void CloseRound(Actor actor, CommandOptions? options = null) => ChangePhase(actor, C.CloseRound, options);

    /// <summary>Holds a whole-room plenary between rounds (when the design plans one). Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void StartPlenary(Actor actor, CommandOptions? options = null) => ChangePhase(actor, C.StartPlenary, options);

    /// <summary>
    /// Chooses a table's host. With <see cref="HostSelection.VolunteerAfterFirstRound"/>: after round 1, someone who sat at the table in round 1,
    /// who then stays there for every later round (the remaining rounds are re-planned outside the session's gate). With
    /// <see cref="HostSelection.RechosenEachRound"/>: during a round's seating, someone seated at the table this round who has not hosted before. Facilitator only.
    /// </summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="table">The table.</param>
    /// <param name="host">The new host.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void ChooseHost(Actor actor, GroupId table, ParticipantId host, CommandOptions? options = null)
    {
        var proposed = new HostChosen(table, host);
        if (Design.HostSelection != HostSelection.VolunteerAfterFirstRound)
        {
            _engine.Execute(actor, proposed, options);
            return;
        }

        Planned(actor, C.ChooseHost, options, proposed, (input, planning) => planning.Plan(input, input.Roster, input.Present, input.Hosts.SetItem(table, host)), plan => proposed.With(changed => changed.Plan = plan));
    }

    /// <summary>Starts the town-hall harvest after the last round. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void BeginHarvest(Actor actor, CommandOptions? options = null) => ChangePhase(actor, C.BeginHarvest, options);

    /// <summary>Records an insight, theme, question or action item in the town-hall harvest. The facilitator (no author) or a participant who is here (as themselves).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="kind"><see cref="ContributionKind.Insight"/>, <see cref="ContributionKind.Theme"/>, <see cref="ContributionKind.Question"/> or <see cref="ContributionKind.ActionItem"/>.</param>
    /// <param name="text">The item.</param>
    /// <param name="owner">Who will do it (required for an action item).</param>
    /// <param name="nextStep">The next step (required for an action item).</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <returns>The item as recorded.</returns>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public Contribution AddHarvestItem(Actor actor, ContributionKind kind, string text, string? owner = null, string? nextStep = null, CommandOptions? options = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw _engine.Reject(nameof(C.AddHarvestItem), RejectionKind.InvalidInput, _engine.Say("Refusal.Cafe.HarvestKind", kind));
        }

        var proposed = Proposed(C.AddHarvestItem, kind, text, null);
        var item = new Contribution(proposed.Id, kind, proposed.Text, default) { Owner = owner, NextStep = nextStep };
        return ((HarvestItemAdded)_engine.Execute(actor, new HarvestItemAdded(item), options)).Item;
    }

    /// <summary>Closes the café. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void Close(Actor actor, CommandOptions? options = null) => ChangePhase(actor, C.Close, options);

    private void ChangePhase(Actor actor, C command, CommandOptions? options) => _engine.Execute(actor, new CafePhaseChanged(command, default, default), options);

    /// <summary>The caller's part of a contribution: kind, text and table; the rules fill id, time, author, round and question.</summary>
    private Contribution Proposed(C command, ContributionKind kind, string text, GroupId? table)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var language = _engine.Language();
        if (Identifier.FindTextProblem(text, "text", Limits.MaxTextLength) is { } problem)
        {
            throw _engine.Reject(command.ToString(), RejectionKind.InvalidInput, problem);
        }

        return Contribution.Proposal(kind, text, table);
    }

    /// <summary>
    /// Runs a command whose event carries a seating plan: checks it first, copies the café under the gate, plans outside it, then proposes the
    /// event with the version the plan was made from. When the people, hosts or held rounds changed meanwhile, plans again (a few times), then refuses with a conflict.
    /// </summary>
    private void Planned(Actor actor, C command, CommandOptions? options, WorldCafeEvent unplanned, Func<PlanInput, WorldCafePlanning, SeatingPlan> plan, Func<SeatingPlan, WorldCafeEvent> propose, bool initial = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (input, refused, needed) = _engine.Read(s =>
            {
                try
                {
                    _rules.CheckBeforePlanning(s, actor, unplanned, _engine.Clock.GetUtcNow());
                }
                catch (CommandRejectedException)
                {
                    return ((PlanInput?)null, true, false);
                }

                return ((PlanInput?)PlanInput.Of(s), false, initial || _rules.NeedsPlan(s));
            });
            if (refused || !needed)
            {
                // The engine gives the refusal (or the first result of a retried command id), or records an event that needs no plan.
                _engine.Execute(actor, unplanned, options);
                return;
            }

            SeatingPlan planned;
            try
            {
                // A problem the planner finds is written in the session's language, like every refusal.
                using var language = _engine.Language();
                planned = plan(input!, _planning);
            }
            catch (InvalidOperationException e)
            {
                throw _engine.Reject(command.ToString(), RejectionKind.Conflict, e.Message);
            }

            try
            {
                _engine.Execute(actor, propose(planned), options);
                return;
            }
            catch (CommandRejectedException e) when (e.Kind == RejectionKind.Conflict && attempt < PlanAttempts && _engine.Version != input!.Version)
            {
                // The café changed while the planner worked: plan again from the new state.
            }
        }
    }
}
