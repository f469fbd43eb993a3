using Facilitation.Methods;
using Facilitation.Methods.Brainstorm;

namespace Facilitation.Samples.Web;

/// <content>What a page sees of a brainstorm: the round (technique, pass or step, whose turn, time left), the ideas, the clusters, the caller's dots and the ranking.</content>
internal static partial class Views
{
    /// <summary>The brainstorm commands a client may send, each with its endpoint.</summary>
    private static readonly Dictionary<BrainstormCommand, string> BrainstormEndpoints = new()
    {
        [BrainstormCommand.StartRound] = "commands/StartRound",
        [BrainstormCommand.PassTurn] = "commands/PassTurn",
        [BrainstormCommand.PassSheets] = "commands/PassSheets",
        [BrainstormCommand.NextStep] = "commands/NextStep",
        [BrainstormCommand.EndRound] = "commands/EndRound",
        [BrainstormCommand.BeginClarifying] = "commands/BeginClarifying",
        [BrainstormCommand.BeginClustering] = "commands/BeginClustering",
        [BrainstormCommand.BeginVoting] = "commands/BeginVoting",
        [BrainstormCommand.EndVoting] = "commands/EndVoting",
        [BrainstormCommand.Close] = "commands/Close",
        [BrainstormCommand.PauseRound] = "commands/PauseRound",
        [BrainstormCommand.ResumeRound] = "commands/ResumeRound",
        [BrainstormCommand.ExtendRound] = "round-time",
        [BrainstormCommand.Join] = "people",
        [BrainstormCommand.Leave] = "leave",
        [BrainstormCommand.AddIdea] = "ideas",
        [BrainstormCommand.AddCluster] = "clusters",
        [BrainstormCommand.PlaceIdea] = "placements",
        [BrainstormCommand.MarkDuplicate] = "duplicates",
        [BrainstormCommand.CastDots] = "dots",
        [BrainstormCommand.Decide] = "decision",
    };

    /// <summary>The brainstorm phase commands that take no payload (<c>POST commands/{name}</c>).</summary>
    public static readonly HashSet<BrainstormCommand> BrainstormPhaseCommands =
    [
        BrainstormCommand.StartRound, BrainstormCommand.PassTurn, BrainstormCommand.PassSheets, BrainstormCommand.NextStep, BrainstormCommand.EndRound,
        BrainstormCommand.BeginClarifying, BrainstormCommand.BeginClustering, BrainstormCommand.BeginVoting, BrainstormCommand.EndVoting,
        BrainstormCommand.Close, BrainstormCommand.PauseRound, BrainstormCommand.ResumeRound,
    ];

    private static readonly HashSet<BrainstormCommand> BrainstormParticipantCommands =
        [BrainstormCommand.AddIdea, BrainstormCommand.PassTurn, BrainstormCommand.CastDots, BrainstormCommand.Leave];

    private static object Brainstorm(Room room, Caller caller, TimeProvider clock)
    {
        var storm = room.Brainstorm;
        var names = room.Roster.ToDictionary(p => p.Id, p => p.DisplayName);
        var me = caller.Participant;
        var current = storm.CurrentRound;
        var seen = caller.IsFacilitator || caller.IsParticipant;
        var clusters = storm.Clusters;
        var myBallot = me is { } v && storm.DotBallots.TryGetValue(v, out var ballot) ? ballot : null;
        var result = storm.Result ?? (storm.Phase == BrainstormPhase.Voting && caller.IsFacilitator ? storm.CountVotes() : null);
        return new
        {
            room.Code,
            storm.Id,
            room.Method,
            storm.Design.Title,
            Role = caller.IsFacilitator ? "facilitator" : caller.IsParticipant ? "participant" : "guest",
            Phase = storm.Phase.ToString(),
            storm.Version,
            Round = current?.Round.Number,
            Rounds = storm.Design.Rounds.Length,
            storm.RoundsStarted,
            Prompt = (current?.Prompt ?? storm.Design.Prompt)?.Text,
            Current = current is null ? null : new
            {
                Technique = current.Technique.ToString(),
                current.Anonymous,
                current.Pass,
                Step = current.Step?.ToString(),
                TurnOf = current.TurnOf is { } t ? Person(t, names) : null,
                MyTurn = me is { } mt && current.TurnOf == mt,
                MyTeam = me is { } tm && current.Teams?.GroupOf(tm) is { } team ? team.Value : null,
                TeamMates = me is { } tp && current.Teams?.GroupOf(tp) is { } g ? current.Teams.MembersOf(g).Where(p => p != tp).Select(p => Person(p, names)) : [],
            },
            RemainingSeconds = current is null ? null : (int?)Math.Ceiling(current.Timebox.Remaining(clock).TotalSeconds),
            Paused = current?.Timebox.IsPaused ?? false,
            Now = clock.GetUtcNow(),
            Permitted = Permitted(room, caller),
            storm.Design.Categories,
            Ideas = seen ? storm.Ideas.Select(i => new
            {
                Id = i.Id.Value,
                i.Text,
                Round = i.Round.Number,
                i.Category,
                Author = i.Author is { } a ? Person(a, names) : null,
                i.IsAnonymous,
                Mine = me is { } im && i.Author == im,
                Team = i.Team?.Value,
                i.Sheet,
                i.Pass,
                DuplicateOf = i.DuplicateOf?.Value,
                Clusters = clusters.Where(c => c.Ideas.Contains(i.Id)).Select(c => c.Id),
                MyDots = myBallot is not null && myBallot.TryGetValue(i.Id, out var n) ? n : 0,
            }) : [],
            Clusters = seen ? clusters.Select(c => new { c.Id, c.Heading, Ideas = c.Ideas.Select(x => x.Value) }) : [],
            Ballot = storm.Ballot.Select(b => b.Value),
            DotsPerPerson = storm.DotsPerPerson,
            storm.Design.MaxDotsPerIdea,
            DotsLeft = me is { } d && storm.Phase == BrainstormPhase.Voting ? storm.DotsLeft(d) : (int?)null,
            Ranking = result?.Ranking.Select(s => new { Idea = s.Idea.Value, s.Points, s.Voters, s.Rank, s.IsTied }),
            Decision = storm.Decision is { } decision ? new { Chosen = decision.Chosen.Select(c => c.Value), decision.Note } : null,
            People = caller.IsFacilitator ? People(room) : null,
            Me = me is { } id && names.TryGetValue(id, out var myName) ? new { Id = id.Value, Name = myName, Present = storm.Present.Contains(id) } : null,
        };
    }
}
