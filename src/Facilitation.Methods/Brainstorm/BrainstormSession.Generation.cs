using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

public sealed partial class BrainstormSession
{
    /// <summary>Starts the next planned generation round and its timer (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <returns>The round as it starts.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public RoundStatus StartRound(Actor actor, string? commandId = null) =>
        Run(BrainstormCommand.StartRound, commandId, actor, (now, events) =>
        {
            const BrainstormCommand command = BrainstormCommand.StartRound;
            EnsurePermitted(command);
            RequireFacilitator(command, actor);
            var plan = _design.Rounds[_state.RoundsStarted];
            var round = new Round(_state.RoundsStarted + 1);
            var current = new CurrentRound(round, plan, plan.Prompt ?? _design.Prompt, new Timebox(now, plan.Duration));
            if (plan.Technique == GenerationTechnique.Brainwriting)
            {
                current = current with { Teams = [.. SheetRotation.FormTeams(_people, plan.TeamSize).Select(t => t.ToImmutableArray())] };
            }

            _machine.Fire(command);
            _state.RoundsStarted++;
            _state.Current = current;
            ArmTimer();
            var status = Status(current);
            events.Add(new RoundStarted(status));
            return status;
        });

    /// <summary>Adds an idea. A participant adds their own (in round-robin only on their turn, in brainwriting on the sheet they hold);
    /// the facilitator may record one for the person whose turn it is, or for the whole group in open and 1-2-4-All rounds.</summary>
    /// <param name="actor">Who writes the idea.</param>
    /// <param name="text">The idea (at most <see cref="Limits.MaxTextLength"/> characters).</param>
    /// <param name="category">One of the design's categories (any case), or null.</param>
    /// <param name="buildsOn">An idea this one builds on; in brainwriting, one on the same sheet.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <returns>The new idea's id.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public ContributionId AddIdea(Actor actor, string text, string? category = null, ContributionId? buildsOn = null, string? commandId = null)
    {
        while (true)
        {
            // An anonymous idea's event must not name its writer, so the stamp depends on the running round;
            // if the round changes between this look and the command, look again.
            var (round, anonymous) = Read(() => (_state.Current?.Round, _state.Current?.Plan.Anonymous == true));
            try
            {
                return Run(BrainstormCommand.AddIdea, commandId, anonymous ? Actor.System : actor, (now, events) =>
                {
                    if (_state.Current?.Round != round)
                    {
                        throw new RoundChangedException();
                    }

                    return ApplyAddIdea(actor, text, category, buildsOn, now, events);
                });
            }
            catch (RoundChangedException)
            {
            }
        }
    }

    /// <summary>Passes the turn of the person whose turn it is (that person, or the facilitator), when the round allows passing.</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <returns>Whose turn it is now.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public ParticipantId PassTurn(Actor actor, string? commandId = null) =>
        Run(BrainstormCommand.PassTurn, commandId, actor, (_, events) =>
        {
            const BrainstormCommand command = BrainstormCommand.PassTurn;
            EnsurePermitted(command);
            var current = _state.Current!;
            var holder = _people[current.Turn];
            if (actor.Role == ActorRole.Participant && RequireKnownParticipant(command, actor) != holder)
            {
                throw Refuse(command, RejectionKind.NotPermitted, $"it is '{holder}''s turn; only they or the facilitator may pass it.");
            }

            _machine.Fire(command);
            var next = (current.Turn + 1) % _people.Length;
            _state.Current = current with { Turn = next };
            events.Add(new TurnPassed(holder, _people[next]));
            return _people[next];
        });

    /// <summary>Passes every brainwriting sheet to the next member of its team and restarts the pass timer (facilitator; the timer does it when time is up).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <returns>The round after the pass.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public RoundStatus PassSheets(Actor actor, string? commandId = null) =>
        Run(BrainstormCommand.PassSheets, commandId, actor, (now, events) =>
        {
            EnsurePermitted(BrainstormCommand.PassSheets);
            RequireFacilitator(BrainstormCommand.PassSheets, actor);
            return ApplyPassSheets(now, events);
        });

    /// <summary>Moves a 1-2-4-All round to its next step, forming new pairs or fours, and restarts the step timer (facilitator; the timer does it when time is up).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <returns>The round as the step starts.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public RoundStatus NextStep(Actor actor, string? commandId = null) =>
        Run(BrainstormCommand.NextStep, commandId, actor, (now, events) =>
        {
            EnsurePermitted(BrainstormCommand.NextStep);
            RequireFacilitator(BrainstormCommand.NextStep, actor);
            return ApplyNextStep(now, events);
        });

    /// <summary>Lengthens (positive) or shortens (negative) the running round's current timebox (facilitator).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="change">The change, at most seven days either way.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <returns>The new timebox.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public Timebox ExtendRound(Actor actor, TimeSpan change, string? commandId = null) =>
        Run(BrainstormCommand.ExtendRound, commandId, actor, (_, events) =>
        {
            const BrainstormCommand command = BrainstormCommand.ExtendRound;
            EnsurePermitted(command);
            RequireFacilitator(command, actor);
            if (change > Timebox.MaxDuration || change < -Timebox.MaxDuration || _state.Current!.Timebox.Duration + change > Timebox.MaxDuration)
            {
                throw Refuse(command, RejectionKind.InvalidInput, "a round can be changed by at most seven days and last at most seven days.");
            }

            _machine.Fire(command);
            var current = _state.Current!;
            var timebox = current.Timebox.Extend(change);
            _state.Current = current with { Timebox = timebox };
            ArmTimer();
            events.Add(new RoundExtended(current.Round, timebox));
            return timebox;
        });

    /// <summary>Ends the running round (facilitator; the timer does it when time is up).</summary>
    /// <param name="actor">Who sends the command.</param>
    /// <param name="commandId">A client-chosen id; a retry with the same id is applied once.</param>
    /// <returns>How many ideas the round produced.</returns>
    /// <exception cref="CommandRejectedException">The command is refused; the session is unchanged.</exception>
    public int EndRound(Actor actor, string? commandId = null) =>
        Run(BrainstormCommand.EndRound, commandId, actor, (_, events) =>
        {
            EnsurePermitted(BrainstormCommand.EndRound);
            RequireFacilitator(BrainstormCommand.EndRound, actor);
            return ApplyEndRound(BrainstormCommand.EndRound, events);
        });

    private ContributionId ApplyAddIdea(Actor actor, string text, string? category, ContributionId? buildsOn, DateTimeOffset now, List<BrainstormEvent> events)
    {
        const BrainstormCommand command = BrainstormCommand.AddIdea;
        EnsurePermitted(command);
        var current = _state.Current!;
        var technique = current.Plan.Technique;
        ParticipantId? author = null;
        GroupId? team = null;
        int? sheet = null;
        int? pass = null;
        OneTwoFourAllStep? step = technique == GenerationTechnique.OneTwoFourAll ? current.Step : null;
        if (actor.Role == ActorRole.System)
        {
            throw Refuse(command, RejectionKind.NotPermitted, "ideas come from people: the facilitator or a participant.");
        }

        var turnHolder = technique is GenerationTechnique.RoundRobin or GenerationTechnique.NominalGroup ? _people[current.Turn] : (ParticipantId?)null;
        if (actor.Role == ActorRole.Participant)
        {
            author = RequireKnownParticipant(command, actor);
            if (turnHolder is { } holder && author != holder)
            {
                throw Refuse(command, RejectionKind.Conflict, $"it is '{holder}''s turn, not '{author}''s.");
            }
        }
        else if (technique == GenerationTechnique.Brainwriting)
        {
            throw Refuse(command, RejectionKind.NotPermitted, "in brainwriting people write on the sheet they hold; the facilitator cannot write for them.");
        }
        else
        {
            author = turnHolder;
        }

        if (technique == GenerationTechnique.Brainwriting)
        {
            var t = current.TeamOf(author!.Value)!.Value;
            var members = current.Teams[t];
            var held = SheetRotation.SheetHeldBy(members.IndexOf(author.Value), current.Pass, members.Length);
            if (held < 0)
            {
                throw Refuse(command, RejectionKind.Conflict, "your team's sheets have met every member; wait for the round to end.");
            }

            team = current.TeamId(t);
            sheet = held + 1;
            pass = current.Pass;
            var written = 0;
            for (var i = _state.Ideas.Count - 1; i >= 0 && _state.Ideas[i].Round == current.Round; i--)
            {
                var other = _state.Ideas[i];
                if (other.Team == team && other.Sheet == sheet && other.Pass == pass)
                {
                    written++;
                }
            }

            if (written >= current.Plan.IdeasPerSheet)
            {
                throw Refuse(command, RejectionKind.Conflict, $"sheet {sheet} already holds {written} ideas from this pass; wait for the next pass.");
            }
        }
        else if (technique == GenerationTechnique.OneTwoFourAll && author is { } writer && current.TeamOf(writer) is { } t)
        {
            team = current.TeamId(t);
        }

        CheckText(command, text, "idea", Limits.MaxTextLength);
        string? canonical = null;
        if (category is not null)
        {
            CheckText(command, category, "category", Limits.MaxNameLength);
            if (_categories.Count == 0)
            {
                canonical = category;
            }
            else if (!_categories.TryGetValue(category, out canonical))
            {
                throw Refuse(command, RejectionKind.InvalidInput, $"'{Identifier.Shorten(category)}' is not one of the categories: {string.Join(", ", _design.Categories)}.");
            }
        }

        if (buildsOn is { } basis)
        {
            var earlier = RequireIdea(command, basis);
            if (technique == GenerationTechnique.Brainwriting && (earlier.Round != current.Round || earlier.Team != team || earlier.Sheet != sheet))
            {
                throw Refuse(command, RejectionKind.InvalidInput, $"in brainwriting an idea builds on one above it on the same sheet; '{basis}' is on another sheet.");
            }
        }

        if (_state.Ideas.Count >= BrainstormDefaults.MaxIdeas)
        {
            throw Refuse(command, RejectionKind.Conflict, $"a brainstorm holds at most {BrainstormDefaults.MaxIdeas} ideas.");
        }

        _machine.Fire(command);
        var idea = new Idea(new ContributionId($"idea-{_state.Ideas.Count + 1}"), text, current.Round, now)
        {
            Author = current.Plan.Anonymous ? null : author,
            Category = canonical,
            BuildsOn = buildsOn,
            Team = team,
            Sheet = sheet,
            Pass = pass,
            Step = step,
        };
        _state.AddIdea(idea);
        if (turnHolder is not null)
        {
            _state.Current = current with { Turn = (current.Turn + 1) % _people.Length };
        }

        events.Add(new IdeaAdded(idea));
        return idea.Id;
    }

    private RoundStatus ApplyPassSheets(DateTimeOffset now, List<BrainstormEvent> events)
    {
        _machine.Fire(BrainstormCommand.PassSheets);
        var current = _state.Current!;
        current = current with { Pass = current.Pass + 1, Timebox = new Timebox(now, current.Plan.Duration) };
        _state.Current = current;
        ArmTimer();
        var status = Status(current);
        events.Add(new SheetsPassed(status));
        return status;
    }

    private RoundStatus ApplyNextStep(DateTimeOffset now, List<BrainstormEvent> events)
    {
        _machine.Fire(BrainstormCommand.NextStep);
        var current = _state.Current!;
        var step = current.Step + 1;
        var seed = unchecked((_design.Seed * 31) + current.Round.Number);
        current = step switch
        {
            OneTwoFourAllStep.Pairs => current.WithPairs(PartnerPlanning.FormPairs(_people, _state.PairRounds, seed)),
            OneTwoFourAllStep.Fours => current.WithFours(PartnerPlanning.FormFours(_people, current.Pairs, _state.FourRounds, seed)),
            _ => current with { Teams = [] },
        };
        current = current with { Step = step, Timebox = new Timebox(now, current.Plan.Duration) };
        _state.Current = current;
        ArmTimer();
        var status = Status(current);
        events.Add(new StepStarted(status));
        return status;
    }

    private int ApplyEndRound(BrainstormCommand command, List<BrainstormEvent> events)
    {
        _machine.Fire(command);
        var current = _state.Current!;
        if (current.Plan.Technique == GenerationTechnique.OneTwoFourAll)
        {
            if (!current.Pairs.IsEmpty)
            {
                _state.PairRounds.Add(current.Pairs);
            }

            if (!current.Fours.IsEmpty)
            {
                _state.FourRounds.Add(current.Fours);
            }
        }

        _state.Current = null;
        StopTimer();
        var count = _state.Ideas.Count(i => i.Round == current.Round);
        events.Add(new RoundEnded(current.Round, count));
        return count;
    }

    /// <summary>Signals that the running round changed between looking and acting; never leaves the session.</summary>
    private sealed class RoundChangedException : Exception
    {
    }
}
