using Facilitation.Methods;
using Facilitation.Methods.Brainstorm;

namespace Facilitation.Samples.Web;

/// <content>The brainstorm endpoints: write an idea, cluster and mark duplicates, cast dots (also an Open Space's dots), decide.</content>
public static partial class WebApp
{
    private static void MapBrainstorm(RouteGroupBuilder room)
    {
        room.MapPost("/ideas", (HttpContext http, string code, Rooms rooms, Access access, IdeaWriting body) => WithCommand(http, code, rooms, access, (r, who, o) =>
        {
            var id = r.Brainstorm.AddIdea(who, body.Text ?? string.Empty, body.Category is { Length: > 0 } c ? c : null, body.BuildsOn is { Length: > 0 } b ? (ContributionId?)new ContributionId(b) : null, o);
            return Results.Ok(new { Id = id.Value, r.Session.Version });
        })).RequireRateLimiting("writes");

        room.MapPost("/clusters", (HttpContext http, string code, Rooms rooms, Access access, ClusterNaming body) => WithCommand(http, code, rooms, access, (r, who, o) =>
        {
            var id = r.Brainstorm.AddCluster(who, body.Heading is { Length: > 0 } h ? h : null, o);
            return Results.Ok(new { Id = id, r.Session.Version });
        })).RequireRateLimiting("writes");

        room.MapPost("/placements", (HttpContext http, string code, Rooms rooms, Access access, Placement body) => WithCommand(http, code, rooms, access, (r, who, o) =>
        {
            r.Brainstorm.PlaceIdea(who, IdeaOf(body.Idea), body.Cluster ?? throw new ArgumentException("Say in which cluster (cluster)."), o);
            return null;
        })).RequireRateLimiting("writes");

        room.MapPost("/duplicates", (HttpContext http, string code, Rooms rooms, Access access, Duplicate body) => WithCommand(http, code, rooms, access, (r, who, o) =>
        {
            r.Brainstorm.MarkDuplicate(who, IdeaOf(body.Idea), IdeaOf(body.Original), o);
            return null;
        })).RequireRateLimiting("writes");

        room.MapPost("/decision", (HttpContext http, string code, Rooms rooms, Access access, Deciding body) => WithCommand(http, code, rooms, access, (r, who, o) =>
        {
            r.Brainstorm.Decide(who, (body.Chosen ?? []).Select(IdeaOf), body.Note is { Length: > 0 } n ? n : null, o);
            return null;
        })).RequireRateLimiting("writes");

        // One endpoint for both methods' dots: an Open Space takes one dot at a time on an issue, a brainstorm a whole ballot that replaces the last.
        room.MapPost("/dots", (HttpContext http, string code, Rooms rooms, Access access, Dots body) => WithCommand(http, code, rooms, access, (r, who, o) =>
        {
            if (r.Method == Room.OpenSpaceMethod)
            {
                r.OpenSpace.CastDot(who, IssueOf(new IssueChoice(body.Issue, null)), PersonOf(who, body.Participant), o);
                return null;
            }

            var ballot = (body.Ideas ?? []).ToDictionary(kv => IdeaOf(kv.Key), kv => kv.Value);
            var left = r.Brainstorm.CastDots(who, PersonOf(who, body.Participant), ballot, o);
            return Results.Ok(new { DotsLeft = left, r.Session.Version });
        })).RequireRateLimiting("writes");
    }

    private static bool SendBrainstormCommand(Room room, string command, Actor who, CommandOptions? o)
    {
        if (!Enum.TryParse<BrainstormCommand>(command, ignoreCase: false, out var c) || !Views.BrainstormPhaseCommands.Contains(c))
        {
            return false;
        }

        var storm = room.Brainstorm;
        Action send = c switch
        {
            BrainstormCommand.StartRound => () => storm.StartRound(who, o),
            BrainstormCommand.PassTurn => () => storm.PassTurn(who, o),
            BrainstormCommand.PassSheets => () => storm.PassSheets(who, o),
            BrainstormCommand.NextStep => () => storm.NextStep(who, o),
            BrainstormCommand.EndRound => () => storm.EndRound(who, o),
            BrainstormCommand.BeginClarifying => () => storm.BeginClarifying(who, o),
            BrainstormCommand.BeginClustering => () => storm.BeginClustering(who, o),
            BrainstormCommand.BeginVoting => () => storm.BeginVoting(who, o),
            BrainstormCommand.EndVoting => () => storm.EndVoting(who, o),
            BrainstormCommand.Close => () => storm.Close(who, o),
            BrainstormCommand.PauseRound => () => storm.PauseRound(who, o),
            _ => () => storm.ResumeRound(who, o),
        };
        send();
        return true;
    }

    private static ContributionId IdeaOf(string? idea) =>
        idea is { Length: > 0 } i ? new ContributionId(i) : throw new ArgumentException("Say which idea (idea).");
}

/// <summary>An idea.</summary>
/// <param name="Text">The idea.</param>
/// <param name="Category">One of the brainstorm's categories, or none.</param>
/// <param name="BuildsOn">The idea it builds on, or none.</param>
internal sealed record IdeaWriting(string? Text, string? Category, string? BuildsOn);

/// <summary>A new cluster.</summary>
/// <param name="Heading">Its heading, or none yet.</param>
internal sealed record ClusterNaming(string? Heading);

/// <summary>An idea placed in a cluster.</summary>
/// <param name="Idea">The idea's id.</param>
/// <param name="Cluster">The cluster's id.</param>
internal sealed record Placement(string? Idea, string? Cluster);

/// <summary>An idea that duplicates another.</summary>
/// <param name="Idea">The duplicate.</param>
/// <param name="Original">The idea it duplicates.</param>
internal sealed record Duplicate(string? Idea, string? Original);

/// <summary>What the group decided.</summary>
/// <param name="Chosen">The chosen ideas' ids.</param>
/// <param name="Note">A note.</param>
internal sealed record Deciding(string[]? Chosen, string? Note);

/// <summary>Dots: one on an Open Space issue, or a brainstorm ballot.</summary>
/// <param name="Issue">Open Space: the issue.</param>
/// <param name="Ideas">Brainstorm: dots per idea id (the whole ballot, replacing the last).</param>
/// <param name="Participant">Whose dots, when the facilitator enters a paper ballot; a participant votes for themselves.</param>
internal sealed record Dots(string? Issue, Dictionary<string, int>? Ideas, string? Participant);
