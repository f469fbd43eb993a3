using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Facilitation.Methods.BrowserTests;

/// <summary>The brainstorm's HTTP contract without a browser: clarifying ideas, naming and merging clusters, and a sealed ranked ballot.</summary>
public sealed class BrainstormProtocolTests
{
    [Fact]
    public async Task Clarifications_ClusterNamesAndMerges_AreTheFacilitators_AndTheViewShowsThem()
    {
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        var (code, ann, bo) = await OpenAsync(server, facilitator, voting: "dots");
        var willow = await IdeaAsync(ann, code, "Willow Square");
        var market = await IdeaAsync(bo, code, "Market Square");
        await server.CommandAsync(code, "EndRound", "BeginClarifying");

        // The facilitator writes down what the group says an idea means; a participant may not, and an empty text names its field.
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/clarifications", new { idea = willow, text = "柳树下的广场 — the willows by the pond stay" })).StatusCode);
        await RefusedAsync(bo, $"/api/rooms/{code}/clarifications", new { idea = market, text = "Mine." }, HttpStatusCode.Forbidden, null);
        await RefusedAsync(facilitator, $"/api/rooms/{code}/clarifications", new { idea = willow, text = "" }, HttpStatusCode.BadRequest, "text:");
        var seenByBo = await IdeasAsync(bo, code);
        Assert.Equal(["柳树下的广场 — the willows by the pond stay"], seenByBo[willow].GetProperty("clarifications").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(0, seenByBo[market].GetProperty("clarifications").GetArrayLength());

        // Two clusters: the first is named after the fact, then the second is merged into it with its ideas.
        await server.CommandAsync(code, "BeginClustering");
        var green = await ClusterAsync(facilitator, code);
        var trade = await ClusterAsync(facilitator, code, "Trade");
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/placements", new { idea = willow, cluster = green })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/placements", new { idea = market, cluster = trade })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/cluster-names", new { cluster = green, heading = "绿色 Green" })).StatusCode);
        await RefusedAsync(facilitator, $"/api/rooms/{code}/cluster-names", new { cluster = green }, HttpStatusCode.BadRequest, "heading:");
        await RefusedAsync(ann, $"/api/rooms/{code}/merges", new { into = green, from = trade }, HttpStatusCode.Forbidden, null);
        await RefusedAsync(facilitator, $"/api/rooms/{code}/merges", new { into = green }, HttpStatusCode.BadRequest, "from:");
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/merges", new { into = green, from = trade })).StatusCode);

        var clusters = (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("clusters").EnumerateArray().ToList();
        var merged = Assert.Single(clusters);
        Assert.Equal(green, merged.GetProperty("id").GetString());
        Assert.Equal("绿色 Green", merged.GetProperty("heading").GetString());
        Assert.Equal(new[] { willow, market }.Order(StringComparer.Ordinal), merged.GetProperty("ideas").EnumerateArray().Select(i => i.GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RankedBallot_EachVoterRanksForThemselves_SeesOnlyTheirOwn_AndTheCountRewardsTheFirstChoice()
    {
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        var (code, ann, bo) = await OpenAsync(server, facilitator, voting: "ranked");
        var willow = await IdeaAsync(ann, code, "Willow Square");
        var market = await IdeaAsync(bo, code, "Market Square");
        var quiet = await IdeaAsync(ann, code, "Quiet Square");
        await server.CommandAsync(code, "EndRound", "BeginClarifying", "BeginClustering", "BeginVoting");

        var annView = await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}");
        Assert.Equal("Ranked", annView.GetProperty("voting").GetString());
        Assert.Equal(2, annView.GetProperty("rankedChoices").GetInt32());
        Assert.Contains(annView.GetProperty("permitted").EnumerateArray(), p => p.GetProperty("command").GetString() == "CastRanking");

        // Ann ranks two (her budget); three are refused, and so is a ranking cast in Bo's name.
        await RefusedAsync(ann, $"/api/rooms/{code}/rankings", new { ideas = new[] { market, willow, quiet } }, HttpStatusCode.BadRequest, null);
        Assert.Equal(HttpStatusCode.OK, (await ann.PostAsJsonAsync($"/api/rooms/{code}/rankings", new { ideas = new[] { market, willow } })).StatusCode);
        var boId = (await bo.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("me").GetProperty("id").GetString();
        await RefusedAsync(ann, $"/api/rooms/{code}/rankings", new { ideas = new[] { quiet }, participant = boId }, HttpStatusCode.Forbidden, null);

        // Each sees their own ballot and nobody else's; the facilitator enters Bo's paper ballot.
        Assert.Equal([market, willow], (await ann.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("myRanking").EnumerateArray().Select(i => i.GetString()!));
        Assert.Equal(0, (await bo.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("myRanking").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/rankings", new { ideas = new[] { market, quiet }, participant = boId })).StatusCode);

        // Two choices: the first earns 2 points, the second 1. Market 2 + 2, Willow 1, Quiet 1.
        await server.CommandAsync(code, "EndVoting");
        var ranking = (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("ranking").EnumerateArray().ToList();
        Assert.Equal(market, ranking[0].GetProperty("idea").GetString());
        Assert.Equal(4, ranking[0].GetProperty("points").GetInt32());
        Assert.Equal(1, ranking.Single(r => r.GetProperty("idea").GetString() == willow).GetProperty("points").GetInt32());
    }

    [Fact]
    public async Task Voting_IsDotsOrRanked_AnythingElseIsRefusedNamingIt()
    {
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        await RefusedAsync(facilitator, "/api/rooms", new { method = "brainstorm", title = "Names", people = new[] { "Ann" }, technique = "open", minutes = 10, dots = 3, voting = "approval" }, HttpStatusCode.BadRequest, "'approval'");
        await RefusedAsync(facilitator, "/api/rooms", new { method = "brainstorm", title = "Names", people = new[] { "Ann" }, technique = "open", minutes = 10, dots = 0, voting = "ranked" }, HttpStatusCode.BadRequest, "ideas each person ranks");
    }

    private static async Task<(string Code, HttpClient Ann, HttpClient Bo)> OpenAsync(WebServer server, HttpClient facilitator, string voting)
    {
        var created = await facilitator.PostAsJsonAsync("/api/rooms", new { method = "brainstorm", title = "Names for the square", prompt = "What shall we call it?", people = new[] { "Ann", "Bo" }, technique = "open", minutes = 10, dots = 2, voting });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var ann = server.Client(await server.JoinAsync(code, "Ann"));
        var bo = server.Client(await server.JoinAsync(code, "Bo"));
        await server.CommandAsync(code, "StartRound");
        return (code, ann, bo);
    }

    private static async Task<string> IdeaAsync(HttpClient writer, string code, string text)
    {
        var reply = await writer.PostAsJsonAsync($"/api/rooms/{code}/ideas", new { text });
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        return (await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<string> ClusterAsync(HttpClient facilitator, string code, string? heading = null)
    {
        var reply = await facilitator.PostAsJsonAsync($"/api/rooms/{code}/clusters", new { heading });
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        return (await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<Dictionary<string, JsonElement>> IdeasAsync(HttpClient reader, string code) =>
        (await reader.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("ideas").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);

    private static async Task RefusedAsync(HttpClient client, string path, object body, HttpStatusCode status, string? naming)
    {
        var reply = await client.PostAsJsonAsync(path, body);
        var text = await reply.Content.ReadAsStringAsync();
        Assert.True(reply.StatusCode == status, $"{path}: expected {(int)status}, got {(int)reply.StatusCode} {text}");
        if (naming is not null)
        {
            Assert.Contains(naming, text, StringComparison.Ordinal);
        }
    }
}
