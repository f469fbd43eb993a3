using Facilitation.Methods;
using Facilitation.Methods.Brainstorm;

namespace Facilitation.Samples.Web;

/// <content>The brainstorm endpoints: write an idea, clarify it, cluster (add, name, merge, place) and mark duplicates, cast dots (also an Open Space's dots) or a ranked ballot, decide.</content>
public static partial class WebApp
{
    private static void MapBrainstorm(RouteGroupBuilder room)
    {
        room.MapPost("/ideas", (HttpContext http, string code, Rooms rooms, Access access, IdeaWriting body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            var id = await SendToBrainstormAsync<ContributionId>(r, "AddIdea", who, new { text = body.Text ?? string.Empty, category = body.Category is { Length: > 0 } c ? c : null, buildsOn = body.BuildsOn is { Length: > 0 } b ? (ContributionId?)new ContributionId(b) : null }, o).ConfigureAwait(false);
            return Results.Ok(new { Id = id.Value, r.Session.Version });
        })).RequireRateLimiting("writes");

        room.MapPost("/clusters", (HttpContext http, string code, Rooms rooms, Access access, ClusterNaming body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            var id = await SendToBrainstormAsync<string>(r, "AddCluster", who, new { heading = body.Heading is { Length: > 0 } h ? h : null }, o).ConfigureAwait(false);
            return Results.Ok(new { Id = id, r.Session.Version });
        })).RequireRateLimiting("writes");

        room.MapPost("/cluster-names", (HttpContext http, string code, Rooms rooms, Access access, ClusterRenaming body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            await SendToBrainstormAsync<object>(r, "NameCluster", who, new { cluster = Required(body.Cluster, "cluster"), heading = Required(body.Heading, "heading") }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        room.MapPost("/merges", (HttpContext http, string code, Rooms rooms, Access access, Merging body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            await SendToBrainstormAsync<object>(r, "MergeClusters", who, new { into = Required(body.Into, "into"), from = Required(body.From, "from") }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        room.MapPost("/clarifications", (HttpContext http, string code, Rooms rooms, Access access, Clarifying body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            await SendToBrainstormAsync<object>(r, "ClarifyIdea", who, new { idea = IdeaOf(body.Idea), clarification = Required(body.Text, "text") }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        room.MapPost("/placements", (HttpContext http, string code, Rooms rooms, Access access, Placement body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            await SendToBrainstormAsync<object>(r, "PlaceIdea", who, new { idea = IdeaOf(body.Idea), cluster = body.Cluster ?? throw new ArgumentException("Say in which cluster (cluster).") }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        room.MapPost("/duplicates", (HttpContext http, string code, Rooms rooms, Access access, Duplicate body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            await SendToBrainstormAsync<object>(r, "MarkDuplicate", who, new { idea = IdeaOf(body.Idea), original = IdeaOf(body.Original) }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        room.MapPost("/decision", (HttpContext http, string code, Rooms rooms, Access access, Deciding body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            await SendToBrainstormAsync<object>(r, "Decide", who, new { chosen = (body.Chosen ?? []).Select(IdeaOf).ToArray(), note = body.Note is { Length: > 0 } n ? n : null }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        // One endpoint for both methods' dots: an Open Space takes one dot at a time on an issue, a brainstorm a whole ballot that replaces the last.
        room.MapPost("/dots", (HttpContext http, string code, Rooms rooms, Access access, Dots body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            if (r.Method == Room.OpenSpaceMethod)
            {
                await SendToOpenSpaceAsync<object>(r, "CastDot", who, new { issue = IssueOf(new IssueChoice(body.Issue, null)), participant = PersonOf(who, body.Participant) }, o).ConfigureAwait(false);
                return null;
            }

            var ballot = (body.Ideas ?? []).ToDictionary(kv => IdeaOf(kv.Key), kv => kv.Value);
            var left = await SendToBrainstormAsync<int>(r, "CastDots", who, new { voter = PersonOf(who, body.Participant), dots = ballot }, o).ConfigureAwait(false);
            return Results.Ok(new { DotsLeft = left, r.Session.Version });
        })).RequireRateLimiting("writes");

        // A ranked ballot (nominal group technique): the ideas best first, replacing the voter's last ballot; sealed until voting ends.
        room.MapPost("/rankings", (HttpContext http, string code, Rooms rooms, Access access, Ranking body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            await SendToBrainstormAsync<object>(r, "CastRanking", who, new { voter = PersonOf(who, body.Participant), ranking = (body.Ideas ?? []).Select(IdeaOf).ToArray() }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");
    }

    private static async Task<bool> SendBrainstormCommandAsync(Room room, string command, Actor who, CommandOptions? o)
    {
        if (!Views.BrainstormPhaseCommands.Contains(command))
        {
            return false;
        }

        await SendToBrainstormAsync<object>(room, command, who, null, o).ConfigureAwait(false);
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

/// <summary>A cluster's new heading.</summary>
/// <param name="Cluster">The cluster's id.</param>
/// <param name="Heading">Its heading.</param>
internal sealed record ClusterRenaming(string? Cluster, string? Heading);

/// <summary>Two clusters made one.</summary>
/// <param name="Into">The cluster that stays.</param>
/// <param name="From">The cluster whose ideas move into it, and which goes.</param>
internal sealed record Merging(string? Into, string? From);

/// <summary>What the group said an idea means.</summary>
/// <param name="Idea">The idea's id.</param>
/// <param name="Text">The clarification.</param>
internal sealed record Clarifying(string? Idea, string? Text);

/// <summary>A ranked ballot.</summary>
/// <param name="Ideas">The ideas' ids, best first.</param>
/// <param name="Participant">Whose ballot, when the facilitator enters a paper ballot; a participant ranks for themselves.</param>
internal sealed record Ranking(string[]? Ideas, string? Participant);

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
