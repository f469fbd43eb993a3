using Facilitation.Methods;
using Facilitation.Methods.OpenSpace;

namespace Facilitation.Samples.Web;

/// <content>What a page sees of an Open Space: the wall (spaces × slots), every issue with its resource category, sign-ups, who is where now and the dots.</content>
internal static partial class Views
{
    /// <summary>The Open Space commands a client may send, each with its endpoint; the timer's own are never offered.</summary>
    private static readonly Dictionary<OpenSpaceCommand, string> OpenSpaceEndpoints = new()
    {
        [OpenSpaceCommand.OpenCircle] = "commands/OpenCircle",
        [OpenSpaceCommand.BeginAgendaSetting] = "commands/BeginAgendaSetting",
        [OpenSpaceCommand.OpenMarketplace] = "commands/OpenMarketplace",
        [OpenSpaceCommand.StartNextSlot] = "commands/StartNextSlot",
        [OpenSpaceCommand.BeginEveningNews] = "commands/BeginEveningNews",
        [OpenSpaceCommand.BeginMorningAnnouncements] = "commands/BeginMorningAnnouncements",
        [OpenSpaceCommand.BeginConvergence] = "commands/BeginConvergence",
        [OpenSpaceCommand.BeginActionPlanning] = "commands/BeginActionPlanning",
        [OpenSpaceCommand.BeginClosingCircle] = "commands/BeginClosingCircle",
        [OpenSpaceCommand.Close] = "commands/Close",
        [OpenSpaceCommand.PauseSlot] = "commands/PauseSlot",
        [OpenSpaceCommand.ResumeSlot] = "commands/ResumeSlot",
        [OpenSpaceCommand.ChangeSlotTime] = "round-time",
        [OpenSpaceCommand.RegisterParticipant] = "people",
        [OpenSpaceCommand.Depart] = "leave",
        [OpenSpaceCommand.PostIssue] = "issues",
        [OpenSpaceCommand.ExpressInterest] = "interest",
        [OpenSpaceCommand.MoveIssue] = "issue-moves",
        [OpenSpaceCommand.AdoptAgenda] = "agenda",
        [OpenSpaceCommand.JoinSession] = "attendance",
        [OpenSpaceCommand.LeaveSession] = "attendance/leave",
        [OpenSpaceCommand.CastDot] = "dots",
    };

    /// <summary>The Open Space phase commands that take no payload (<c>POST commands/{name}</c>).</summary>
    public static readonly HashSet<OpenSpaceCommand> OpenSpacePhaseCommands =
    [
        OpenSpaceCommand.OpenCircle, OpenSpaceCommand.BeginAgendaSetting, OpenSpaceCommand.OpenMarketplace, OpenSpaceCommand.StartNextSlot,
        OpenSpaceCommand.BeginEveningNews, OpenSpaceCommand.BeginMorningAnnouncements, OpenSpaceCommand.BeginConvergence,
        OpenSpaceCommand.BeginActionPlanning, OpenSpaceCommand.BeginClosingCircle, OpenSpaceCommand.Close, OpenSpaceCommand.PauseSlot, OpenSpaceCommand.ResumeSlot,
    ];

    private static readonly HashSet<OpenSpaceCommand> OpenSpaceParticipantCommands =
    [
        OpenSpaceCommand.PostIssue, OpenSpaceCommand.ExpressInterest, OpenSpaceCommand.MoveIssue, OpenSpaceCommand.JoinSession,
        OpenSpaceCommand.LeaveSession, OpenSpaceCommand.CastDot, OpenSpaceCommand.Depart,
    ];

    private static object OpenSpace(Room room, Caller caller, TimeProvider clock)
    {
        var os = room.OpenSpace;
        var names = os.Participants.ToDictionary(p => p.Id, p => p.DisplayName);
        var me = caller.Participant;
        var running = os.CurrentSlot;
        var slotTime = running is null ? null : os.SlotTime;
        var myDots = me is { } m ? os.Events.OfType<DotCast>().Count(d => d.Participant == m) : 0;
        var whereIAm = me is { } w && running is not null ? os.Issues.FirstOrDefault(i => os.PresentIn(i.Id).Contains(w))?.Id.Value : null;
        var seen = caller.IsFacilitator || caller.IsParticipant;
        return new
        {
            room.Code,
            os.Id,
            room.Method,
            Title = room.Title,
            Role = caller.IsFacilitator ? "facilitator" : caller.IsParticipant ? "participant" : "guest",
            Phase = os.Phase.ToString(),
            os.Version,
            Slot = running,
            os.StartedSlots,
            RemainingSeconds = slotTime is null ? null : (int?)Math.Ceiling(os.RemainingInSlot().TotalSeconds),
            Paused = slotTime?.IsPaused ?? false,
            Now = clock.GetUtcNow(),
            Permitted = Permitted(room, caller),
            Categories = Templates.Resources,
            Spaces = os.Spaces.Select(s => new { Id = s.Id.Value, s.Name, s.Capacity }),
            Slots = os.Slots.Select((s, i) => new { Number = i + 1, s.Start, Minutes = (int)s.Length.TotalMinutes }),
            os.Design.DotsPerParticipant,
            Issues = seen ? os.Issues.Where(i => i.IsActive).Select(i => new
            {
                Id = i.Id.Value,
                i.Title,
                i.Category,
                Convener = Person(i.Convener, names),
                Cell = i.Cell is { } c ? new { c.Slot, Space = c.Space.Value } : null,
                Interested = i.Interested.Select(p => Person(p, names)),
                Mine = me is { } x && i.Convener == x,
                SignedUp = me is { } y && i.Interested.Contains(y),
                i.Dots,
                Here = running is { } r && i.Cell?.Slot == r ? os.PresentIn(i.Id).Select(p => Person(p, names)) : [],
            }) : [],
            People = caller.IsFacilitator ? People(room) : null,
            Me = me is { } id && names.TryGetValue(id, out var myName)
                ? new { Id = id.Value, Name = myName, Present = !os.Departed.Contains(id), DotsCast = myDots, DotsLeft = os.Design.DotsPerParticipant - myDots, In = whereIAm }
                : null,
        };
    }
}
