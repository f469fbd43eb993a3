using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Facilitation.Methods.BrowserTests;

/// <summary>The Open Space's HTTP contract without a browser: the sessions' reports (who may send one, when, and what the room view shows of it).</summary>
public sealed class OpenSpaceProtocolTests
{
    [Fact]
    public async Task Reports_ComeFromTheConvenerOnceTheSessionRan_OrTheScribeHeAppoints_OthersAreRefused_AndTheViewShowsTheLatestRevision()
    {
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        using var room = await OpenRiverAsync(server, facilitator);
        var (code, bo, ann) = (room.Code, room.Bo, room.Ann);
        var river = await PostIssueAsync(bo, code, "Who cleans the river?");
        var later = await PostIssueAsync(bo, code, "A market by the bridge");
        await server.CommandAsync(code, "OpenMarketplace");
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/issue-moves", new { issue = river, slot = 1, space = "S1" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/issue-moves", new { issue = later, slot = 2, space = "S1" })).StatusCode);

        // Before any session runs the phase takes no report: the library's refusal, 409.
        Assert.Equal(HttpStatusCode.Conflict, (await bo.PostAsJsonAsync($"/api/rooms/{code}/reports", new { issue = river, text = "Too early." })).StatusCode);
        await server.CommandAsync(code, "StartNextSlot");

        // Missing or empty fields: 400 naming the field.
        await RefusedAsync(bo, code, new { text = "We met." }, HttpStatusCode.BadRequest, "(issue)");
        await RefusedAsync(bo, code, new { issue = river, text = "  " }, HttpStatusCode.BadRequest, "(text)");

        // Ann neither convened nor scribes the river: 403 with the library's message, and nothing changes.
        var before = await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}");
        await RefusedAsync(ann, code, new { issue = river, text = "I was not asked." }, HttpStatusCode.Forbidden, "convener or scribe");

        // Bo's second session has not run yet (its slot has not started): 409, the library's message.
        await RefusedAsync(bo, code, new { issue = later, text = "Not yet." }, HttpStatusCode.Conflict, "has not run yet");
        var unchanged = await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}");
        Assert.Equal(before.GetProperty("version").GetInt64(), unchanged.GetProperty("version").GetInt64());
        Assert.Equal(0, unchanged.GetProperty("reports").GetArrayLength());

        // The convener may report the session that ran, and the view offers him that (the endpoint among his permitted commands).
        var boView = await bo.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}");
        Assert.Contains(boView.GetProperty("permitted").EnumerateArray(), p => p.GetProperty("href").GetString() == $"/api/rooms/{code}/reports");
        Assert.Equal([river], boView.GetProperty("issues").EnumerateArray().Where(i => i.GetProperty("mayReport").GetBoolean()).Select(i => i.GetProperty("id").GetString()));
        Assert.DoesNotContain((await ann.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("issues").EnumerateArray(), i => i.GetProperty("mayReport").GetBoolean());

        // Bo reports, then revises: everyone in the room sees the latest text, who sent it and its revision.
        Assert.Equal(HttpStatusCode.OK, (await bo.PostAsJsonAsync($"/api/rooms/{code}/reports", new { issue = river, text = "Ten families clean a stretch each month." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bo.PostAsJsonAsync($"/api/rooms/{code}/reports", new { issue = river, text = "Twelve families clean a stretch each month.", nextSteps = new[] { " Ask the school ", "", "Buy gloves" }, recommendations = new[] { "", "一村一段，按月轮值" } })).StatusCode);
        var report = Assert.Single((await ann.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("reports").EnumerateArray());
        Assert.Equal(river, report.GetProperty("issue").GetString());
        Assert.Equal("Who cleans the river?", report.GetProperty("title").GetString());
        Assert.Equal("Twelve families clean a stretch each month.", report.GetProperty("text").GetString());
        Assert.Equal("Bo", report.GetProperty("by").GetProperty("name").GetString());
        Assert.Equal(2, report.GetProperty("revision").GetInt32());
        Assert.Equal(["Ask the school", "Buy gloves"], report.GetProperty("nextSteps").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(["一村一段，按月轮值"], report.GetProperty("recommendations").EnumerateArray().Select(n => n.GetString()));

        // The facilitator may report too (shown as the facilitator, no name); a guest sees no reports.
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/reports", new { issue = river, text = "Thirteen families." })).StatusCode);
        var byFacilitator = Assert.Single((await bo.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("reports").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, byFacilitator.GetProperty("by").ValueKind);
        Assert.Equal(3, byFacilitator.GetProperty("revision").GetInt32());

        // Bo appoints Ann to write the river down (Ann, not its convener, may appoint no one: the library's 403; no one named: 400).
        // The view names the scribe, and Ann may now report it.
        var annId = (await ann.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("me").GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Forbidden, (await ann.PostAsJsonAsync($"/api/rooms/{code}/scribes", new { issue = river, participant = annId })).StatusCode);
        var unnamed = await bo.PostAsJsonAsync($"/api/rooms/{code}/scribes", new { issue = river });
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Contains("(participant)", await unnamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await bo.PostAsJsonAsync($"/api/rooms/{code}/scribes", new { issue = river, participant = annId })).StatusCode);
        var riverSeenByAnn = (await ann.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("id").GetString() == river);
        Assert.Equal("Ann", riverSeenByAnn.GetProperty("scribe").GetProperty("name").GetString());
        Assert.True(riverSeenByAnn.GetProperty("mayReport").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await ann.PostAsJsonAsync($"/api/rooms/{code}/reports", new { issue = river, text = "Written down by Ann." })).StatusCode);
        var byScribe = Assert.Single((await bo.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("reports").EnumerateArray());
        Assert.Equal(("Ann", 4), (byScribe.GetProperty("by").GetProperty("name").GetString(), byScribe.GetProperty("revision").GetInt32()));

        using var guest = server.Client();
        var guestView = await guest.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}");
        Assert.Equal("guest", guestView.GetProperty("role").GetString());
        Assert.Equal(0, guestView.GetProperty("reports").GetArrayLength());
    }

    [Fact]
    public async Task ActionItems_ArePeoplesOwnInActionPlanning_AndNewsIsTheFacilitators_BothShownToEveryoneInTheRoom()
    {
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        using var room = await OpenRiverAsync(server, facilitator);
        var (code, bo, ann) = (room.Code, room.Bo, room.Ann);
        var river = await PostIssueAsync(bo, code, "Who cleans the river?");
        var annId = (await ann.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("me").GetProperty("id").GetString()!;

        await server.CommandAsync(code, "OpenMarketplace", "StartNextSlot");

        // News (while sessions run): the facilitator's (an empty one is a 400 naming the field); a participant who is not the newsroom coordinator gets the library's 403.
        await ExpectAsync(facilitator, code, "news", new { text = " " }, HttpStatusCode.BadRequest, "text:");
        await ExpectAsync(bo, code, "news", new { text = "Lunch is at noon." }, HttpStatusCode.Forbidden, "news");
        await ExpectAsync(facilitator, code, "news", new { text = "Lunch is at noon." }, HttpStatusCode.OK, string.Empty);

        // Before action planning no action item is taken: the library's 409.
        await ExpectAsync(bo, code, "actions", new { title = "Clean the river", nextStep = "Buy gloves" }, HttpStatusCode.Conflict, "RecordAction");
        await server.CommandAsync(code, "StartNextSlot", "BeginActionPlanning");

        // A missing title or next step, or a date that is not yyyy-MM-dd: a 400 naming the field, and nothing changes.
        var before = (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("version").GetInt64();
        await ExpectAsync(bo, code, "actions", new { nextStep = "Buy gloves" }, HttpStatusCode.BadRequest, "title:");
        await ExpectAsync(bo, code, "actions", new { title = "Clean the river" }, HttpStatusCode.BadRequest, "nextStep:");
        await ExpectAsync(bo, code, "actions", new { title = "Clean the river", nextStep = "Buy gloves", nextMeeting = "next Monday" }, HttpStatusCode.BadRequest, "nextMeeting:");
        await ExpectAsync(facilitator, code, "actions", new { title = "Clean the river", nextStep = "Buy gloves" }, HttpStatusCode.BadRequest, "owner:");
        Assert.Equal(before, (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("version").GetInt64());

        // Bo records his own (from the river session, with a date); a participant's owner is always themselves; the facilitator records Ann's.
        await ExpectAsync(bo, code, "actions", new { title = "Clean the river", nextStep = "Buy gloves", issue = river, nextMeeting = "2027-01-10", owner = annId }, HttpStatusCode.OK, string.Empty);
        await ExpectAsync(facilitator, code, "actions", new { title = "A market by the bridge", nextStep = "Ask the town", owner = annId }, HttpStatusCode.OK, string.Empty);
        var seenByBo = await bo.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}");
        Assert.Equal(
            [("Clean the river", "Bo", "Buy gloves", "2027-01-10", river, true), ("A market by the bridge", "Ann", "Ask the town", (string?)null, (string?)null, false)],
            seenByBo.GetProperty("actions").EnumerateArray().Select(a => (a.GetProperty("title").GetString(), a.GetProperty("owner").GetProperty("name").GetString(),
                a.GetProperty("nextStep").GetString(), a.GetProperty("nextMeeting").GetString(), a.GetProperty("issue").GetString(), a.GetProperty("mine").GetBoolean())));
        var news = Assert.Single(seenByBo.GetProperty("news").EnumerateArray());
        Assert.Equal(("Lunch is at noon.", JsonValueKind.Null), (news.GetProperty("text").GetString(), news.GetProperty("by").ValueKind));
        Assert.Contains(seenByBo.GetProperty("permitted").EnumerateArray(), p => p.GetProperty("href").GetString() == $"/api/rooms/{code}/actions");

        // A guest sees neither.
        using var guest = server.Client();
        var guestView = await guest.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}");
        Assert.Equal((0, 0), (guestView.GetProperty("actions").GetArrayLength(), guestView.GetProperty("news").GetArrayLength()));
    }

    [Fact]
    public async Task Convergence_TheFacilitatorGathersIssuesIntoAClusterAndAppointsItsInitiator_AndAnActionItemMayComeFromIt()
    {
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        using var room = await OpenRiverAsync(server, facilitator);
        var (code, bo, ann) = (room.Code, room.Bo, room.Ann);
        var river = await PostIssueAsync(bo, code, "Who cleans the river?");
        var market = await PostIssueAsync(ann, code, "A market by the bridge");
        var annId = (await ann.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("me").GetProperty("id").GetString()!;
        await server.CommandAsync(code, "OpenMarketplace", "StartNextSlot", "StartNextSlot", "BeginConvergence");

        // Only the facilitator gathers issues (the library's 403); a cluster without issues or a name is a 400 naming the field.
        await ExpectAsync(bo, code, "issue-clusters", new { name = "Water and trade", issues = new[] { river, market } }, HttpStatusCode.Forbidden, string.Empty);
        await ExpectAsync(facilitator, code, "issue-clusters", new { name = "Water and trade" }, HttpStatusCode.BadRequest, "issues:");
        await ExpectAsync(facilitator, code, "issue-clusters", new { issues = new[] { river } }, HttpStatusCode.BadRequest, "name:");
        var made = await facilitator.PostAsJsonAsync($"/api/rooms/{code}/issue-clusters", new { name = "Water and trade", issues = new[] { river, market } });
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var cluster = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        await ExpectAsync(facilitator, code, "initiators", new { issue = cluster }, HttpStatusCode.BadRequest, "participant:");
        await ExpectAsync(bo, code, "initiators", new { issue = cluster, participant = annId }, HttpStatusCode.Forbidden, string.Empty);
        await ExpectAsync(facilitator, code, "initiators", new { issue = cluster, participant = annId }, HttpStatusCode.OK, string.Empty);
        var seen = Assert.Single((await bo.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("clusters").EnumerateArray());
        Assert.Equal(("Water and trade", "Ann"), (seen.GetProperty("name").GetString(), seen.GetProperty("initiator").GetProperty("name").GetString()));
        Assert.Equal(new[] { river, market }.Order(StringComparer.Ordinal), seen.GetProperty("issues").EnumerateArray().Select(i => i.GetString()!).Order(StringComparer.Ordinal));

        // In action planning Ann's action item comes from the cluster.
        await server.CommandAsync(code, "BeginActionPlanning");
        await ExpectAsync(ann, code, "actions", new { title = "A river market", nextStep = "Ask the town", issue = cluster }, HttpStatusCode.OK, string.Empty);
        var action = Assert.Single((await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("actions").EnumerateArray());
        Assert.Equal(cluster, action.GetProperty("issue").GetString());
    }

    /// <summary>Posts to a room's endpoint: the reply has this status and, unless <paramref name="says"/> is empty, its text says this.</summary>
    private static async Task ExpectAsync(HttpClient client, string code, string endpoint, object body, HttpStatusCode status, string says)
    {
        var reply = await client.PostAsJsonAsync($"/api/rooms/{code}/{endpoint}", body);
        var text = await reply.Content.ReadAsStringAsync();
        Assert.True(status == reply.StatusCode, $"{endpoint}: {(int)reply.StatusCode} {text}");
        Assert.Contains(says, text, StringComparison.Ordinal);
    }

    /// <summary>A report refused with this status, the problem's text saying this.</summary>
    [Fact]
    public async Task Marketplace_TheFacilitatorMergesIssues_AndGrowsTheWallByASpaceAndASlot_ParticipantsMayNot()
    {
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        using var room = await OpenRiverAsync(server, facilitator);
        var (code, bo, ann) = (room.Code, room.Bo, room.Ann);
        var river = await PostIssueAsync(bo, code, "Who cleans the river?");
        var banks = await PostIssueAsync(bo, code, "Keeping the river banks clean");
        var market = await PostIssueAsync(ann, code, "A market by the bridge");
        await server.CommandAsync(code, "OpenMarketplace");

        // In the marketplace, two issues that say the same become one under a new id, convened by the first's convener; Ann convened neither: the library's 403.
        await ExpectAsync(ann, code, "issue-merges", new { first = river, second = banks, title = "The river" }, HttpStatusCode.Forbidden, "");
        await ExpectAsync(facilitator, code, "issue-merges", new { first = river, second = banks }, HttpStatusCode.BadRequest, "title:");
        var merged = await facilitator.PostAsJsonAsync($"/api/rooms/{code}/issue-merges", new { first = river, second = banks, title = "Our river, clean" });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var mergedId = (await merged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var view = await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}");
        var issues = view.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(new[] { market, mergedId }.Order(StringComparer.Ordinal), issues.Select(i => i.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var river2 = issues.Single(i => i.GetProperty("id").GetString() == mergedId);
        Assert.Equal("Our river, clean", river2.GetProperty("title").GetString());
        Assert.Equal("Bo", river2.GetProperty("convener").GetProperty("name").GetString());

        // A third space (S3) and a third slot, ten minutes after the second ends; bad sizes name their field; a participant gets the library's 403.
        await ExpectAsync(ann, code, "spaces", new { name = "Tea corner", capacity = 8 }, HttpStatusCode.Forbidden, "");
        await ExpectAsync(facilitator, code, "spaces", new { name = "Tea corner", capacity = 0 }, HttpStatusCode.BadRequest, "capacity:");
        await ExpectAsync(facilitator, code, "slots", new { minutes = 2 }, HttpStatusCode.BadRequest, "minutes:");
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/spaces", new { name = "茶歇区 Tea corner", capacity = 8 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/slots", new { minutes = 30 })).StatusCode);
        view = await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}");
        var space = view.GetProperty("spaces").EnumerateArray().Last();
        Assert.Equal(("S3", "茶歇区 Tea corner", 8), (space.GetProperty("id").GetString(), space.GetProperty("name").GetString(), space.GetProperty("capacity").GetInt32()));
        var slots = view.GetProperty("slots").EnumerateArray().ToList();
        Assert.Equal(3, slots.Count);
        Assert.Equal(30, slots[2].GetProperty("minutes").GetInt32());
        Assert.Equal(slots[1].GetProperty("start").GetDateTimeOffset().AddMinutes(45 + 10), slots[2].GetProperty("start").GetDateTimeOffset());
    }

    /// <summary>Opens "Our river" (two spaces, two slots of 45 minutes, two dots each) from the form, in agenda setting, with Bo and Ann joined by code.</summary>
    private static async Task<RiverRoom> OpenRiverAsync(WebServer server, HttpClient facilitator)
    {
        var created = await facilitator.PostAsJsonAsync("/api/rooms", new { method = "openSpace", title = "Our river", spaces = new[] { "Hall", "Garden" }, slots = 2, minutes = 45, dots = 2 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        await server.CommandAsync(code, "OpenCircle", "BeginAgendaSetting");
        return new RiverRoom(code, server.Client(await server.JoinAsync(code, "Bo")), server.Client(await server.JoinAsync(code, "Ann")));
    }

    private static async Task RefusedAsync(HttpClient client, string code, object body, HttpStatusCode status, string says)
    {
        var reply = await client.PostAsJsonAsync($"/api/rooms/{code}/reports", body);
        Assert.Equal(status, reply.StatusCode);
        Assert.Contains(says, await reply.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> PostIssueAsync(HttpClient convener, string code, string title)
    {
        var reply = await convener.PostAsJsonAsync($"/api/rooms/{code}/issues", new { title });
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        return (await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}

/// <summary>An Open Space opened for a test, with two participants' clients.</summary>
/// <param name="Code">Its join code.</param>
/// <param name="Bo">Bo's client.</param>
/// <param name="Ann">Ann's client.</param>
internal sealed record RiverRoom(string Code, HttpClient Bo, HttpClient Ann) : IDisposable
{
    /// <inheritdoc/>
    public void Dispose()
    {
        Bo.Dispose();
        Ann.Dispose();
    }
}
