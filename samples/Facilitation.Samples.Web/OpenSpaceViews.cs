using Facilitation.Methods;
using Facilitation.Methods.OpenSpace;

namespace Facilitation.Samples.Web;

/// <content>What a page sees of an Open Space: the wall (spaces × slots), every issue with its resource category, sign-ups, who is where now, the dots and the sessions' reports.</content>
internal static partial class Views
{
    /// <summary>The Open Space phase commands that take no payload (<c>POST commands/{name}</c>).</summary>
    public static readonly HashSet<string> OpenSpacePhaseCommands =
    [
        nameof(OpenSpaceSession.OpenCircle), nameof(OpenSpaceSession.BeginAgendaSetting), nameof(OpenSpaceSession.OpenMarketplace), nameof(OpenSpaceSession.StartNextSlot),
        nameof(OpenSpaceSession.BeginEveningNews), nameof(OpenSpaceSession.BeginMorningAnnouncements), nameof(OpenSpaceSession.BeginConvergence),
        nameof(OpenSpaceSession.BeginActionPlanning), nameof(OpenSpaceSession.BeginClosingCircle), nameof(OpenSpaceSession.Close), nameof(OpenSpaceSession.PauseSlot), nameof(OpenSpaceSession.ResumeSlot),
    ];

    /// <summary>The Open Space commands a client may send, each with its endpoint; the timer's own are never offered.</summary>
    private static readonly Dictionary<string, string> OpenSpaceEndpoints = new(OpenSpacePhaseCommands.Select(c => KeyValuePair.Create(c, "commands/" + c)))
    {
        [nameof(OpenSpaceSession.ChangeSlotTime)] = "round-time", [nameof(OpenSpaceSession.RegisterParticipant)] = "people", [nameof(OpenSpaceSession.Depart)] = "leave",
        [nameof(OpenSpaceSession.PostIssue)] = "issues", [nameof(OpenSpaceSession.ExpressInterest)] = "interest", [nameof(OpenSpaceSession.MoveIssue)] = "issue-moves",
        [nameof(OpenSpaceSession.AdoptAgenda)] = "agenda", [nameof(OpenSpaceSession.JoinSession)] = "attendance", [nameof(OpenSpaceSession.LeaveSession)] = "attendance/leave",
        [nameof(OpenSpaceSession.CastDot)] = "dots", [nameof(OpenSpaceSession.SubmitReport)] = "reports",
        [nameof(OpenSpaceSession.ClusterIssues)] = "issue-clusters", [nameof(OpenSpaceSession.AppointInitiator)] = "initiators",
        [nameof(OpenSpaceSession.MergeIssues)] = "issue-merges", [nameof(OpenSpaceSession.AddSpace)] = "spaces", [nameof(OpenSpaceSession.AddSlot)] = "slots",
        [nameof(OpenSpaceSession.AppointScribe)] = "scribes", [nameof(OpenSpaceSession.RecordAction)] = "actions", [nameof(OpenSpaceSession.ShareNews)] = "news",
    };

    private static readonly HashSet<string> OpenSpaceParticipantCommands =
    [
        nameof(OpenSpaceSession.PostIssue), nameof(OpenSpaceSession.ExpressInterest), nameof(OpenSpaceSession.MoveIssue), nameof(OpenSpaceSession.JoinSession),
        nameof(OpenSpaceSession.LeaveSession), nameof(OpenSpaceSession.CastDot), nameof(OpenSpaceSession.Depart), nameof(OpenSpaceSession.SubmitReport),
        nameof(OpenSpaceSession.AppointScribe), nameof(OpenSpaceSession.RecordAction),
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
            RemainingSeconds = slotTime is null ? null : (int?)Math.Ceiling(slotTime.Remaining(clock).TotalSeconds),
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
                Scribe = i.Scribe is { } scribe ? Person(scribe, names) : null,
                Cell = i.Cell is { } c ? new { c.Slot, Space = c.Space.Value } : null,
                Interested = i.Interested.Select(p => Person(p, names)),
                Mine = me is { } x && i.Convener == x,
                SignedUp = me is { } y && i.Interested.Contains(y),
                i.Dots,
                Here = running is { } r && i.Cell?.Slot == r ? os.PresentIn(i.Id).Select(p => Person(p, names)) : [],
                MayReport = i.Cell is { } ran && ran.Slot <= os.StartedSlots && (caller.IsFacilitator || (me is { } z && (i.Convener == z || i.Scribe == z))),
            }) : [],
            Clusters = seen ? os.Clusters.Select(c => new { Id = c.Id.Value, c.Name, Issues = c.Issues.Select(i => i.Value), Initiator = c.Initiator is { } ini ? Person(ini, names) : null }) : [],
            Reports = seen ? Reports(os, names) : [],
            Actions = seen ? os.Actions.Select(a => new
            {
                Id = a.Id.Value,
                a.Title,
                Owner = Person(a.Owner, names),
                a.NextStep,
                NextMeeting = a.NextMeeting?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Issue = a.Cluster?.Value,
                Mine = me is { } v && a.Owner == v,
            }) : [],
            News = seen ? os.News.Select(n => new { n.Text, By = n.SharedBy.Participant is { } p ? Person(p, names) : null, At = n.SharedAt }) : [],
            Carried = caller.IsFacilitator ? CarriedInto(room).Select(c => new { Id = c.Id.Value, c.Text, c.Category, Convener = c.SuggestedConvener?.Value, Posted = os.Issues.Any(i => i.Id == c.Id) }) : [],
            People = caller.IsFacilitator ? People(room) : null,
            Me = me is { } id && names.TryGetValue(id, out var myName)
                ? new { Id = id.Value, Name = myName, Present = !os.Departed.Contains(id), DotsCast = myDots, DotsLeft = os.Design.DotsPerParticipant - myDots, In = whereIAm }
                : null,
        };
    }

    /// <summary>The items the workshop carried into this room's block (a café's themes for its Open Space), or none for a room of its own.</summary>
    public static IEnumerable<Facilitation.Methods.Workshops.CarriedItem> CarriedInto(Room room) =>
        room.Workshop?.Workshop is { RunningBlock: { } block } workshop && room.Session.Id.EndsWith("." + block.Id, StringComparison.Ordinal) ? workshop.CarriedInto(block.Id) : [];

    /// <summary>
    /// Each session's latest report (in the order the issues were posted): the issue, its title, what took place, who sent it (null: the facilitator) and its revision.
    /// The report's list of who took part is not shown: the room view names nobody who did not act.
    /// </summary>
    private static IEnumerable<object> Reports(OpenSpaceSession os, IReadOnlyDictionary<ParticipantId, string> names)
    {
        var latest = new Dictionary<ContributionId, (ReportSubmitted Event, int Revision)>();
        foreach (var e in os.Events.OfType<ReportSubmitted>())
        {
            latest[e.Report.Issue] = (e, latest.TryGetValue(e.Report.Issue, out var earlier) ? earlier.Revision + 1 : 1);
        }

        return os.Issues.Where(i => latest.ContainsKey(i.Id)).Select(i =>
        {
            var (e, revision) = latest[i.Id];
            return new
            {
                Issue = i.Id.Value,
                i.Title,
                Text = e.Report.WhatTookPlace,
                e.Report.Recommendations,
                e.Report.NextSteps,
                By = e.Actor.Participant is { } p ? Person(p, names) : null, // null: the facilitator
                Revision = revision,
                At = e.OccurredAt,
            };
        }).ToList();
    }
}
