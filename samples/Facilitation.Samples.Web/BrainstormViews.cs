using Facilitation.Methods;
using Facilitation.Methods.Brainstorm;

namespace Facilitation.Samples.Web;

/// <content>What a page sees of a brainstorm: the round (technique, pass or step, whose turn, time left), the ideas with their clarifications, the clusters, the caller's own dots or ranked ballot (never another voter's) and the ranking.</content>
internal static partial class Views
{
    /// <summary>The brainstorm phase commands that take no payload (<c>POST commands/{name}</c>).</summary>
    public static readonly HashSet<string> BrainstormPhaseCommands =
    [
        nameof(BrainstormSession.StartRound), nameof(BrainstormSession.PassTurn), nameof(BrainstormSession.PassSheets), nameof(BrainstormSession.NextStep), nameof(BrainstormSession.EndRound),
        nameof(BrainstormSession.BeginClarifying), nameof(BrainstormSession.BeginClustering), nameof(BrainstormSession.BeginVoting), nameof(BrainstormSession.EndVoting),
        nameof(BrainstormSession.Close), nameof(BrainstormSession.PauseRound), nameof(BrainstormSession.ResumeRound),
    ];

    /// <summary>The brainstorm commands a client may send, each with its endpoint.</summary>
    private static readonly Dictionary<string, string> BrainstormEndpoints = new(BrainstormPhaseCommands.Select(c => KeyValuePair.Create(c, "commands/" + c)))
    {
        [nameof(BrainstormSession.ExtendRound)] = "round-time", [nameof(BrainstormSession.Join)] = "people", [nameof(BrainstormSession.Leave)] = "leave",
        [nameof(BrainstormSession.AddIdea)] = "ideas", [nameof(BrainstormSession.AddCluster)] = "clusters", [nameof(BrainstormSession.PlaceIdea)] = "placements",
        [nameof(BrainstormSession.MarkDuplicate)] = "duplicates", [nameof(BrainstormSession.CastDots)] = "dots", [nameof(BrainstormSession.Decide)] = "decision",
        [nameof(BrainstormSession.NameCluster)] = "cluster-names", [nameof(BrainstormSession.MergeClusters)] = "merges", [nameof(BrainstormSession.ClarifyIdea)] = "clarifications",
        [nameof(BrainstormSession.CastRanking)] = "rankings",
    };

    private static readonly HashSet<string> BrainstormParticipantCommands =
        [nameof(BrainstormSession.AddIdea), nameof(BrainstormSession.PassTurn), nameof(BrainstormSession.CastDots), nameof(BrainstormSession.CastRanking), nameof(BrainstormSession.Leave)];

    private static object Brainstorm(Room room, Caller caller, TimeProvider clock)
    {
        var storm = room.Brainstorm;
        var names = room.Roster.ToDictionary(p => p.Id, p => p.DisplayName);
        var me = caller.Participant;
        var current = storm.CurrentRound;
        var seen = caller.IsFacilitator || caller.IsParticipant;
        var clusters = storm.Clusters;
        var myBallot = me is { } v && storm.DotBallots.TryGetValue(v, out var ballot) ? ballot : null;
        var myRanking = me is { } rv && storm.RankedBallots.TryGetValue(rv, out var ranked) ? ranked : default;
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
                i.Clarifications,
                Clusters = clusters.Where(c => c.Ideas.Contains(i.Id)).Select(c => c.Id),
                MyDots = myBallot is not null && myBallot.TryGetValue(i.Id, out var n) ? n : 0,
            }) : [],
            Clusters = seen ? clusters.Select(c => new { c.Id, c.Heading, Ideas = c.Ideas.Select(x => x.Value) }) : [],
            Ballot = storm.Ballot.Select(b => b.Value),
            Voting = storm.VotingMethod.ToString(),
            DotsPerPerson = storm.DotsPerPerson,
            RankedChoices = Math.Min(storm.Design.RankedChoices, storm.Ballot.Length),
            MyRanking = myRanking.IsDefault ? [] : myRanking.Select(x => x.Value),
            storm.Design.MaxDotsPerIdea,
            DotsLeft = me is { } d && storm.Phase == BrainstormPhase.Voting ? storm.DotsLeft(d) : (int?)null,
            Ranking = result?.Ranking.Select(s => new { Idea = s.Idea.Value, s.Points, s.Voters, s.Rank, s.IsTied }),
            Decision = storm.Decision is { } decision ? new { Chosen = decision.Chosen.Select(c => c.Value), decision.Note } : null,
            People = caller.IsFacilitator ? People(room) : null,
            Me = me is { } id && names.TryGetValue(id, out var myName) ? new { Id = id.Value, Name = myName, Present = storm.Present.Contains(id) } : null,
        };
    }
}
