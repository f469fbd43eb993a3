using Facilitation.Methods;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Samples.Web;

/// <summary>What a page sees of a room: built for the caller, so a participant sees their table (or wall, or ideas) and the facilitator everything.</summary>
internal static partial class Views
{
    /// <summary>The phase commands that take no payload (<c>POST commands/{name}</c>).</summary>
    public static readonly HashSet<string> PhaseCommands =
    [
        nameof(WorldCafeSession.OpenCheckIn), nameof(WorldCafeSession.Welcome), nameof(WorldCafeSession.StartRound), nameof(WorldCafeSession.BeginBriefing),
        nameof(WorldCafeSession.StartConversation), nameof(WorldCafeSession.CloseRound), nameof(WorldCafeSession.StartPlenary), nameof(WorldCafeSession.BeginHarvest),
        nameof(WorldCafeSession.Close), nameof(WorldCafeSession.PauseRound), nameof(WorldCafeSession.ResumeRound),
    ];

    /// <summary>The commands a client may send, each with its endpoint; the timer's own (TimeWarning, TimeUp) are never offered.</summary>
    private static readonly Dictionary<string, string> Endpoints = new(PhaseCommands.Select(c => KeyValuePair.Create(c, "commands/" + c)))
    {
        [nameof(WorldCafeSession.Join)] = "people", [nameof(WorldCafeSession.Leave)] = "leave", [nameof(WorldCafeSession.AddNote)] = "notes",
        [nameof(WorldCafeSession.AddBriefing)] = "briefings", [nameof(WorldCafeSession.AddHarvestItem)] = "harvest-items", [nameof(WorldCafeSession.ChangeRoundTime)] = "round-time",
        [nameof(WorldCafeSession.ChooseHost)] = "hosts",
    };

    private static readonly HashSet<string> ParticipantCommands =
        [nameof(WorldCafeSession.AddNote), nameof(WorldCafeSession.AddBriefing), nameof(WorldCafeSession.AddHarvestItem), nameof(WorldCafeSession.Leave)];

    /// <summary>Gets the café commands that have no endpoint here (the timer's own, <c>TimeWarning</c> and <c>TimeUp</c>, should be the only ones).</summary>
    /// <param name="commands">Every command the café knows, by name.</param>
    /// <returns>The names without an endpoint.</returns>
    public static IEnumerable<string> WithoutEndpoint(IEnumerable<string> commands) => commands.Where(c => !Endpoints.ContainsKey(c));

    /// <summary>The commands this caller may send now, with where to send them.</summary>
    public static IEnumerable<object> Permitted(Room room, Caller caller) => room.Method switch
    {
        Room.WorldCafeMethod => Offer(room, caller, room.Cafe.PermittedCommands, Endpoints, ParticipantCommands),
        Room.OpenSpaceMethod => Offer(room, caller, room.OpenSpace.PermittedCommands, OpenSpaceEndpoints, OpenSpaceParticipantCommands),
        _ => Offer(room, caller, room.Brainstorm.PermittedCommands, BrainstormEndpoints, BrainstormParticipantCommands),
    };

    /// <summary>The room as this caller may see it: the fields every method shares (code, method, title, role, phase, version, permitted) and the method's own.</summary>
    public static object Of(Room room, Caller caller, TimeProvider clock) => room.Method switch
    {
        Room.WorldCafeMethod => Cafe(room, caller, clock),
        Room.OpenSpaceMethod => OpenSpace(room, caller, clock),
        _ => Brainstorm(room, caller, clock),
    };

    /// <summary>Everyone on the roster, for the facilitator: here or gone, and whether a phone has claimed them.</summary>
    public static IEnumerable<object> People(Room room) =>
        room.Roster.Select(p => new { Id = p.Id.Value, Name = p.DisplayName, Present = room.IsPresent(p.Id), Joined = room.IsClaimed(p.Id) });

    private static IEnumerable<object> Offer(Room room, Caller caller, IEnumerable<string> permitted, Dictionary<string, string> endpoints, HashSet<string> participantCommands) =>
        permitted
            .Where(c => endpoints.ContainsKey(c) && (caller.IsFacilitator || (caller.IsParticipant && participantCommands.Contains(c))))
            .Select(c => new { Command = c, Method = "POST", Href = $"/api/rooms/{room.Code}/{endpoints[c]}" });

    private static object Cafe(Room room, Caller caller, TimeProvider clock)
    {
        var cafe = room.Cafe;
        var names = cafe.Participants.ToDictionary(p => p.Id, p => p.DisplayName);
        var present = cafe.Present.ToHashSet();
        var seatings = cafe.Seatings;
        var round = cafe.CurrentRound;
        var shown = round ?? (seatings.IsEmpty ? null : new Round(1));
        var time = cafe.RoundTime;
        var me = caller.Participant;
        return new
        {
            room.Code,
            cafe.Id,
            room.Method,
            cafe.Design.Title,
            Role = caller.IsFacilitator ? "facilitator" : caller.IsParticipant ? "participant" : "guest",
            Phase = cafe.Phase.ToString(),
            cafe.Version,
            Round = round?.Number,
            cafe.Design.Rounds,
            SeatingRound = shown?.Number,
            RemainingSeconds = cafe.RoundTime is { } left ? (int?)Math.Ceiling(left.Remaining(clock).TotalSeconds) : null,
            Paused = time?.IsPaused ?? false,
            Now = clock.GetUtcNow(),
            Permitted = Permitted(room, caller),
            Tables = shown is { } r && (caller.IsFacilitator || caller.IsParticipant) ? Tables(cafe, r, names) : [],
            Questions = cafe.Design.Questions.Select(q => q.Text),
            People = caller.IsFacilitator ? People(room) : null,
            Me = me is { } id && names.TryGetValue(id, out var myName) ? Mine(cafe, id, myName, present.Contains(id), names) : null,
            Contributions = Contributions(cafe, caller, names),
        };
    }

    /// <summary>Who sits where in one round: every table with its question, host and members.</summary>
    public static object[] Tables(WorldCafeSession cafe, Round round, IReadOnlyDictionary<ParticipantId, string> names)
    {
        if (round.Number > cafe.Seatings.Length)
        {
            return [];
        }

        var seating = cafe.Seatings[round.Number - 1];
        return [.. cafe.Design.Tables.Select(t => new
        {
            Id = t.Id.Value,
            t.Name,
            Question = cafe.QuestionFor(t.Id, round).Text,
            Host = cafe.HostOf(t.Id, round) is { } h ? Person(h, names) : null,
            Members = seating.MembersOf(t.Id).Select(p => Person(p, names)),
        })];
    }

    private static object Person(ParticipantId id, IReadOnlyDictionary<ParticipantId, string> names) =>
        new { Id = id.Value, Name = names.TryGetValue(id, out var n) ? n : id.Value };

    private static object Mine(WorldCafeSession cafe, ParticipantId id, string name, bool here, IReadOnlyDictionary<ParticipantId, string> names)
    {
        var route = cafe.RouteOf(id);
        var now = cafe.CurrentRound?.Number ?? 0;
        return new
        {
            Id = id.Value,
            Name = name,
            Present = here,
            Route = route.Select((table, i) => new
            {
                Round = i + 1,
                Table = table?.Value,
                TableName = table is { } t ? cafe.Design.Tables.First(x => x.Id == t).Name : null,
                Question = table is { } q ? cafe.QuestionFor(q, new Round(i + 1)).Text : null,
                Host = table is { } ht && cafe.HostOf(ht, new Round(i + 1)) is { } h ? Person(h, names) : null,
                YouHost = table is { } yt && cafe.HostOf(yt, new Round(i + 1)) == id,
                Current = i + 1 == now,
                Next = i + 1 == now + 1,
            }),
        };
    }

    private static IEnumerable<object> Contributions(WorldCafeSession cafe, Caller caller, IReadOnlyDictionary<ParticipantId, string> names)
    {
        IEnumerable<Contribution> shown = cafe.Contributions;
        if (!caller.IsFacilitator)
        {
            // A participant sees the tablecloth of the table they sit at (every round's notes: the cloth stays on the table) and the harvest.
            var table = caller.Participant is { } p && cafe.CurrentSeating is { } seating ? seating.GroupOf(p) : null;
            shown = caller.IsParticipant
                ? shown.Where(c => c.Kind is not (ContributionKind.Note or ContributionKind.Briefing) || (table is not null && c.Group == table))
                : [];
        }

        return shown.Select(c => new
        {
            Id = c.Id.Value,
            Kind = c.Kind.ToString(),
            c.Text,
            Table = c.Group?.Value,
            Round = c.Round?.Number,
            Question = c.Group is { } g && c.Round is { } r ? cafe.QuestionFor(g, r).Text : null,
            Author = c.Author is { } a ? (names.TryGetValue(a, out var n) ? n : a.Value) : null,
            c.IsAnonymous,
            c.Owner,
            c.NextStep,
        });
    }
}
