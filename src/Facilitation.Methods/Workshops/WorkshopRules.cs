using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Facilitation.Methods.Sessions;
using C = Facilitation.Methods.Workshops.WorkshopCommand;
using P = Facilitation.Methods.Workshops.WorkshopPhase;

namespace Facilitation.Methods.Workshops;

/// <summary>
/// The workshop's rule book: days and blocks in programme order, attendance per person, carried items with sources that resolve,
/// the resource inventory and the action plan. The one place every workshop rule lives; restore replays saved events through it.
/// </summary>
internal sealed class WorkshopRules : PhasedRules<WorkshopState, WorkshopEvent, P, C>
{
    // The phases before the close (NotStarted to BetweenDays), as one superphase: WorkshopPhase does not declare it, and no command leads to
    // it, so no workshop is ever in it (the diagram draws it as DoorsOpen around its phases).
    private const P DoorsOpen = (P)100;

    // No permission table: the rules alone say who may send what (the lead facilitator, a block's co-facilitator, people for themselves).
    public WorkshopRules()
        : base(null, Command) => Phases = new(s => s.Phase, (m, state) =>
    {
        // Until the close people check in and depart, and items are carried and the action plan grows: configured once, on the superphase.
        m.Superphase(DoorsOpen, nameof(DoorsOpen))
            .InternalTransition(C.CheckIn, _ => { })
            .InternalTransition(C.Depart, _ => { })
            .InternalTransition(C.CarryItems, _ => { })
            .InternalTransition(C.AddToActionPlan, _ => { })
            .InternalTransition(C.UpdateAction, _ => { });

        // The design plans at least one day, so the first one can always open.
        m.Configure(P.NotStarted).SubstateOf(DoorsOpen).Permit(C.OpenDay, P.DayOpen);
        m.Configure(P.DayOpen).SubstateOf(DoorsOpen)
            .PermitIf(C.StartBlock, P.BlockRunning, () => NextIsToday(state()), "the next block is on the open day")
            .InternalTransitionIf(C.SkipBlock, _ => NextIsToday(state()), _ => { }, "the next block is on the open day")
            .PermitIf(C.CloseDay, P.BetweenDays, () => !NextIsToday(state()), "every block of the day is held or skipped");
        m.Configure(P.BlockRunning).SubstateOf(DoorsOpen)
            .Permit(C.CloseBlock, P.DayOpen)
            .InternalTransitionIf(C.RecordAttendance, _ => state().RunningBlock is { RunsMethod: false }, _ => { }, "a plain block runs")
            .InternalTransitionIf(C.ListResource, _ => state().RunningBlock is { Kind: BlockKind.ResourceInventory }, _ => { }, "the resource inventory block runs");
        m.Configure(P.BetweenDays).SubstateOf(DoorsOpen)
            .PermitIf(C.OpenDay, P.DayOpen, () => state().DaysOpened < state().Design.Days.Length, "a day is left")
            .Permit(C.Close, P.Closed);

        // After the close only the action plan's items still change.
        m.Configure(P.Closed).InternalTransition(C.UpdateAction, _ => { });
    });

    public override string Method => WorkshopJson.Method;

    public override JsonSerializerOptions Json => WorkshopJsonContext.Default.Options;

    // The programme's times are a plan: the facilitator opens and closes days and blocks; the blocks' method sessions keep their own timers.
    public override SessionAlarm<WorkshopEvent>? NextAlarm(WorkshopState state) => null;

    // What a block's method session produced and whether a person reached the running block are worked out by the session outside the
    // rules; a retried command is the same command whatever they were.
    public override WorkshopEvent Payload(WorkshopEvent proposed) => proposed switch
    {
        WorkshopPhaseChanged p => p.With(changed => { changed.Record = null; changed.BlockLog = []; }),
        CheckedIn c => c.With(changed => changed.Block = null),
        Departed d => d.With(changed => changed.Block = null),
        _ => proposed,
    };

    public override WorkshopEvent Decide(WorkshopState state, Actor actor, WorkshopEvent proposed, DateTimeOffset now)
    {
        var command = Command(proposed);
        var to = Phases.Ensure(state, command);
        switch (proposed)
        {
            case CheckedIn c:
                Attending(state, actor, command, c.Person, mustBePresent: false);
                return c.With(changed => changed.Block = Reached(state, command, c.Person, c.Block));
            case Departed d:
                Attending(state, actor, command, d.Person, mustBePresent: true);
                return d.With(changed => changed.Block = Reached(state, command, d.Person, d.Block));
            case ResourceListed r:
                return List(state, actor, command, r);
        }

        if (actor.Role == ActorRole.CoFacilitator)
        {
            RequireTheirBlock(state, actor, command, proposed);
        }
        else if (actor.Role != ActorRole.Facilitator)
        {
            throw Reject(state, command, RejectionKind.NotPermitted, T("FacilitatorOnly", command, actor));
        }

        return proposed switch
        {
            WorkshopPhaseChanged p => ChangePhase(state, command, to, p),
            BlockSkipped s => Skip(state, command, s),
            AttendanceRecorded a => Attendance(state, command, a),
            ItemsCarried i => Carry(state, command, i),
            ActionsAdded a => Try(state, command, () => { _ = state.Plan.Add(Sourced(state, command, a.Items)); return a; }),
            ActionUpdated { Item: null } => throw Reject(state, command, RejectionKind.InvalidInput, T("GiveItem")),
            ActionUpdated u => Try(state, command, () => { _ = state.Plan.Update(u.Item.Id, _ => u.Item); return u; }),
            _ => throw new ArgumentException($"Unknown event type {proposed.GetType().Name}.", nameof(proposed)),
        };
    }

    public override WorkshopState Evolve(WorkshopState state, WorkshopEvent accepted)
    {
        if (accepted.CommandId is { } id)
        {
            state.CommandIds.Add(id);
        }

        switch (accepted)
        {
            case WorkshopPhaseChanged p:
                PhaseChanged(state, p);
                break;
            case BlockSkipped s:
                state.Status[s.Block] = BlockStatus.Skipped;
                state.SkipReasons[s.Block] = s.Reason;
                state.Done++;
                break;
            case CheckedIn c:
                state.Present.Add(c.Person);
                state.AttendanceChanges[c.Person] = state.AttendanceChanges.GetValueOrDefault(c.Person) + 1;
                if (state.RunningBlock is { } running && OnList(running, c.Person) && !state.SeenInRunning.Contains(c.Person))
                {
                    state.SeenInRunning.Add(c.Person);
                }

                break;
            case Departed d:
                state.Present.Remove(d.Person);
                state.AttendanceChanges[d.Person] = state.AttendanceChanges.GetValueOrDefault(d.Person) + 1;
                break;
            case AttendanceRecorded a:
                state.Attendance[a.Block] = a.People;
                break;
            case ItemsCarried i:
                state.Carried.AddRange(i.Items.Select(item => (i.Block, item)));
                break;
            case ResourceListed r:
                state.Inventories[state.Running!] = state.Inventories[state.Running!].List(r.Village, r.Category, r.Text, ListedBy(accepted.Actor));
                break;
            case ActionsAdded a:
                state.Plan = state.Plan.Add(a.Items);
                break;
            case ActionUpdated u:
                state.Plan = state.Plan.Update(u.Item.Id, _ => u.Item);
                break;
        }

        return state;
    }

    /// <summary>Tells whether a person is on a block's list (a block that names nobody is for the whole roster).</summary>
    public static bool OnList(WorkshopBlock block, ParticipantId person) => block.Participants.IsDefaultOrEmpty || block.Participants.Contains(person);

    /// <summary>Gets the number (1-based) of a block's day.</summary>
    public static int DayNumber(WorkshopState state, WorkshopBlock block) => state.Design.DayOf(block)?.Number ?? 0;

    private static bool NextIsToday(WorkshopState state) => state.NextBlock is { } next && DayNumber(state, next) == state.DaysOpened;

    private static ParticipantId? ListedBy(Actor actor) => actor.Role == ActorRole.Participant ? actor.Participant : null;

    private static C Command(WorkshopEvent e) => e switch
    {
        WorkshopPhaseChanged p => p.Trigger,
        BlockSkipped => C.SkipBlock,
        CheckedIn => C.CheckIn,
        Departed => C.Depart,
        AttendanceRecorded => C.RecordAttendance,
        ItemsCarried => C.CarryItems,
        ResourceListed => C.ListResource,
        ActionsAdded => C.AddToActionPlan,
        ActionUpdated => C.UpdateAction,
        _ => throw new ArgumentException($"Unknown event type {e.GetType().Name}.", nameof(e)),
    };

    private static void PhaseChanged(WorkshopState state, WorkshopPhaseChanged p)
    {
        state.Phase = p.To;
        switch (p.Trigger)
        {
            case C.OpenDay:
                state.DaysOpened++;
                break;
            case C.StartBlock:
                var block = state.Programme.First(b => b.Id == p.Block);
                state.Running = block.Id;
                state.Status[block.Id] = BlockStatus.Running;
                state.StartedWith[block.Id] = p.Participants;
                state.SeenInRunning.Clear();
                state.SeenInRunning.AddRange(p.Participants);
                if (block is { Kind: BlockKind.ResourceInventory })
                {
                    state.Inventories[block.Id] = ResourceInventory.Start(state.Design.Resources ?? ResourceCategories.FiveResources, block.Id);
                }

                break;
            case C.CloseBlock:
                state.Status[p.Block!] = BlockStatus.Closed;
                state.Records[p.Block!] = p.Record!;
                state.Running = null;
                state.Done++;
                state.SeenInRunning.Clear();
                break;
        }
    }

    // A co-facilitator runs the blocks they lead: starting, skipping, closing one, its attendance and what is carried into it — for a block whose
    // Facilitator is their name in the design's facilitators. Days, the whole workshop and the action plan stay with the lead facilitator.
    private void RequireTheirBlock(WorkshopState state, Actor actor, C command, WorkshopEvent proposed)
    {
        var block = proposed switch
        {
            WorkshopPhaseChanged p when command is C.StartBlock or C.CloseBlock => p.Block,
            BlockSkipped s => s.Block,
            AttendanceRecorded a => a.Block,
            ItemsCarried i => i.Block,
            _ => null,
        };
        if (block is null)
        {
            throw Reject(state, command, RejectionKind.NotPermitted, T("LeadOnly", command, actor));
        }

        if (state.Design.CoFacilitatorOf(state.Design.FindBlock(block)) != actor.Participant!.Value.Value)
        {
            throw Reject(state, command, RejectionKind.NotPermitted, T("NotTheirBlock", command, actor, Identifier.Shorten(block)));
        }
    }

    private WorkshopPhaseChanged ChangePhase(WorkshopState state, C command, P to, WorkshopPhaseChanged p)
    {
        var done = p.With(changed => { changed.From = state.Phase; changed.To = to; });
        switch (command)
        {
            case C.OpenDay:
                return done.With(changed => { changed.Day = state.DaysOpened + 1; changed.Block = null; changed.Participants = []; changed.Record = null; changed.BlockLog = []; });
            case C.CloseDay:
                return done.With(changed => { changed.Day = state.DaysOpened; changed.Block = null; changed.Participants = []; changed.Record = null; changed.BlockLog = []; });
            case C.Close:
                return done.With(changed => { changed.Day = null; changed.Block = null; changed.Participants = []; changed.Record = null; changed.BlockLog = []; });
            case C.StartBlock:
                var next = state.NextBlock!;
                if (p.Block != next.Id)
                {
                    throw Reject(state, command, state.Design.FindBlock(p.Block ?? string.Empty) is null ? RejectionKind.InvalidInput : RejectionKind.WrongPhase,
                        $"Blocks run in programme order: the next block is '{Identifier.Shorten(next.Id)}', not '{Identifier.Shorten(p.Block ?? string.Empty)}'.");
                }

                return done.With(changed => { changed.Day = state.DaysOpened; changed.Participants = state.PresentInOrder(state.Design.ParticipantsOf(next).Select(x => x.Id)); changed.Record = null; changed.BlockLog = []; });
            default:
                var running = state.RunningBlock!;
                if (p.Block != running.Id)
                {
                    throw Reject(state, command, RejectionKind.InvalidInput, T("NotRunningBlock", Identifier.Shorten(running.Id), Identifier.Shorten(p.Block ?? string.Empty)));
                }

                if (!running.RunsMethod)
                {
                    return done.With(changed => { changed.Day = state.DaysOpened; changed.Participants = []; changed.Record = PlainRecord(state, running); changed.BlockLog = []; });
                }

                if (p.Record is not { } record || record.Block != running.Id)
                {
                    throw Reject(state, command, RejectionKind.InvalidInput, T("CloseNeedsRecord", Identifier.Shorten(running.Id)));
                }

                return done.With(changed => { changed.Day = state.DaysOpened; changed.Participants = []; });
        }
    }

    private static BlockRecord PlainRecord(WorkshopState state, WorkshopBlock block)
    {
        var tookPart = state.Attendance.TryGetValue(block.Id, out var recorded) ? recorded : [.. state.SeenInRunning];
        return state.Inventories.TryGetValue(block.Id, out var inventory)
            ? BlockRecord.FromInventory(block.Id, inventory, tookPart)
            : BlockRecord.Plain(block.Id, tookPart);
    }

    private BlockSkipped Skip(WorkshopState state, C command, BlockSkipped s)
    {
        var next = state.NextBlock!;
        if (s.Block != next.Id)
        {
            throw Reject(state, command, RejectionKind.InvalidInput, T("SkipNextOnly", Identifier.Shorten(next.Id), Identifier.Shorten(s.Block ?? string.Empty)));
        }

        Text(state, command, s.Reason, "reason", Limits.MaxTextLength);
        return s;
    }

    private AttendanceRecorded Attendance(WorkshopState state, C command, AttendanceRecorded a)
    {
        if (a.Block != state.Running)
        {
            throw Reject(state, command, RejectionKind.InvalidInput, T("AttendanceRunning", Identifier.Shorten(state.Running ?? string.Empty)));
        }

        if (a.People.IsDefault || a.People.Distinct().Count() != a.People.Length)
        {
            throw Reject(state, command, RejectionKind.InvalidInput, T("EachOnce"));
        }

        foreach (var stranger in a.People.Where(p => p.Value is null || !state.Roster.ContainsKey(p)))
        {
            throw Reject(state, command, RejectionKind.InvalidInput, T("NotOnRoster", Identifier.Shorten(stranger.Value ?? string.Empty)));
        }

        return a;
    }

    private ItemsCarried Carry(WorkshopState state, C command, ItemsCarried i)
    {
        var target = state.Design.FindBlock(i.Block ?? string.Empty);
        if (target is null || state.Status.ContainsKey(target.Id))
        {
            throw Reject(state, command, RejectionKind.InvalidInput, target is null
                ? $"'{Identifier.Shorten(i.Block ?? string.Empty)}' is not a block of the programme."
                : $"Block '{Identifier.Shorten(target.Id)}' has already started or been skipped; carry items into a block still to come.");
        }

        if (i.Items.IsDefaultOrEmpty || state.Carried.Count + i.Items.Length > WorkshopDefaults.MaxCarriedItems)
        {
            throw Reject(state, command, i.Items.IsDefaultOrEmpty ? RejectionKind.InvalidInput : RejectionKind.Conflict, i.Items.IsDefaultOrEmpty
                ? "Carry at least one item."
                : string.Create(CultureInfo.InvariantCulture, $"A workshop carries at most {WorkshopDefaults.MaxCarriedItems} items."));
        }

        var ids = state.CarriedInto(target.Id).Select(c => c.Id).ToHashSet();
        foreach (var item in i.Items)
        {
            if (item is null)
            {
                throw Reject(state, command, RejectionKind.InvalidInput, T("ItemMissing"));
            }

            Try(state, command, () => Identifier.Check(item.Id.Value, "item", "carried item"));
            Text(state, command, item.Text, "carried text", Limits.MaxTextLength);
            var fits = item.Kind switch
            {
                CarryKind.OpenSpaceIssue => target.Kind == BlockKind.OpenSpace,
                CarryKind.BrainstormPrompt or CarryKind.BrainstormCategory => target.Kind == BlockKind.Brainstorm,
                _ => false,
            };
            if (!fits)
            {
                throw Reject(state, command, RejectionKind.InvalidInput, T("CannotCarry", item.Kind, Identifier.Shorten(target.Id), target.Kind));
            }

            if (!ids.Add(item.Id))
            {
                throw Reject(state, command, RejectionKind.Conflict, T("CarriedTwice", Identifier.Shorten(target.Id), Identifier.Shorten(item.Id.Value)));
            }

            if (item.Category is { } category && (state.Design.Resources?.Find(category) is not { } found || found.Key != category))
            {
                throw Reject(state, command, RejectionKind.InvalidInput, T("UnknownCategory", Identifier.Shorten(category)));
            }

            if (item.SuggestedConvener is { } convener && !state.Roster.ContainsKey(convener))
            {
                throw Reject(state, command, RejectionKind.InvalidInput, T("ConvenerNotOnRoster", Identifier.Shorten(convener.Value)));
            }

            if (item.Sources.IsDefaultOrEmpty || item.Sources.Length > WorkshopDefaults.MaxSources)
            {
                throw Reject(state, command, RejectionKind.InvalidInput, T("Sources", WorkshopDefaults.MaxSources));
            }

            Resolved(state, command, item.Sources, T("CarriedItem", Identifier.Shorten(item.Id.Value)));
        }

        return i;
    }

    private ImmutableArray<ActionPlanItem> Sourced(WorkshopState state, C command, ImmutableArray<ActionPlanItem> items)
    {
        if (items.IsDefaultOrEmpty)
        {
            throw Reject(state, command, RejectionKind.InvalidInput, T("AtLeastOne"));
        }

        foreach (var item in items.Where(i => i is not null && !i.Sources.IsDefault))
        {
            Resolved(state, command, item.Sources, T("ActionPlanItem", Identifier.Shorten(item.Id.Value ?? string.Empty)));
        }

        return items;
    }

    private void Resolved(WorkshopState state, C command, IEnumerable<SourceLink> links, string what)
    {
        foreach (var link in links.Where(l => state.Resolve(l) is null))
        {
            throw Reject(state, command, RejectionKind.InvalidInput, T("UnknownLink", what, Identifier.Shorten(link.ToString())));
        }
    }

    // Any co-facilitator the design lists (Facilitators, role CoFacilitator) may check people in and list resources; Actor.ForCoFacilitator of
    // anyone else may do nothing.
    private static bool IsListedCoFacilitator(WorkshopState state, Actor actor) =>
        actor.Role == ActorRole.CoFacilitator && state.Design.ListsCoFacilitator(actor.Participant!.Value.Value);

    private void Attending(WorkshopState state, Actor actor, C command, ParticipantId person, bool mustBePresent)
    {
        if (!(actor.Role == ActorRole.Facilitator || IsListedCoFacilitator(state, actor) || actor.Is(person)))
        {
            throw Reject(state, command, RejectionKind.NotPermitted, T("AttendanceSelf", actor));
        }

        if (person.Value is null || !state.Roster.ContainsKey(person))
        {
            throw Reject(state, command, RejectionKind.InvalidInput, T("NotOnRoster", Identifier.Shorten(person.Value ?? string.Empty)));
        }

        if (state.Present.Contains(person) != mustBePresent)
        {
            throw Reject(state, command, RejectionKind.Conflict, mustBePresent
                ? $"'{Identifier.Shorten(person.Value)}' is not here (not checked in, or already left)."
                : $"'{Identifier.Shorten(person.Value)}' is already checked in.");
        }

        if (state.AttendanceChanges.GetValueOrDefault(person) >= WorkshopDefaults.MaxAttendanceChanges)
        {
            throw Reject(state, command, RejectionKind.Conflict, T("TooManyChanges", Identifier.Shorten(person.Value), WorkshopDefaults.MaxAttendanceChanges));
        }
    }

    // The session tells which running block it forwarded the arrival or departure to; the rules check it could have been that block.
    private string? Reached(WorkshopState state, C command, ParticipantId person, string? block)
    {
        if (block is not null && (state.RunningBlock is not { } running || !running.RunsMethod || running.Id != block || !OnList(running, person)))
        {
            throw Reject(state, command, RejectionKind.InvalidInput, T("NotOnBlockList", Identifier.Shorten(block)));
        }

        return block;
    }

    private ResourceListed List(WorkshopState state, Actor actor, C command, ResourceListed r)
    {
        if (!(actor.Role == ActorRole.Facilitator || IsListedCoFacilitator(state, actor) || (actor.Role == ActorRole.Participant && state.Present.Contains(actor.Participant!.Value))))
        {
            throw Reject(state, command, RejectionKind.NotPermitted, T("ResourcesBy", actor));
        }

        var inventory = state.Inventories[state.Running!];
        return Try(state, command, () =>
        {
            var after = inventory.List(r.Village, r.Category, r.Text, ListedBy(actor));
            var entry = after.Entries[^1];
            return r.With(changed => { changed.Category = entry.Category; changed.Id = entry.Id; });
        });
    }

    private void Text(WorkshopState state, C command, string? text, string what, int max)
    {
        if (Identifier.FindTextProblem(text, what, max) is { } problem)
        {
            throw Reject(state, command, RejectionKind.InvalidInput, problem);
        }
    }

    private T Try<T>(WorkshopState state, C command, Func<T> check)
    {
        try
        {
            return check();
        }
        catch (ArgumentException e)
        {
            throw Reject(state, command, RejectionKind.InvalidInput, e.Message);
        }
    }

    // Refusals are written in the caller's UI culture, which the engine sets to SessionOptions.Culture while a command runs.
    private static string T(string key, params object?[] args) => TextCatalog.Say("Refusal.Workshop." + key, args);
}
