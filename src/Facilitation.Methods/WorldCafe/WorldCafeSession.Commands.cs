using System.Globalization;
using C = Facilitation.Methods.WorldCafe.WorldCafeCommand;
using P = Facilitation.Methods.WorldCafe.WorldCafePhase;

namespace Facilitation.Methods.WorldCafe;

/// <content>The commands a host app sends. Each is checked completely (version, phase, permission, payload) before anything changes.</content>
public sealed partial class WorldCafeSession
{
    /// <summary>Opens the doors: check-in starts. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void OpenCheckIn(Actor actor, CommandOptions? options = null) => Run(C.OpenCheckIn, actor, options, (_, events) =>
    {
        RequireFacilitator(C.OpenCheckIn, actor);
        _machine.Fire(C.OpenCheckIn);
        events.Add(new CheckInOpened());
        return Done;
    });

    /// <summary>Adds a person who arrives: a walk-in at check-in, or a late arrival, who is seated from the next round not yet held (remaining rounds are re-planned; held rounds never change). Someone who left may come back with the same details. Facilitator only.</summary>
    /// <param name="participant">The person.</param>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused (already here, no free seat, the seating cannot be planned); the session is unchanged.</exception>
    public void Join(Participant participant, Actor actor, CommandOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(participant);
        Run(C.Join, actor, options, (_, events) =>
        {
            RequireFacilitator(C.Join, actor);
            var id = participant.Id;
            if (_s.Present.Contains(id))
            {
                throw Reject(C.Join, RejectionKind.Conflict, $"'{Identifier.Shorten(id.Value)}' is already here.");
            }

            var known = _s.Find(id);
            if (known is not null && known != participant)
            {
                throw Reject(C.Join, RejectionKind.InvalidInput, $"'{Identifier.Shorten(id.Value)}' took part earlier as {known}; rejoin with the same details or use a new id.");
            }

            if (known is null && _s.Roster.Count >= Limits.MaxParticipants)
            {
                throw Reject(C.Join, RejectionKind.Conflict, Format($"A café holds at most {Limits.MaxParticipants} people."));
            }

            var seats = Design.Tables.Sum(t => t.Capacity);
            if (_s.Present.Count + 1 > seats)
            {
                throw Reject(C.Join, RejectionKind.Conflict, Format($"All {seats} seats are taken; add a chair before seating '{Identifier.Shorten(id.Value)}'."));
            }

            var roster = known is null ? [.. _s.Roster, participant] : _s.Roster;
            var present = new HashSet<ParticipantId>(_s.Present) { id };
            var plan = Replan(C.Join, roster, present, _s.Hosts);
            _machine.Fire(C.Join);
            if (known is null)
            {
                _s.Roster.Add(participant);
            }

            _s.Present.Add(id);
            Round? first = _s.Seatings.Count == 0 && plan is null ? Round.First : null;
            if (plan is not null)
            {
                var seat = plan.Seatings.FindIndex(_s.Held, s => s.IsSeated(id));
                first = seat < 0 ? null : new Round(seat + 1);
            }

            events.Add(new ParticipantJoined(participant, first));
            Commit(plan, events);
            return Done;
        });
    }

    /// <summary>Removes a person who does not come or leaves early. They keep their seat in rounds already held and are taken out of the rest, which is re-planned. The facilitator, or the person themselves.</summary>
    /// <param name="participant">The person.</param>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void Leave(ParticipantId participant, Actor actor, CommandOptions? options = null) => Run(C.Leave, actor, options, (_, events) =>
    {
        if (actor.Role != ActorRole.Facilitator && !actor.Is(participant))
        {
            throw Reject(C.Leave, RejectionKind.NotPermitted, $"Only the facilitator or '{Identifier.Shorten(participant.Value)}' themselves may say they leave, not {actor}.");
        }

        if (!_s.Present.Contains(participant))
        {
            throw Reject(C.Leave, _s.Find(participant) is null ? RejectionKind.InvalidInput : RejectionKind.Conflict, $"'{Identifier.Shorten(participant.Value)}' is not here.");
        }

        var present = new HashSet<ParticipantId>(_s.Present);
        present.Remove(participant);
        var hosts = _s.Hosts.Where(h => h.Value != participant).ToDictionary();
        var plan = Replan(C.Leave, _s.Roster, present, hosts);
        _machine.Fire(C.Leave);
        _s.Present.Remove(participant);
        foreach (var table in _s.Hosts.Where(h => h.Value == participant).Select(h => h.Key).ToList())
        {
            _s.Hosts.Remove(table);
        }

        var last = _s.Seatings.Take(_s.Held).LastOrDefault(s => s.IsSeated(participant));
        events.Add(new ParticipantLeft(participant, last?.Round));
        Commit(plan, events);
        return Done;
    });

    /// <summary>Closes check-in, plans the seating of every round with the rotation planner, and welcomes everyone. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused (nobody here, the seating cannot be planned); the session is unchanged.</exception>
    public void Welcome(Actor actor, CommandOptions? options = null) => Run(C.Welcome, actor, options, (_, events) =>
    {
        RequireFacilitator(C.Welcome, actor);
        if (_s.Present.Count == 0)
        {
            throw Reject(C.Welcome, RejectionKind.Conflict, "Nobody is here yet; add people with Join first.");
        }

        var plan = Replan(C.Welcome, _s.Roster, _s.Present, _s.Hosts, initial: true);
        _machine.Fire(C.Welcome);
        events.Add(new WelcomeStarted(_s.Present.Count));
        Commit(plan, events);
        return Done;
    });

    /// <summary>Announces the next round's seating. In volunteer-host mode, tables still without a volunteer when round 2 starts get one automatically (the first person who sat there in round 1). Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void StartRound(Actor actor, CommandOptions? options = null) => Run(C.StartRound, actor, options, (_, events) =>
    {
        RequireFacilitator(C.StartRound, actor);
        var next = _s.Round + 1;
        PlannedSeating? plan = null;
        var chosen = new List<HostChosen>();
        if (Design.HostSelection == HostSelection.VolunteerAfterFirstRound && next == 2)
        {
            var hosts = new Dictionary<GroupId, ParticipantId>(_s.Hosts);
            foreach (var table in Design.Tables.Where(t => !hosts.ContainsKey(t.Id)))
            {
                var volunteer = _s.Seatings[0].MembersOf(table.Id).FirstOrDefault(p => _s.Present.Contains(p) && !hosts.ContainsValue(p));
                if (!string.IsNullOrEmpty(volunteer.Value))
                {
                    hosts[table.Id] = volunteer;
                    chosen.Add(new HostChosen(table.Id, volunteer, new Round(2)));
                }
            }

            if (chosen.Count > 0)
            {
                plan = Replan(C.StartRound, _s.Roster, _s.Present, hosts);
                foreach (var c in chosen)
                {
                    _s.Hosts[c.Table] = c.Host;
                }
            }
        }

        _machine.Fire(C.StartRound);
        _s.Round = next;
        events.AddRange(chosen);
        Commit(plan, events);
        events.Add(new RoundStarted(new Round(next), _s.Seatings[next - 1]));
        return Done;
    });

    /// <summary>Lets table hosts brief the newcomers at their table from the previous round's notes (round 2 or later, when the café has hosts). Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void BeginBriefing(Actor actor, CommandOptions? options = null) => Run(C.BeginBriefing, actor, options, (_, events) =>
    {
        RequireFacilitator(C.BeginBriefing, actor);
        _machine.Fire(C.BeginBriefing);
        FillRoundHosts(events);
        events.Add(new BriefingStarted(new Round(_s.Round)));
        return Done;
    });

    /// <summary>Records a host's briefing for their table. The table's host for this round, or the facilitator.</summary>
    /// <param name="table">The table.</param>
    /// <param name="text">What the host told the newcomers.</param>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <returns>The briefing as recorded.</returns>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public Contribution AddBriefing(GroupId table, string text, Actor actor, CommandOptions? options = null) =>
        RunContribution(C.AddBriefing, actor, actor, options, (now, events) =>
        {
            CheckTable(C.AddBriefing, table);
            var host = HostAt(table, _s.Round);
            if (actor.Role != ActorRole.Facilitator && !(host is { } h && actor.Is(h)))
            {
                throw Reject(C.AddBriefing, RejectionKind.NotPermitted, $"Only the host of '{table}' this round or the facilitator may brief there, not {actor}.");
            }

            var briefing = NewContribution(C.AddBriefing, ContributionKind.Briefing, text, now, actor.Participant, table);
            _machine.Fire(C.AddBriefing);
            Record(briefing, options);
            events.Add(new BriefingAdded(briefing));
            return briefing;
        });

    /// <summary>Starts the timed conversation: the round is now held (its seating never changes again) and its timer runs. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void StartConversation(Actor actor, CommandOptions? options = null) => Run(C.StartConversation, actor, options, (now, events) =>
    {
        RequireFacilitator(C.StartConversation, actor);
        _machine.Fire(C.StartConversation);
        FillRoundHosts(events);
        if (!_s.RoundHosts.ContainsKey(_s.Round))
        {
            var seating = _s.Seatings[_s.Round - 1];
            _s.RoundHosts[_s.Round] = Design.Tables
                .Select(t => (t.Id, Host: HostAt(t.Id, _s.Round)))
                .Where(x => x.Host is { } h && seating.GroupOf(h) == x.Id)
                .ToDictionary(x => x.Id, x => x.Host!.Value);
        }

        _s.Held = _s.Round;
        _s.RoundTime = new Timebox(now, Design.RoundDuration);
        _s.WarningGiven = false;
        _s.TimeUpGiven = false;
        events.Add(new ConversationStarted(new Round(_s.Round), _s.RoundTime));
        ArmTimers(now);
        return Done;
    });

    /// <summary>Writes a note on a table's tablecloth during the conversation. A participant writes only at the table where they sit this round and only as themselves; the facilitator writes for any table (no author).</summary>
    /// <param name="table">The table.</param>
    /// <param name="text">The note (at most <see cref="Limits.MaxTextLength"/> characters).</param>
    /// <param name="actor">Who writes it.</param>
    /// <param name="anonymous">True to keep the author out of the record, the events and every export.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <returns>The note as recorded, tagged with table, round and question.</returns>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public Contribution AddNote(GroupId table, string text, Actor actor, bool anonymous = false, CommandOptions? options = null) =>
        RunContribution(C.AddNote, actor, anonymous ? Actor.System : actor, options, (now, events) =>
        {
            CheckTable(C.AddNote, table);
            if (actor.Role == ActorRole.System)
            {
                throw Reject(C.AddNote, RejectionKind.NotPermitted, "Notes are written by people: the facilitator or a participant.");
            }

            if (actor.Participant is { } writer)
            {
                var seat = _s.Present.Contains(writer) ? _s.Seatings[_s.Round - 1].GroupOf(writer) : null;
                if (seat != table)
                {
                    throw Reject(C.AddNote, RejectionKind.NotPermitted, seat is null
                        ? $"'{Identifier.Shorten(writer.Value)}' has no seat this round, so cannot write at '{table}'."
                        : $"'{Identifier.Shorten(writer.Value)}' sits at '{seat}' this round and may write only there, not at '{table}'.");
                }
            }

            var note = NewContribution(C.AddNote, ContributionKind.Note, text, now, anonymous ? null : actor.Participant, table);
            _machine.Fire(C.AddNote);
            Record(note, options);
            events.Add(new NoteAdded(note));
            return note;
        });

    /// <summary>Extends (positive) or shortens (negative) the running round; the warning and time-up signals follow the new end. Facilitator only.</summary>
    /// <param name="change">The change, not zero and at most seven days either way.</param>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void ChangeRoundTime(TimeSpan change, Actor actor, CommandOptions? options = null) => Run(C.ChangeRoundTime, actor, options, (now, events) =>
    {
        RequireFacilitator(C.ChangeRoundTime, actor);
        if (change == TimeSpan.Zero || change > Timebox.MaxDuration || change < -Timebox.MaxDuration
            || _s.RoundTime!.Duration + change > Timebox.MaxDuration)
        {
            throw Reject(C.ChangeRoundTime, RejectionKind.InvalidInput, Format($"A round can be changed by a non-zero amount that keeps it at most seven days long, but {change} was given."));
        }

        _machine.Fire(C.ChangeRoundTime);
        _s.RoundTime = _s.RoundTime.Extend(change);
        events.Add(new RoundTimeChanged(new Round(_s.Round), change, _s.RoundTime));
        var remaining = _s.RoundTime.EndsAt - now;
        if (remaining > Design.WarningBeforeEnd)
        {
            _s.WarningGiven = false;
        }

        if (remaining > TimeSpan.Zero)
        {
            _s.TimeUpGiven = false;
        }

        if (!_s.WarningGiven && Design.WarningBeforeEnd > TimeSpan.Zero && remaining > TimeSpan.Zero && remaining <= Design.WarningBeforeEnd)
        {
            GiveWarning(events, remaining);
        }

        if (!_s.TimeUpGiven && remaining <= TimeSpan.Zero)
        {
            TimeIsUp(events);
        }

        ArmTimers(now);
        return Done;
    });

    /// <summary>Ends the conversation round: its notes are frozen. Facilitator only (or the timer, with auto-advance).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void CloseRound(Actor actor, CommandOptions? options = null) => Run(C.CloseRound, actor, options, (_, events) =>
    {
        RequireFacilitator(C.CloseRound, actor);
        CloseRoundNow(events);
        return Done;
    });

    /// <summary>Holds a whole-room plenary between rounds (when the design plans one). Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void StartPlenary(Actor actor, CommandOptions? options = null) => Run(C.StartPlenary, actor, options, (_, events) =>
    {
        RequireFacilitator(C.StartPlenary, actor);
        _machine.Fire(C.StartPlenary);
        events.Add(new PlenaryStarted(new Round(_s.Round)));
        return Done;
    });

    /// <summary>
    /// Chooses a table's host. With <see cref="HostSelection.VolunteerAfterFirstRound"/>: after round 1, someone who sat at the table in round 1,
    /// who then stays there for every later round (the remaining rounds are re-planned). With <see cref="HostSelection.RechosenEachRound"/>: during a
    /// round's seating, someone seated at the table this round who has not hosted before. Facilitator only.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="host">The new host.</param>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void ChooseHost(GroupId table, ParticipantId host, Actor actor, CommandOptions? options = null) => Run(C.ChooseHost, actor, options, (_, events) =>
    {
        RequireFacilitator(C.ChooseHost, actor);
        CheckTable(C.ChooseHost, table);
        if (!_s.Present.Contains(host))
        {
            throw Reject(C.ChooseHost, RejectionKind.InvalidInput, $"'{Identifier.Shorten(host.Value)}' is not here, so cannot host.");
        }

        if (Design.HostSelection == HostSelection.VolunteerAfterFirstRound)
        {
            if (_s.Seatings[0].GroupOf(host) != table)
            {
                throw Reject(C.ChooseHost, RejectionKind.InvalidInput, $"'{Identifier.Shorten(host.Value)}' did not sit at '{table}' in round 1; its volunteer host comes from the people who did.");
            }

            if (_s.Hosts.FirstOrDefault(h => h.Value == host && h.Key != table) is { Key.Value.Length: > 0 } other)
            {
                throw Reject(C.ChooseHost, RejectionKind.Conflict, $"'{Identifier.Shorten(host.Value)}' already hosts '{other.Key}'.");
            }

            var hosts = new Dictionary<GroupId, ParticipantId>(_s.Hosts) { [table] = host };
            var plan = Replan(C.ChooseHost, _s.Roster, _s.Present, hosts);
            _machine.Fire(C.ChooseHost);
            _s.Hosts[table] = host;
            events.Add(new HostChosen(table, host, new Round(2)));
            Commit(plan, events);
            return Done;
        }

        var round = _s.Round;
        if (_s.Seatings[round - 1].GroupOf(host) != table)
        {
            throw Reject(C.ChooseHost, RejectionKind.InvalidInput, Format($"'{Identifier.Shorten(host.Value)}' does not sit at '{table}' in round {round}; choose someone seated there."));
        }

        var chosen = _s.RoundHosts.TryGetValue(round, out var now) ? now : [];
        if (chosen.FirstOrDefault(h => h.Value == host && h.Key != table) is { Key.Value.Length: > 0 } elsewhere)
        {
            throw Reject(C.ChooseHost, RejectionKind.Conflict, $"'{Identifier.Shorten(host.Value)}' already hosts '{elsewhere.Key}' this round.");
        }

        if (HostedBefore(round).Contains(host) && _s.Seatings[round - 1].MembersOf(table).Any(p => !HostedBefore(round).Contains(p)))
        {
            throw Reject(C.ChooseHost, RejectionKind.Conflict, $"'{Identifier.Shorten(host.Value)}' has hosted before; choose someone at '{table}' who has not.");
        }

        _machine.Fire(C.ChooseHost);
        chosen = new Dictionary<GroupId, ParticipantId>(chosen) { [table] = host };
        _s.RoundHosts[round] = chosen;
        events.Add(new HostChosen(table, host, new Round(round)));
        return Done;
    });

    /// <summary>Starts the town-hall harvest after the last round. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void BeginHarvest(Actor actor, CommandOptions? options = null) => Run(C.BeginHarvest, actor, options, (_, events) =>
    {
        RequireFacilitator(C.BeginHarvest, actor);
        _machine.Fire(C.BeginHarvest);
        events.Add(new HarvestStarted());
        return Done;
    });

    /// <summary>Records an insight, theme, question or action item in the town-hall harvest. The facilitator (no author) or a participant who is here (as themselves).</summary>
    /// <param name="kind"><see cref="ContributionKind.Insight"/>, <see cref="ContributionKind.Theme"/>, <see cref="ContributionKind.Question"/> or <see cref="ContributionKind.ActionItem"/>.</param>
    /// <param name="text">The item.</param>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="owner">Who will do it (required for an action item).</param>
    /// <param name="nextStep">The next step (required for an action item).</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <returns>The item as recorded.</returns>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public Contribution AddHarvestItem(ContributionKind kind, string text, Actor actor, string? owner = null, string? nextStep = null, CommandOptions? options = null) =>
        RunContribution(C.AddHarvestItem, actor, actor, options, (now, events) =>
        {
            if (actor.Role == ActorRole.System || (actor.Participant is { } p && !_s.Present.Contains(p)))
            {
                throw Reject(C.AddHarvestItem, RejectionKind.NotPermitted, $"Harvest items come from the facilitator or a participant who is here, not {actor}.");
            }

            if (kind is not (ContributionKind.Insight or ContributionKind.Theme or ContributionKind.Question or ContributionKind.ActionItem))
            {
                throw Reject(C.AddHarvestItem, RejectionKind.InvalidInput, $"A harvest item is an Insight, Theme, Question or ActionItem, not {kind}.");
            }

            if (kind == ContributionKind.ActionItem && (owner is null || nextStep is null))
            {
                throw Reject(C.AddHarvestItem, RejectionKind.InvalidInput, "An action item needs an owner and a next step.");
            }

            var problem = (owner is null ? null : Identifier.FindTextProblem(owner, "owner", Limits.MaxNameLength))
                ?? (nextStep is null ? null : Identifier.FindTextProblem(nextStep, "next step", Limits.MaxTextLength));
            if (problem is not null)
            {
                throw Reject(C.AddHarvestItem, RejectionKind.InvalidInput, problem);
            }

            var item = NewContribution(C.AddHarvestItem, kind, text, now, actor.Participant, null) with { Owner = owner, NextStep = nextStep };
            _machine.Fire(C.AddHarvestItem);
            Record(item, options);
            events.Add(new HarvestItemAdded(item));
            return item;
        });

    /// <summary>Closes the café. Facilitator only.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="options">An optional command id (idempotent retries) and expected version.</param>
    /// <exception cref="CommandRejectedException">Refused; the session is unchanged.</exception>
    public void Close(Actor actor, CommandOptions? options = null) => Run(C.Close, actor, options, (_, events) =>
    {
        RequireFacilitator(C.Close, actor);
        _machine.Fire(C.Close);
        events.Add(new CafeClosed());
        return Done;
    });

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private void Run(C command, Actor actor, CommandOptions? options, Func<DateTimeOffset, List<WorldCafeEvent>, object> apply) =>
        _kernel.Execute(options?.CommandId, actor, (now, events) =>
        {
            Check(command, options);
            return apply(now, events);
        });

    private Contribution RunContribution(C command, Actor actor, Actor stampAs, CommandOptions? options, Func<DateTimeOffset, List<WorldCafeEvent>, Contribution> apply)
    {
        _ = actor;
        var result = _kernel.Execute<Contribution?>(options?.CommandId, stampAs, (now, events) =>
        {
            Check(command, options);
            return apply(now, events);
        });
        if (result is not null)
        {
            return result;
        }

        // A retry of a command remembered from before a restore: the kernel knows the id, the state knows what it produced.
        lock (_kernel.Gate)
        {
            return _s.ContributionByCommand.TryGetValue(options!.CommandId!, out var id)
                ? _s.Contributions.First(c => c.Id == id)
                : throw Reject(command, RejectionKind.Conflict, "This command id was used by another command.");
        }
    }

    private void Check(C command, CommandOptions? options)
    {
        if (options?.ExpectedVersion is { } expected && expected != _kernel.Version)
        {
            throw Reject(command, RejectionKind.Conflict, Format($"The session is at version {_kernel.Version}, not {expected}: reload it and decide again."));
        }

        PhaseMachine.EnsurePermitted(_machine, command);
    }

    private CommandRejectedException Reject(C command, RejectionKind kind, string reason) => PhaseMachine.Reject(_machine, command, kind, reason);

    private void RequireFacilitator(C command, Actor actor)
    {
        if (actor.Role != ActorRole.Facilitator)
        {
            throw Reject(command, RejectionKind.NotPermitted, $"Only the facilitator may {command}, not {actor}.");
        }
    }

    private void CheckTable(C command, GroupId table)
    {
        if (!Design.Tables.Any(t => t.Id == table))
        {
            throw Reject(command, RejectionKind.InvalidInput, $"'{Identifier.Shorten(table.Value)}' is not one of the café's tables ({string.Join(", ", Design.Tables.Select(t => t.Id))}).");
        }
    }

    private Contribution NewContribution(C command, ContributionKind kind, string text, DateTimeOffset now, ParticipantId? author, GroupId? table)
    {
        if (Identifier.FindTextProblem(text, "text", Limits.MaxTextLength) is { } problem)
        {
            throw Reject(command, RejectionKind.InvalidInput, problem);
        }

        if (_s.Contributions.Count >= WorldCafeConstants.MaxContributions)
        {
            throw Reject(command, RejectionKind.Conflict, Format($"The café already holds {WorldCafeConstants.MaxContributions} contributions, the most one session keeps."));
        }

        var id = new ContributionId("c" + (_s.ContributionCount + 1).ToString(CultureInfo.InvariantCulture));
        return new Contribution(id, kind, text, now, author, table, table is null ? null : new Round(_s.Round))
        {
            Prompt = table is { } t ? QuestionAt(t, _s.Round) : (Prompt?)null,
        };
    }

    private void Record(Contribution contribution, CommandOptions? options)
    {
        _s.ContributionCount++;
        _s.Contributions.Add(contribution);
        if (options?.CommandId is { } commandId)
        {
            _s.ContributionByCommand[commandId] = contribution.Id;
        }
    }

    private void CloseRoundNow(List<WorldCafeEvent> events)
    {
        _machine.Fire(C.CloseRound);
        DisarmTimers();
        _s.RoundTime = null;
        _s.WarningGiven = false;
        _s.TimeUpGiven = false;
        var round = new Round(_s.Round);
        events.Add(new RoundClosed(round, _s.Contributions.Count(c => c.Kind == ContributionKind.Note && c.Round == round)));
    }

    private HashSet<ParticipantId> HostedBefore(int round) =>
        [.. _s.RoundHosts.Where(r => r.Key < round).SelectMany(r => r.Value.Values)];

    private void FillRoundHosts(List<WorldCafeEvent> events)
    {
        if (Design.HostSelection != HostSelection.RechosenEachRound)
        {
            return;
        }

        var round = _s.Round;
        var seating = _s.Seatings[round - 1];
        var chosen = _s.RoundHosts.TryGetValue(round, out var now) ? new Dictionary<GroupId, ParticipantId>(now) : [];
        var before = HostedBefore(round);
        foreach (var table in Design.Tables.Where(t => !chosen.ContainsKey(t.Id)))
        {
            var members = seating.MembersOf(table.Id).Where(p => !chosen.ContainsValue(p)).ToList();
            var pick = members.Where(p => !before.Contains(p)).Concat(members).FirstOrDefault();
            if (!string.IsNullOrEmpty(pick.Value))
            {
                chosen[table.Id] = pick;
                events.Add(new HostChosen(table.Id, pick, new Round(round)));
            }
        }

        _s.RoundHosts[round] = chosen;
    }
}
