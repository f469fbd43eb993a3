using System.Security.Cryptography;
using Facilitation.Methods;
using Facilitation.Methods.OpenSpace;

namespace Facilitation.Samples.Web;

/// <content>The Open Space endpoints: post an issue (with its resource category), sign up, schedule the agenda, move and merge issues, grow the wall by a space or a slot, come and go (law of two feet), report a session.</content>
public static partial class WebApp
{
    private static void MapOpenSpace(RouteGroupBuilder room)
    {
        room.MapPost("/issues", (HttpContext http, string code, Rooms rooms, Access access, Posting body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            var category = body.Category is { Length: > 0 } c ? c.Trim().ToLowerInvariant() : null;
            if (category is not null && !Templates.Resources.Contains(category))
            {
                throw new ArgumentException($"The category is one of {string.Join(", ", Templates.Resources)}, or none; not '{body.Category}'.");
            }

            var id = new ContributionId("issue-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)));
            var title = body.Title ?? string.Empty;
            ParticipantId? convener = who.Participant is null && body.Convener is { Length: > 0 } named ? (ParticipantId?)new ParticipantId(named) : null;
            if (body.Carried is { Length: > 0 } carried)
            {
                // An item the workshop carried into this block (a café theme): posted under its own id, so the block's record links it to its sources.
                var item = Views.CarriedInto(r).FirstOrDefault(c => c.Id.Value == carried) is { } found && who.Participant is null ? found
                    : throw new ArgumentException(who.Participant is null ? $"carried: '{(carried.Length > 40 ? carried[..40] : carried)}' was not carried into this Open Space." : "carried: the facilitator posts the items carried in.");
                (id, title, convener) = (item.Id, item.Text, convener ?? item.SuggestedConvener);
                category ??= item.Category is { } key && Templates.Resources.Contains(key) ? key : null;
            }

            await SendToOpenSpaceAsync<object>(r, "PostIssue", who, new { issue = id, title, convener, category }, o).ConfigureAwait(false);
            return Results.Ok(new { Id = id.Value, Category = category, r.Session.Version });
        })).RequireRateLimiting("writes");

        // Sign up, "I'm here" and leaving a session: the same shape, an issue and the person (the caller, or whom the facilitator names).
        MapIssueCommand(room, "/interest", nameof(OpenSpaceSession.ExpressInterest));
        MapIssueCommand(room, "/attendance", nameof(OpenSpaceSession.JoinSession));
        MapIssueCommand(room, "/attendance/leave", nameof(OpenSpaceSession.LeaveSession));

        room.MapPost("/issue-moves", (HttpContext http, string code, Rooms rooms, Access access, IssueMove body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            await SendToOpenSpaceAsync<object>(r, "MoveIssue", who, new { issue = IssueOf(new IssueChoice(body.Issue, null)), cell = new AgendaCell(body.Slot, new GroupId(body.Space ?? string.Empty)) }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        // The scheduler proposes an agenda from the sign-ups outside the session's gate; the facilitator's If-Match (or, without it,
        // the version the proposal was made from) is the version it commits on, so an agenda planned on a stale wall is refused.
        room.MapPost("/agenda", (HttpContext http, string code, Rooms rooms, Access access) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            if (who.Role != ActorRole.Facilitator)
            {
                return NotFacilitator();
            }

            var proposal = r.OpenSpace.ProposeAgenda();
            await SendToOpenSpaceAsync<object>(r, "AdoptAgenda", who, new { proposal }, o).ConfigureAwait(false);
            return Results.Ok(new { Placed = proposal.Placements.Count(p => p.Cell is not null), Unplaced = proposal.Unplaced.Select(u => u.Value), r.Session.Version });
        })).RequireRateLimiting("writes");

        // A session's report (what took place), by its convener, its scribe or the facilitator once the session has run; a later one is a revision.
        // Who may report and when is the library's rule: its refusal comes back as the other endpoints' do (403 not yours, 409 not yet).
        room.MapPost("/reports", (HttpContext http, string code, Rooms rooms, Access access, Reporting body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            var issue = IssueOf(new IssueChoice(body.Issue, null));
            var text = body.Text is { } t && !string.IsNullOrWhiteSpace(t) ? t.Trim() : throw new ArgumentException("Write the report (text).");
            var report = new { issue, whatTookPlace = text, participants = Array.Empty<string>(), recommendations = Items(body.Recommendations), nextSteps = Items(body.NextSteps) };
            await SendToOpenSpaceAsync<object>(r, nameof(OpenSpaceSession.SubmitReport), who, new { report }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        MapOpenSpaceFollowUp(room);
        MapMarketplace(room);
        MapConvergence(room);

        // A session's scribe, appointed by its convener or the facilitator (the library's rule: anyone else gets its 403); the scribe may then report it.
        room.MapPost("/scribes", (HttpContext http, string code, Rooms rooms, Access access, IssueChoice body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            var issue = IssueOf(body);
            var scribe = body.Participant is { Length: > 0 } named ? new ParticipantId(named) : throw new ArgumentException("Say who writes it down (participant).");
            await SendToOpenSpaceAsync<object>(r, nameof(OpenSpaceSession.AppointScribe), who, new { issue, scribe }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");
    }

    /// <summary>The action items of action planning (who does what next), and the news of the evening and morning.</summary>
    private static void MapOpenSpaceFollowUp(RouteGroupBuilder room)
    {
        // An action item: a participant records one they own, the facilitator one for the person named (owner); the id is made here,
        // the issue or cluster it comes from is optional. What is missing or malformed is a 400 naming the field; the rest is the library's.
        room.MapPost("/actions", (HttpContext http, string code, Rooms rooms, Access access, ActionPosting body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            var title = Required(body.Title, "title");
            var nextStep = Required(body.NextStep, "nextStep");
            var owner = who.Participant ?? (body.Owner is { Length: > 0 } named ? new ParticipantId(named) : throw new ArgumentException("owner: say whose action it is."));
            var nextMeeting = Date(body.NextMeeting, "nextMeeting");
            var id = new ContributionId("action-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)));
            var action = new { id, title, owner, participants = new[] { owner }, nextStep, nextMeeting, cluster = body.Issue is { Length: > 0 } from ? (ContributionId?)new ContributionId(from) : null };
            await SendToOpenSpaceAsync<object>(r, nameof(OpenSpaceSession.RecordAction), who, new { action }, o).ConfigureAwait(false);
            return Results.Ok(new { Id = id.Value, r.Session.Version });
        })).RequireRateLimiting("writes");

        // News for the evening news and the morning announcements: the facilitator's (or the design's newsroom coordinator's; the library refuses anyone else).
        room.MapPost("/news", (HttpContext http, string code, Rooms rooms, Access access, NewsPosting body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            await SendToOpenSpaceAsync<object>(r, nameof(OpenSpaceSession.ShareNews), who, new { text = Required(body.Text, "text") }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

    }

    /// <summary>A command on an issue for a person (the caller, or whom the facilitator names), sent by name.</summary>
    private static void MapIssueCommand(RouteGroupBuilder room, string path, string command) =>
        room.MapPost(path, (HttpContext http, string code, Rooms rooms, Access access, IssueChoice body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            await SendToOpenSpaceAsync<object>(r, command, who, new { issue = IssueOf(body), participant = PersonOf(who, body.Participant) }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

    private static async Task<bool> SendOpenSpaceCommandAsync(Room room, string command, Actor who, CommandOptions? o)
    {
        if (!Views.OpenSpacePhaseCommands.Contains(command))
        {
            return false;
        }

        await SendToOpenSpaceAsync<object>(room, command, who, null, o).ConfigureAwait(false);
        return true;
    }

    // The marketplace's tools: two issues that say the same thing become one, and the wall grows by a space or a time slot.
    private static void MapMarketplace(RouteGroupBuilder room)
    {
        // The merged issue gets a new id; its convener is one of the two (the first's unless the body names the second's).
        room.MapPost("/issue-merges", (HttpContext http, string code, Rooms rooms, Access access, IssueMerging body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            var first = new ContributionId(Required(body.First, "first"));
            var second = new ContributionId(Required(body.Second, "second"));
            var title = Required(body.Title, "title");
            var convener = body.Convener is { Length: > 0 } named ? new ParticipantId(named)
                : r.OpenSpace.Issues.FirstOrDefault(i => i.Id == first)?.Convener ?? throw new ArgumentException($"first: there is no issue '{Identifier(first.Value)}'.");
            var merged = new ContributionId("issue-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)));
            await SendToOpenSpaceAsync<object>(r, nameof(OpenSpaceSession.MergeIssues), who, new { first, second, merged, title, convener }, o).ConfigureAwait(false);
            return Results.Ok(new { Id = merged.Value, r.Session.Version });
        })).RequireRateLimiting("writes");

        // A new space: the next free id S1, S2, …; the library says who may (the facilitator) and when.
        room.MapPost("/spaces", (HttpContext http, string code, Rooms rooms, Access access, SpaceAdding body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            var taken = r.OpenSpace.Spaces.Select(s => s.Id.Value).ToHashSet(StringComparer.Ordinal);
            var id = new GroupId(Enumerable.Range(1, taken.Count + 1).Select(n => "S" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)).First(s => !taken.Contains(s)));
            var space = new OpenSpaceSpace(id, Required(body.Name, "name"), body.Capacity is >= 1 and <= 1000 ? body.Capacity : throw new ArgumentException("capacity: how many people the space holds, 1 to 1000."));
            await SendToOpenSpaceAsync<object>(r, nameof(OpenSpaceSession.AddSpace), who, new { space }, o).ConfigureAwait(false);
            return Results.Ok(new { Id = id.Value, r.Session.Version });
        })).RequireRateLimiting("writes");

        // A new time slot after the last one, with the same ten-minute break the forms leave between slots.
        room.MapPost("/slots", (HttpContext http, string code, Rooms rooms, Access access, TimeProvider clock, SlotAdding body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            var minutes = body.Minutes is >= 5 and <= 240 ? body.Minutes : throw new ArgumentException("minutes: how long the slot lasts, 5 to 240 minutes.");
            var last = r.OpenSpace.Slots.LastOrDefault();
            var start = last is null ? clock.GetUtcNow().AddMinutes(30) : last.Start + last.Length + TimeSpan.FromMinutes(10);
            await SendToOpenSpaceAsync<object>(r, nameof(OpenSpaceSession.AddSlot), who, new { slot = new OpenSpaceSlot(start, TimeSpan.FromMinutes(minutes)) }, o).ConfigureAwait(false);
            return Results.Ok(new { Number = r.OpenSpace.Slots.Length, Start = start, r.Session.Version });
        })).RequireRateLimiting("writes");
    }

    // Convergence: related issues gathered under a name, and the person who carries a cluster forward.
    private static void MapConvergence(RouteGroupBuilder room)
    {
        room.MapPost("/issue-clusters", (HttpContext http, string code, Rooms rooms, Access access, IssueClustering body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            var name = Required(body.Name, "name");
            var issues = (body.Issues ?? []).Where(i => i is { Length: > 0 }).Select(i => new ContributionId(i!)).ToArray();
            var cluster = issues.Length > 0 ? new ContributionId("cluster-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5))) : throw new ArgumentException("issues: name the issues the cluster gathers.");
            await SendToOpenSpaceAsync<object>(r, nameof(OpenSpaceSession.ClusterIssues), who, new { cluster, name, issues }, o).ConfigureAwait(false);
            return Results.Ok(new { Id = cluster.Value, r.Session.Version });
        })).RequireRateLimiting("writes");

        room.MapPost("/initiators", (HttpContext http, string code, Rooms rooms, Access access, IssueChoice body) => WithCommandAsync(http, code, rooms, access, async (r, who, o) =>
        {
            var cluster = new ContributionId(Required(body.Issue, "issue"));
            var initiator = new ParticipantId(Required(body.Participant, "participant"));
            await SendToOpenSpaceAsync<object>(r, nameof(OpenSpaceSession.AppointInitiator), who, new { cluster, initiator }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");
    }

    private static string Identifier(string id) => id.Length > 40 ? id[..40] : id;

    /// <summary>A report's list (next steps, recommendations): each item trimmed, empty ones left out.</summary>
    private static string[] Items(string[]? items) => [.. (items ?? []).Select(n => n?.Trim()).OfType<string>().Where(n => n.Length > 0)];

    private static ContributionId IssueOf(IssueChoice body) =>
        body.Issue is { Length: > 0 } issue ? new ContributionId(issue) : throw new ArgumentException("Say which issue (issue).");

    /// <summary>The person named (participant), else the participant who sends it. The session decides who may act for whom: a participant
    /// acts only for themselves (naming another is refused, 403), the facilitator names the person.</summary>
    private static ParticipantId PersonOf(Actor who, string? named) =>
        named is { Length: > 0 } p ? new ParticipantId(p) : who.Participant ?? throw new ArgumentException("Say for whom (participant).");
}

/// <summary>Two issues made one.</summary>
/// <param name="First">The first issue's id.</param>
/// <param name="Second">The second issue's id.</param>
/// <param name="Title">The merged issue's title.</param>
/// <param name="Convener">The merged issue's convener (one of the two conveners); the first's when absent.</param>
internal sealed record IssueMerging(string? First, string? Second, string? Title, string? Convener = null);

/// <summary>Related issues gathered under a name.</summary>
/// <param name="Name">The cluster's name.</param>
/// <param name="Issues">The issues' ids; each issue in one cluster only.</param>
internal sealed record IssueClustering(string? Name, string[]? Issues);

/// <summary>A new space on the wall.</summary>
/// <param name="Name">What people call it.</param>
/// <param name="Capacity">How many people it holds.</param>
internal sealed record SpaceAdding(string? Name, int Capacity);

/// <summary>A new time slot after the last one.</summary>
/// <param name="Minutes">How long it lasts.</param>
internal sealed record SlotAdding(int Minutes);

/// <summary>A new Open Space issue.</summary>
/// <param name="Title">The issue, as its convener writes it.</param>
/// <param name="Category">One of the five resources (people, culture, land, industry, scenery), or none.</param>
/// <param name="Convener">The convener's id, when the facilitator posts for someone; a participant convenes their own.</param>
/// <param name="Carried">The id of an item the workshop carried into this block (the facilitator posts it: its text is the title, its category the issue's unless the form names one).</param>
internal sealed record Posting(string? Title, string? Category, string? Convener, string? Carried = null);

/// <summary>An issue someone signs up for, joins or leaves.</summary>
/// <param name="Issue">The issue's id.</param>
/// <param name="Participant">Who, when the facilitator acts for them; a participant acts for themselves.</param>
internal sealed record IssueChoice(string? Issue, string? Participant);

/// <summary>An issue moved to another cell of the wall.</summary>
/// <param name="Issue">The issue's id.</param>
/// <param name="Slot">The 1-based slot.</param>
/// <param name="Space">The space's id.</param>
internal sealed record IssueMove(string? Issue, int Slot, string? Space);

/// <summary>A session's report.</summary>
/// <param name="Issue">The issue whose session it reports.</param>
/// <param name="Text">What took place (the report's text).</param>
/// <param name="NextSteps">What the session's group will do next, one step each (empty ones left out); none when absent.</param>
/// <param name="Recommendations">What the session's group recommends, one each (empty ones left out); none when absent.</param>
internal sealed record Reporting(string? Issue, string? Text, string[]? NextSteps = null, string[]? Recommendations = null);

/// <summary>An action item of action planning: <c>{"title","nextStep","issue"?,"nextMeeting"?,"owner"?}</c>.</summary>
/// <param name="Title">What will be done.</param>
/// <param name="NextStep">The first step.</param>
/// <param name="Issue">The issue (or cluster) it comes from, or none.</param>
/// <param name="NextMeeting">When its people meet next, <c>yyyy-MM-dd</c>, or none.</param>
/// <param name="Owner">Whose action it is, when the facilitator records it; a participant owns their own.</param>
internal sealed record ActionPosting(string? Title, string? NextStep, string? Issue, string? NextMeeting, string? Owner);

/// <summary>A piece of news for the evening news or the morning announcements: <c>{"text"}</c>.</summary>
/// <param name="Text">The news.</param>
internal sealed record NewsPosting(string? Text);
