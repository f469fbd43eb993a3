using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Facilitation.Methods.WorldCafe;
using Facilitation.Samples.Web;

namespace Facilitation.Methods.BrowserTests;

/// <summary>The web app's HTTP contract without a browser: who may do what, preconditions, limits, the event stream and stopping.</summary>
public sealed class WebAppProtocolTests
{
    [Fact]
    public async Task ParticipantToken_CannotSendFacilitatorCommands_NorActForSomeoneElse()
    {
        await using var server = await WebServer.StartAsync();
        var code = await server.OpenCafeAsync();
        await server.CommandAsync(code, "OpenCheckIn");
        var ann = await server.JoinAsync(code, "Ann");
        var bo = await server.JoinAsync(code, "Bo");
        await server.CommandAsync(code, "Welcome", "StartRound", "StartConversation");
        using var asAnn = server.Client(ann);
        var annView = await asAnn.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}");
        var boId = (await server.Client(bo).GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("me").GetProperty("id").GetString();
        var annTable = annView.GetProperty("me").GetProperty("route")[0].GetProperty("table").GetString();
        var otherTable = annTable == "T1" ? "T2" : "T1";

        Assert.Equal(HttpStatusCode.Forbidden, (await asAnn.PostAsync($"/api/rooms/{code}/commands/CloseRound", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asAnn.PostAsJsonAsync($"/api/rooms/{code}/round-time", new { minutes = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asAnn.PostAsJsonAsync("/api/rooms", new { template = "seed" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asAnn.GetAsync($"/api/rooms/{code}/print/route-cards")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asAnn.PostAsJsonAsync($"/api/rooms/{code}/leave", new { participant = boId })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asAnn.PostAsJsonAsync($"/api/rooms/{code}/notes", new { table = otherTable, text = "not my table" })).StatusCode);

        // A header naming someone else changes nothing: the author is the token's holder.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{code}/notes") { Content = JsonContent.Create(new { text = "who wrote me?" }) };
        request.Headers.Add("X-Participant", boId);
        Assert.Equal(HttpStatusCode.OK, (await asAnn.SendAsync(request)).StatusCode);
        var notes = (await server.Client(WebServer.Secret).GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("contributions");
        Assert.Equal("Ann", notes.EnumerateArray().Single(n => n.GetProperty("text").GetString() == "who wrote me?").GetProperty("author").GetString());

        // Nobody, a forged token, or a token of another café: not a participant here.
        using var nobody = server.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(nobody, $"/api/rooms/{code}/notes", new { table = annTable, text = "x" })).StatusCode);
        using var forged = server.Client(ann[..^4] + "AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.PostAsJsonAsync($"/api/rooms/{code}/notes", new { text = "x" })).StatusCode);
        var other = await server.OpenCafeAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await asAnn.PostAsJsonAsync($"/api/rooms/{other}/notes", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await nobody.GetAsync($"/api/rooms/{code}/events")).StatusCode);
    }

    [Fact]
    public async Task CookieWrite_WithoutTheFetchHeader_IsRefusedAsForged()
    {
        await using var server = await WebServer.StartAsync();
        var code = await server.OpenCafeAsync();
        using var client = server.Client();
        using var login = new HttpRequestMessage(HttpMethod.Post, "/api/facilitator/login") { Content = JsonContent.Create(new { value = WebServer.Secret }) };
        login.Headers.Add(WebApp.FetchHeader, "fetch");
        var reply = await client.SendAsync(login);
        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
        var cookie = reply.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        // The same cookie as a cross-site form would send it (no custom header): refused, nothing changes.
        using var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{code}/commands/OpenCheckIn");
        forged.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(forged)).StatusCode);
        using var page = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{code}/commands/OpenCheckIn");
        page.Headers.Add("Cookie", cookie.Split(';')[0]);
        page.Headers.Add(WebApp.FetchHeader, "fetch");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(client, "/api/facilitator/login", new { value = "wrong" })).StatusCode);
    }

    [Theory]
    [InlineData("W/\"1\"")]
    [InlineData("\"1\", \"2\"")]
    [InlineData("1")]
    [InlineData("\"one\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"99999999999999999999999\"")]
    [InlineData("\"\"")]
    public async Task MalformedIfMatch_Is400_AndChangesNothing(string ifMatch)
    {
        await using var server = await WebServer.StartAsync();
        var code = await server.OpenCafeAsync();
        await server.CommandAsync(code, "OpenCheckIn");
        using var facilitator = server.Client(WebServer.Secret);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{code}/commands/Welcome");
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        var reply = await facilitator.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Equal(1, (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task StaleIfMatch_Is412_AndSaysToReload_WhileTheCurrentOneIsApplied()
    {
        await using var server = await WebServer.StartAsync();
        var code = await server.OpenCafeAsync();
        await server.CommandAsync(code, "OpenCheckIn");
        await server.JoinAsync(code, "Ann");
        await server.JoinAsync(code, "Bo");
        using var facilitator = server.Client(WebServer.Secret);
        var read = await facilitator.GetAsync($"/api/rooms/{code}");
        var etag = read.Headers.ETag!.Tag;
        Assert.Equal("\"3\"", etag);

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{code}/commands/Welcome");
        stale.Headers.TryAddWithoutValidation("If-Match", "\"2\"");
        var refused = await facilitator.SendAsync(stale);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Contains("reload", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(etag, refused.Headers.ETag!.Tag);

        using var current = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{code}/commands/Welcome");
        current.Headers.TryAddWithoutValidation("If-Match", etag);
        var applied = await facilitator.SendAsync(current);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal("\"4\"", applied.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Permitted_OffersOnlyCommandsWithAnEndpoint_NeverTheTimersOwn()
    {
        Assert.Equal(["TimeUp", "TimeWarning"], Views.WithoutEndpoint(Enum.GetNames<WorldCafeCommand>()).Order(StringComparer.Ordinal));
        await using var server = await WebServer.StartAsync();
        var code = await server.OpenCafeAsync();
        await server.CommandAsync(code, "OpenCheckIn");
        await server.JoinAsync(code, "Ann");
        await server.JoinAsync(code, "Bo");
        await server.CommandAsync(code, "Welcome", "StartRound", "StartConversation");
        using var facilitator = server.Client(WebServer.Secret);
        var permitted = (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("permitted").EnumerateArray().ToList();
        var commands = permitted.Select(p => p.GetProperty("command").GetString()).ToList();
        Assert.Contains("AddNote", commands);
        Assert.Contains("ChangeRoundTime", commands);
        Assert.DoesNotContain("TimeWarning", commands);
        Assert.DoesNotContain("TimeUp", commands);
        foreach (var href in permitted.Select(p => p.GetProperty("href").GetString()!))
        {
            // Every advertised endpoint exists: an empty POST reaches the endpoint (never 404/405).
            var reply = await facilitator.PostAsync(href, href.Contains("/commands/", StringComparison.Ordinal) ? null : JsonContent.Create(new { }));
            Assert.NotEqual(HttpStatusCode.NotFound, reply.StatusCode);
            Assert.NotEqual(HttpStatusCode.MethodNotAllowed, reply.StatusCode);
        }
    }

    [Fact]
    public async Task Writes_AreRateLimited_AndBodiesSizeLimited()
    {
        await using var server = await WebServer.StartAsync(o => o.WritesPerMinute = 3);
        var code = await server.OpenCafeAsync();
        var big = new StringContent("{\"text\":\"" + new string('x', 64 * 1024) + "\"}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await server.Client(WebServer.Secret).PostAsync($"/api/rooms/{code}/notes", big)).StatusCode);
        using var facilitator = server.Client(WebServer.Secret);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await facilitator.PostAsJsonAsync($"/api/rooms/{code}/people", new { name = $"Guest {i}" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task EventStream_ResumesAfterLastEventId_WithoutGapsOrDuplicates_AndCarriesTables()
    {
        await using var server = await WebServer.StartAsync();
        var code = await server.OpenCafeAsync();
        await server.CommandAsync(code, "OpenCheckIn");
        foreach (var name in new[] { "Ann", "Bo", "Chen" })
        {
            await server.JoinAsync(code, name);
        }

        await server.CommandAsync(code, "Welcome", "StartRound");

        // Events 1..6 are in the log; a client that saw up to 3 resumes there, then keeps following new events.
        using var client = server.Client(WebServer.Secret);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/rooms/{code}/events");
        request.Headers.Add("Last-Event-ID", "3");
        using var reply = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", reply.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await reply.Content.ReadAsStreamAsync());
        var seen = new List<(long Id, string Type, JsonElement Data)>();
        var readAll = ReadEvents(reader, seen, until: 8);
        await server.CommandAsync(code, "StartConversation", "CloseRound");
        await readAll.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([4L, 5L, 6L, 7L, 8L], seen.Select(e => e.Id));
        Assert.Equal(seen.Select(e => e.Id), seen.Select(e => e.Data.GetProperty("version").GetInt64()));
        var welcome = seen.First(e => e.Id == 5);
        Assert.Equal("cafePhaseChanged", welcome.Type);
        var tables = welcome.Data.GetProperty("tables");
        Assert.Equal(3, tables.GetArrayLength());
        Assert.Equal(3, tables.EnumerateArray().Sum(t => t.GetProperty("members").GetArrayLength()));

        // An id that is not a version is refused.
        using var bad = new HttpRequestMessage(HttpMethod.Get, $"/api/rooms/{code}/events");
        bad.Headers.Add("Last-Event-ID", "abc");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(bad)).StatusCode);
    }

    [Fact]
    public async Task Server_EndsEventStreams_WhenItStops_InsteadOfWaitingForTheShutdownTimeout()
    {
        var server = await WebServer.StartAsync();
        await using (server)
        {
            var code = await server.OpenCafeAsync();
            using var client = server.Client(WebServer.Secret);
            using var reply = await client.GetAsync($"/api/rooms/{code}/events", HttpCompletionOption.ResponseHeadersRead);
            using var reader = new StreamReader(await reply.Content.ReadAsStreamAsync());
            Assert.Equal("event: hello", await reader.ReadLineAsync());
            var took = await server.StopAsync();

            // The app ends every stream on ApplicationStopping, so the response finishes cleanly. A stream left open would hold the host
            // until its 5-second shutdown timeout, and Kestrel would then abort the connection: this read would throw instead of ending.
            await reader.ReadToEndAsync();
            Assert.True(took < TimeSpan.FromSeconds(5), $"Stopping took {took.TotalSeconds:0.0} s with a client connected: the shutdown timeout, not the stream's end.");
        }
    }

    [Fact]
    public async Task Cafe_SurvivesARestart_FromTheSqliteStore_WithTheSameCodeAndTokens()
    {
        var folder = Directory.CreateTempSubdirectory("facilitation-web-restart-").FullName;
        try
        {
            string code;
            string token;
            await using (var first = await WebServer.StartAsync(o => o.StorageFolder = folder))
            {
                code = await first.OpenCafeAsync();
                await first.CommandAsync(code, "OpenCheckIn");
                token = await first.JoinAsync(code, "Ann");
            }

            await using var second = await WebServer.StartAsync(o => o.StorageFolder = folder);
            var view = await second.Client(token).GetFromJsonAsync<JsonElement>($"/api/rooms/{code}");
            Assert.Equal("participant", view.GetProperty("role").GetString());
            Assert.Equal("Ann", view.GetProperty("me").GetProperty("name").GetString());
            Assert.Equal(2, view.GetProperty("version").GetInt64());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task FacilitatorAndParticipantEndpoints_DoWhatTheySay()
    {
        await using var server = await WebServer.StartAsync();
        var code = await server.OpenCafeAsync(tables: 2);
        await server.CommandAsync(code, "OpenCheckIn");
        var ann = await server.JoinAsync(code, "Ann");
        await server.JoinAsync(code, "Bo");
        await server.JoinAsync(code, "Chen");
        using var facilitator = server.Client(WebServer.Secret);
        using var asAnn = server.Client(ann);
        await server.CommandAsync(code, "Welcome", "StartRound", "StartConversation");
        async Task<JsonElement> View(HttpClient client) => await client.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}");

        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/round-time", new { minutes = 5 })).StatusCode);
        Assert.Equal(25 * 60, (await View(facilitator)).GetProperty("remainingSeconds").GetInt32());
        await server.CommandAsync(code, "PauseRound");
        Assert.True((await View(facilitator)).GetProperty("paused").GetBoolean());
        await server.CommandAsync(code, "ResumeRound");
        Assert.Equal(HttpStatusCode.OK, (await asAnn.PostAsJsonAsync($"/api/rooms/{code}/notes", new { text = "mine, without my name", anonymous = true })).StatusCode);
        server.Clock.Advance(TimeSpan.FromMinutes(25));
        Assert.Equal("RoundClose", (await View(facilitator)).GetProperty("phase").GetString());

        // After round 1 the facilitator chooses a volunteer host; the next rounds keep them at that table.
        var first = (await View(facilitator)).GetProperty("tables")[0];
        var volunteer = first.GetProperty("members")[0].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/hosts", new { table = first.GetProperty("id").GetString(), participant = volunteer })).StatusCode);
        await server.CommandAsync(code, "StartRound");
        Assert.Equal(volunteer, (await View(facilitator)).GetProperty("tables")[0].GetProperty("host").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/leave", new { participant = (await View(server.Client(ann))).GetProperty("me").GetProperty("id").GetString() })).StatusCode);
        Assert.False((await View(asAnn)).GetProperty("me").GetProperty("present").GetBoolean());
        await server.CommandAsync(code, "StartConversation", "CloseRound", "StartRound", "StartConversation", "CloseRound", "BeginHarvest");
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/harvest-items", new { kind = "ActionItem", text = "Clean the well", owner = "Bo", nextStep = "Monday" })).StatusCode);

        // The harvest keeps the anonymous note without its author, in the view and in the printed book.
        var contributions = (await View(facilitator)).GetProperty("contributions").EnumerateArray().ToList();
        var anonymous = contributions.Single(c => c.GetProperty("text").GetString() == "mine, without my name");
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("author").ValueKind);
        Assert.Contains(contributions, c => c.GetProperty("kind").GetString() == "ActionItem" && c.GetProperty("owner").GetString() == "Bo");
        var book = await facilitator.GetStringAsync($"/api/rooms/{code}/print/harvest-book");
        Assert.Contains("mine, without my name", book, StringComparison.Ordinal);
        Assert.Contains("Clean the well", book, StringComparison.Ordinal);
        await server.CommandAsync(code, "Close");
        Assert.Empty((await View(facilitator)).GetProperty("permitted").EnumerateArray());
    }

    [Theory]
    [InlineData("en", "With one question per round, 3 rounds need 3 questions")]
    [InlineData("zh-CN", "每轮一题时，3 轮需要 3 个问题")]
    public async Task LibraryMessages_FollowTheRequestLanguage(string language, string expected)
    {
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/rooms")
        {
            Content = JsonContent.Create(new { title = "Two questions, three rounds", tables = 3, seatsPerTable = 4, questions = new[] { "One?", "Two?" }, rounds = 3, minutes = 20 }),
        };
        request.Headers.AcceptLanguage.ParseAdd(language);
        var reply = await facilitator.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Contains(expected, await reply.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedCafe_OpensOnAnEmptyStore_AndARosterNameIsClaimedOnce()
    {
        await using var server = await WebServer.StartAsync(o => o.OpenSeedCafe = true);
        using var facilitator = server.Client(WebServer.Secret);
        var rooms = (await facilitator.GetFromJsonAsync<JsonElement>("/api/rooms")).EnumerateArray().ToList();
        Assert.Equal(["brainstorm", "openSpace", "worldCafe"], rooms.Select(r => r.GetProperty("method").GetString()).Order(StringComparer.Ordinal));
        var seed = rooms.Single(r => r.GetProperty("method").GetString() == "worldCafe");
        Assert.Equal("世界咖啡：农村治理的难题与服务", seed.GetProperty("title").GetString());
        Assert.Equal(29, seed.GetProperty("people").GetInt32());
        var code = seed.GetProperty("code").GetString()!;
        await server.CommandAsync(code, "OpenCheckIn");

        // A director types their name: the phone becomes that person on the roster, once.
        var director = await server.JoinAsync(code, "王建国");
        var me = (await server.Client(director).GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("me");
        Assert.Equal("d01", me.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Post(server.Client(), $"/api/rooms/{code}/join", new { name = "王建国" })).StatusCode);
        var newcomer = await server.JoinAsync(code, "访客");
        Assert.Equal(30, (await facilitator.GetFromJsonAsync<JsonElement>("/api/rooms")).EnumerateArray().Single(r => r.GetProperty("code").GetString() == code).GetProperty("people").GetInt32());

        // The five hosts stay with their tables: the welcome seats everyone, a host at each table.
        await server.CommandAsync(code, "Welcome", "StartRound");
        var tables = (await server.Client(newcomer).GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("tables");
        Assert.Equal(5, tables.GetArrayLength());
        Assert.All(tables.EnumerateArray(), t => Assert.Equal(JsonValueKind.Object, t.GetProperty("host").ValueKind));
        Assert.Equal(30, tables.EnumerateArray().Sum(t => t.GetProperty("members").GetArrayLength()));
    }

    [Fact]
    public async Task OpenSpaceAndBrainstorm_OpenFromTemplatesAndForms_AndEveryoneJoinsByCode()
    {
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        async Task<JsonElement> Create(object form)
        {
            var reply = await facilitator.PostAsJsonAsync("/api/rooms", form);
            Assert.True(reply.StatusCode == HttpStatusCode.Created, await reply.Content.ReadAsStringAsync());
            return await reply.Content.ReadFromJsonAsync<JsonElement>();
        }

        // The templates: the directors' Open Space on mobilising resources and their brainwriting and dot-vote brainstorm.
        var openSpace = await Create(new { template = "open-space" });
        Assert.Equal("openSpace", openSpace.GetProperty("method").GetString());
        var storm = await Create(new { template = "brainstorm" });
        Assert.Equal("brainstorm", storm.GetProperty("method").GetString());
        var director = await server.JoinAsync(storm.GetProperty("code").GetString()!, "李秀英");
        var me = (await server.Client(director).GetFromJsonAsync<JsonElement>($"/api/rooms/{storm.GetProperty("code").GetString()}")).GetProperty("me");
        Assert.Equal("d02", me.GetProperty("id").GetString());

        // From the form: an Open Space whose people register as they join, and a brainstorm that starts from a roster of one.
        var os = (await Create(new { method = "openSpace", title = "Our river", spaces = new[] { "Hall", "Garden" }, slots = 2, minutes = 45, dots = 2 })).GetProperty("code").GetString()!;
        var bs = (await Create(new { method = "brainstorm", title = "Names for the square", prompt = "What shall we call it?", people = new[] { "Ann" }, technique = "open", minutes = 10, dots = 3, anonymousRound = true })).GetProperty("code").GetString()!;
        Assert.Equal(HttpStatusCode.BadRequest, (await facilitator.PostAsJsonAsync("/api/rooms", new { method = "brainstorm", title = "Nobody", minutes = 10, dots = 3 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await facilitator.PostAsJsonAsync("/api/rooms", new { method = "openSpace", title = "No spaces", slots = 2, minutes = 45, dots = 2 })).StatusCode);

        var bo = await server.JoinAsync(os, "Bo");
        var ann = await server.JoinAsync(bs, "Ann");
        var chen = await server.JoinAsync(bs, "Chen");
        var osView = await server.Client(bo).GetFromJsonAsync<JsonElement>($"/api/rooms/{os}");
        Assert.Equal("participant", osView.GetProperty("role").GetString());
        Assert.Equal("Bo", osView.GetProperty("me").GetProperty("name").GetString());
        var bsView = await server.Client(chen).GetFromJsonAsync<JsonElement>($"/api/rooms/{bs}");
        Assert.Equal("Chen", bsView.GetProperty("me").GetProperty("name").GetString());
        Assert.True(bsView.GetProperty("me").GetProperty("present").GetBoolean());
        var people = (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{bs}")).GetProperty("people").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Ann", "Chen"], people);

        // A token of one room is nobody in another; a café endpoint on an Open Space is a 404 that says what the room is.
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client(bo).PostAsJsonAsync($"/api/rooms/{bs}/ideas", new { text = "x" })).StatusCode);
        var wrong = await server.Client(bo).PostAsJsonAsync($"/api/rooms/{os}/notes", new { text = "x" });
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Contains("Open Space", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Posting an issue keeps its resource category; the facilitator's phase commands go through the same contract.
        await server.CommandAsync(os, "OpenCircle", "BeginAgendaSetting");
        var posted = await server.Client(bo).PostAsJsonAsync($"/api/rooms/{os}/issues", new { title = "Who cleans the river?", category = "scenery" });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client(bo).PostAsJsonAsync($"/api/rooms/{os}/issues", new { title = "x", category = "money" })).StatusCode);
        var issue = (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{os}")).GetProperty("issues").EnumerateArray().Single();
        Assert.Equal("scenery", issue.GetProperty("category").GetString());
        Assert.Equal("Bo", issue.GetProperty("convener").GetProperty("name").GetString());
        await server.CommandAsync(bs, "StartRound");
        Assert.Equal(HttpStatusCode.OK, (await server.Client(ann).PostAsJsonAsync($"/api/rooms/{bs}/ideas", new { text = "Willow Square" })).StatusCode);
    }

    [Theory]
    [InlineData("worldCafe")]
    [InlineData("openSpace")]
    [InlineData("brainstorm")]
    public async Task ReleasedName_IsFreeAgain_AndItsOldTokenIsNobody(string method)
    {
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        object form = method switch
        {
            "openSpace" => new { method, title = "Our river", spaces = new[] { "Hall" }, slots = 1, minutes = 45, dots = 2 },
            "brainstorm" => new { method, title = "Names", people = new[] { "Ann", "Bo" }, technique = "open", minutes = 10, dots = 3 },
            _ => new { title = "Café", tables = 2, seatsPerTable = 4, questions = new[] { "One?", "Two?" }, rounds = 2, minutes = 20 },
        };
        var code = (await (await facilitator.PostAsJsonAsync("/api/rooms", form)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        await server.CommandAsync(code, method switch { "worldCafe" => "OpenCheckIn", "openSpace" => "OpenCircle", _ => "StartRound" });

        var first = await server.JoinAsync(code, "Ann");
        var id = (await server.Client(first).GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("me").GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Conflict, (await Post(server.Client(), $"/api/rooms/{code}/join", new { name = "Ann" })).StatusCode);

        // Ann leaves and frees her name: the method's leave is recorded, her old token is nobody, and the name can be claimed again.
        var released = await server.Client(first).PostAsJsonAsync($"/api/rooms/{code}/release", new { });
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        var person = (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("people").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);
        Assert.False(person.GetProperty("present").GetBoolean());
        Assert.False(person.GetProperty("joined").GetBoolean());
        Assert.Equal("guest", (await server.Client(first).GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client(first).PostAsJsonAsync($"/api/rooms/{code}/release", new { })).StatusCode);

        var again = await server.JoinAsync(code, "Ann");
        var me = (await server.Client(again).GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("me");
        Assert.Equal(id, me.GetProperty("id").GetString());
        Assert.True(me.GetProperty("present").GetBoolean());
        Assert.Equal("guest", (await server.Client(first).GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("role").GetString());

        // The facilitator may free a name too (the phone that held it is nobody afterwards).
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/release", new { participant = id })).StatusCode);
        Assert.Equal("guest", (await server.Client(again).GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("role").GetString());
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(WebApp.FetchHeader, "fetch");
        return client.SendAsync(request);
    }

    private static async Task ReadEvents(StreamReader reader, List<(long Id, string Type, JsonElement Data)> seen, long until)
    {
        string? type = null;
        string? data = null;
        string? id = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.Length == 0)
            {
                if (id is not null && type is not null && data is not null)
                {
                    seen.Add((long.Parse(id, System.Globalization.CultureInfo.InvariantCulture), type, JsonDocument.Parse(data).RootElement.Clone()));
                    if (seen[^1].Id >= until)
                    {
                        return;
                    }
                }

                (type, data, id) = (null, null, null);
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line[6..];
            }
            else if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = line[4..];
            }
        }
    }
}
