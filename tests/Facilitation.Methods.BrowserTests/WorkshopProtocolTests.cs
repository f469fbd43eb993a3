using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Facilitation.Methods.BrowserTests;

/// <summary>The workshop endpoints without a browser: the facilitator's only, the running method block is a room phones join by code, and a restart brings both back.</summary>
public sealed class WorkshopProtocolTests
{
    [Fact]
    public async Task WorkshopCommands_WithAParticipantToken_Are403_AndChangeNothing()
    {
        await using var server = await WebServer.StartAsync();
        var (code, room) = await RunToTheCafeAsync(server);
        using var facilitator = server.Client(WebServer.Secret);
        var name = (await Workshop(facilitator, code)).GetProperty("people")[6].GetProperty("name").GetString()!;
        var token = await server.JoinAsync(room, name);
        var version = (await Workshop(facilitator, code)).GetProperty("version").GetInt64();

        using var participant = server.Client(token);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsJsonAsync($"/api/workshops/{code}/commands/CloseBlock", new { block = "cafe" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsJsonAsync($"/api/workshops/{code}/commands/Close", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsJsonAsync($"/api/workshops/{code}/departures", new { participant = "d01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.GetAsync($"/api/workshops/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsJsonAsync("/api/workshops", new { template = "seed" })).StatusCode);
        Assert.Equal(version, (await Workshop(facilitator, code)).GetProperty("version").GetInt64());

        // The token is good for the block's room all the same, and only the workshop's people join it.
        Assert.Equal("participant", (await participant.GetFromJsonAsync<JsonElement>($"/api/rooms/{room}")).GetProperty("role").GetString());
        using var stranger = server.Client();
        using var join = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{room}/join") { Content = JsonContent.Create(new { name = "Someone new" }) };
        join.Headers.Add("X-Requested-With", "fetch");
        var refused = await stranger.SendAsync(join);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("only the workshop's people", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workshop_SurvivesARestart_WithItsRunningBlocksRoomAndTokens()
    {
        var folder = Directory.CreateTempSubdirectory("facilitation-web-workshop-").FullName;
        try
        {
            string code, room, token;
            long version;
            await using (var first = await WebServer.StartAsync(o => o.StorageFolder = folder))
            {
                (code, room) = await RunToTheCafeAsync(first);
                using var facilitator = first.Client(WebServer.Secret);
                token = await first.JoinAsync(room, (await Workshop(facilitator, code)).GetProperty("people")[0].GetProperty("name").GetString()!);
                version = (await Workshop(facilitator, code)).GetProperty("version").GetInt64();
            }

            await using var second = await WebServer.StartAsync(o => o.StorageFolder = folder);
            using var again = second.Client(WebServer.Secret);
            var view = await Workshop(again, code);
            Assert.Equal(version, view.GetProperty("version").GetInt64());
            Assert.Equal("cafe", view.GetProperty("running").GetString());
            Assert.Equal(room, Block(view, "cafe").GetProperty("room").GetString());
            Assert.Equal("participant", (await second.Client(token).GetFromJsonAsync<JsonElement>($"/api/rooms/{room}")).GetProperty("role").GetString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Resources_AreListedWhileTheInventoryBlockRuns_AndABadLineIs400NamingTheField()
    {
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        var code = await RunToTheInventoryAsync(server);

        // A line without a village, text or known category is a 400 that names the field; nothing changes.
        await RefusedNamingTheFieldAsync(facilitator, code, "resources",
            (new { category = "景", text = "古银杏" }, "village"),
            (new { village = "桥北村", category = "景", text = " " }, "text"),
            (new { village = "桥北村", category = "水", text = "小河" }, "category"));

        // The category by its local name or its key; the view shows the entries with the category's key.
        await Send(facilitator, $"/api/workshops/{code}/resources", new { village = "桥北村", category = "景", text = "古银杏" });
        await Send(facilitator, $"/api/workshops/{code}/resources", new { village = "连民村", category = "industry", text = "民宿" });
        var entries = (await Workshop(facilitator, code)).GetProperty("inventory").GetProperty("entries").EnumerateArray()
            .Select(e => $"{e.GetProperty("village").GetString()}/{e.GetProperty("category").GetString()}/{e.GetProperty("text").GetString()}");
        Assert.Equal(["桥北村/scenery/古银杏", "连民村/industry/民宿"], entries);

        // The book has them too, as the library's JSON; a format it does not come in is a 400 naming the field.
        var book = await facilitator.GetAsync($"/api/workshops/{code}/book?format=json");
        Assert.Equal("application/json", book.Content.Headers.ContentType!.MediaType);
        Assert.Contains("古银杏", await book.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var pdf = await facilitator.GetAsync($"/api/workshops/{code}/book?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.StartsWith("format:", (await pdf.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Once the block is closed the inventory takes no more lines (the library refuses: 409), and keeps what it has.
        await Step(facilitator, code, "CloseBlock", "inventory");
        var late = await facilitator.PostAsJsonAsync($"/api/workshops/{code}/resources", new { village = "桥北村", category = "人", text = "退休教师" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(2, (await Workshop(facilitator, code)).GetProperty("inventory").GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task ActionPlan_TakesAnItemWithItsOwnerAndDate_ChangesItsStatus_AndABadItemIs400NamingTheField()
    {
        // The plan is open in any phase before the end, so a workshop that has not opened yet takes items.
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        var code = await CreateSeedWorkshopAsync(facilitator);

        // No title, or a date that is not yyyy-MM-dd: a 400 naming the field, and nothing changes.
        await RefusedNamingTheFieldAsync(facilitator, code, "actions",
            (new { owner = "王书记" }, "title"),
            (new { title = "古银杏民宿", due = "next week" }, "due"));

        // An item goes through the library's AddToActionPlan (by name, as in Orleans mode): the view and the book show it.
        await Send(facilitator, $"/api/workshops/{code}/actions", new { title = "古银杏民宿", owner = "王书记", village = "桥北村", nextStep = "约村民代表开会", due = "2027-01-15" });
        var item = Assert.Single((await Workshop(facilitator, code)).GetProperty("actionPlan").EnumerateArray());
        Assert.Equal(("古银杏民宿", "王书记", "桥北村", "约村民代表开会", "2027-01-15", "Open"), (item.GetProperty("title").GetString(), item.GetProperty("owner").GetString(),
            item.GetProperty("village").GetString(), item.GetProperty("nextStep").GetString(), item.GetProperty("due").GetString(), item.GetProperty("status").GetString()));
        Assert.Contains("约村民代表开会", await (await facilitator.GetAsync($"/api/workshops/{code}/book?format=json")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The item changes: done, with a new next step; what the change leaves out stays. A bad status or date is a 400 naming the
        // field, an unknown item a 404, and neither changes anything.
        var id = item.GetProperty("id").GetString()!;
        await RefusedNamingTheFieldAsync(facilitator, code, $"actions/{id}",
            (new { status = "finished" }, "status"),
            (new { status = "2" }, "status"),
            (new { due = "15/01/2027" }, "due"));
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.PostAsJsonAsync($"/api/workshops/{code}/actions/nope", new { status = "Done" })).StatusCode);
        await Send(facilitator, $"/api/workshops/{code}/actions/{id}", new { status = "done", nextStep = "开工" });
        var changed = Assert.Single((await Workshop(facilitator, code)).GetProperty("actionPlan").EnumerateArray());
        Assert.Equal((id, "Done", "王书记", "开工", "2027-01-15"), (changed.GetProperty("id").GetString(), changed.GetProperty("status").GetString(),
            changed.GetProperty("owner").GetString(), changed.GetProperty("nextStep").GetString(), changed.GetProperty("due").GetString()));

        // A participant's phone may not write the plan: only the facilitator's console is let in.
        using var phone = server.Client();
        var stranger = await phone.PostAsJsonAsync($"/api/workshops/{code}/actions", new { title = "something" });
        Assert.False(stranger.IsSuccessStatusCode);
        Assert.False((await phone.PostAsJsonAsync($"/api/workshops/{code}/actions/{id}", new { status = "Dropped" })).IsSuccessStatusCode);
        Assert.Equal("Done", (await Workshop(facilitator, code)).GetProperty("actionPlan")[0].GetProperty("status").GetString());
        Assert.Single((await Workshop(facilitator, code)).GetProperty("actionPlan").EnumerateArray());
    }

    [Fact]
    public async Task Events_SayEachNewVersion_ToTheFacilitatorOnly_AndResumeAfterTheLastIdSeen()
    {
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        var code = await CreateSeedWorkshopAsync(facilitator);
        using var phone = server.Client();
        Assert.Equal(HttpStatusCode.Forbidden, (await phone.GetAsync($"/api/workshops/{code}/events")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync("/api/workshops/NOPE/events")).StatusCode);
        using (var bad = new HttpRequestMessage(HttpMethod.Get, $"/api/workshops/{code}/events"))
        {
            bad.Headers.Add("Last-Event-ID", "abc");
            Assert.Equal(HttpStatusCode.BadRequest, (await facilitator.SendAsync(bad)).StatusCode);
        }

        // hello says the version now; each step from another client (another screen) is one "version" event, its id the version.
        await Step(facilitator, code, "OpenDay");
        var version = (await Workshop(facilitator, code)).GetProperty("version").GetInt64();
        using var follower = server.Client(WebServer.Secret);
        using var reply = await follower.GetAsync($"/api/workshops/{code}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", reply.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await reply.Content.ReadAsStreamAsync());
        var hello = await NextEventAsync(reader);
        Assert.Equal(("hello", version), (hello.Type, hello.Data.GetProperty("version").GetInt64()));
        await Send(facilitator, $"/api/workshops/{code}/actions", new { title = "古银杏民宿" });
        var planned = await NextEventAsync(reader);
        Assert.Equal(("version", version + 1, version + 1), (planned.Type, planned.Id, planned.Data.GetProperty("version").GetInt64()));

        // A browser that reconnects with an older id than the version now is told the version now at once, then follows.
        using var resume = new HttpRequestMessage(HttpMethod.Get, $"/api/workshops/{code}/events");
        resume.Headers.Add("Last-Event-ID", version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var again = await follower.SendAsync(resume, HttpCompletionOption.ResponseHeadersRead);
        using var reader2 = new StreamReader(await again.Content.ReadAsStreamAsync());
        Assert.Equal("hello", (await NextEventAsync(reader2)).Type);
        var caught = await NextEventAsync(reader2);
        Assert.Equal(("version", version + 1), (caught.Type, caught.Id));
        await Step(facilitator, code, "StartBlock", (await Workshop(facilitator, code)).GetProperty("next").GetString());
        var started = await NextEventAsync(reader2);
        Assert.Equal(("version", version + 2), (started.Type, started.Id));
    }

    [Fact]
    public async Task Carry_TheCafesThemesIntoTheOpenSpace_WhichPostsThemUnderTheirIds_AndItsActionsIntoThePlan()
    {
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        var (code, room) = await RunToTheCafeAsync(server);
        var (river, tea) = await HoldTheCafeWithThemesAsync(server, code, room);

        // The Open Space block (still to come) is offered the café's two themes, not its action item.
        var offers = await facilitator.GetFromJsonAsync<JsonElement>($"/api/workshops/{code}/carry?to=open-space");
        var offer = Assert.Single(offers.GetProperty("offers").EnumerateArray());
        Assert.Equal("cafe", offer.GetProperty("from").GetString());
        Assert.Equal([(river, "护河要靠村民自己"), (tea, "老茶园可以做研学")], offer.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("source").GetString(), i.GetProperty("text").GetString())));

        // What cannot be carried is a 400 naming the field, and nothing changes: a block that takes no items, a block not held, something the café did not produce.
        Assert.Equal(HttpStatusCode.BadRequest, (await facilitator.GetAsync($"/api/workshops/{code}/carry?to=cafe")).StatusCode);
        await RefusedNamingTheFieldAsync(facilitator, code, "carry",
            (new { from = "cafe", to = "lecture-1" }, "to"),
            (new { from = "meeting", to = "open-space" }, "from"),
            (new { from = "cafe", to = "open-space", items = new[] { "nope" } }, "items"));

        // One theme is carried; the block lists it and the next offer leaves it out. The café's action item goes into the plan once (a second time is refused).
        await Send(facilitator, $"/api/workshops/{code}/carry", new { from = "cafe", to = "open-space", items = new[] { river } });
        var carried = Assert.Single(Block(await Workshop(facilitator, code), "open-space").GetProperty("carried").EnumerateArray());
        Assert.Equal("护河要靠村民自己", carried.GetProperty("text").GetString());
        var left = (await facilitator.GetFromJsonAsync<JsonElement>($"/api/workshops/{code}/carry?to=open-space")).GetProperty("offers")[0].GetProperty("items");
        Assert.Equal([tea], left.EnumerateArray().Select(i => i.GetProperty("source").GetString()));
        await Send(facilitator, $"/api/workshops/{code}/actions/from/cafe", new { });
        Assert.Equal(["修一条护河步道"], (await Workshop(facilitator, code)).GetProperty("actionPlan").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        var twice = await facilitator.PostAsJsonAsync($"/api/workshops/{code}/actions/from/cafe", new { });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("already holds an item", (await twice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single((await Workshop(facilitator, code)).GetProperty("actionPlan").EnumerateArray());

        // The Open Space starts; its console lists the carried theme, and the facilitator posts it under its own id with a convener.
        var openSpace = await RunToBlockAsync(facilitator, code, "open-space");
        var os = await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{openSpace}");
        var listed = Assert.Single(os.GetProperty("carried").EnumerateArray());
        Assert.False(listed.GetProperty("posted").GetBoolean());
        var id = listed.GetProperty("id").GetString()!;
        await server.CommandAsync(openSpace, "OpenCircle", "BeginAgendaSetting");
        var convener = os.GetProperty("people")[3].GetProperty("id").GetString();
        var token = await server.JoinAsync(openSpace, os.GetProperty("people")[4].GetProperty("name").GetString()!);
        var fromPhone = await server.Client(token).PostAsJsonAsync($"/api/rooms/{openSpace}/issues", new { carried = id });
        Assert.Equal(HttpStatusCode.BadRequest, fromPhone.StatusCode);
        Assert.StartsWith("carried:", (await fromPhone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Send(facilitator, $"/api/rooms/{openSpace}/issues", new { carried = id, convener });
        os = await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{openSpace}");
        var issue = Assert.Single(os.GetProperty("issues").EnumerateArray());
        Assert.Equal((id, "护河要靠村民自己", convener), (issue.GetProperty("id").GetString(), issue.GetProperty("title").GetString(), issue.GetProperty("convener").GetProperty("id").GetString()));
        Assert.True(os.GetProperty("carried")[0].GetProperty("posted").GetBoolean());
    }

    /// <summary>Runs the café of <see cref="RunToTheCafeAsync"/> through its five rounds to a harvest of two themes and an action item, closes it and the block: returns the themes' ids.</summary>
    internal static async Task<(string River, string Tea)> HoldTheCafeWithThemesAsync(WebServer server, string code, string room)
    {
        using var facilitator = server.Client(WebServer.Secret);
        await server.CommandAsync(room, "OpenCheckIn", "Welcome");
        for (var round = 1; round <= 5; round++)
        {
            await server.CommandAsync(room, "StartRound", "StartConversation", "CloseRound");
        }

        await server.CommandAsync(room, "BeginHarvest");
        async Task<string> Harvest(string kind, string text, string? owner = null, string? nextStep = null)
        {
            var reply = await facilitator.PostAsJsonAsync($"/api/rooms/{room}/harvest-items", new { kind, text, owner, nextStep });
            Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync());
            return (await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        var river = await Harvest("Theme", "护河要靠村民自己");
        var tea = await Harvest("Theme", "老茶园可以做研学");
        await Harvest("ActionItem", "修一条护河步道", owner: "王书记", nextStep: "下周勘察河道");
        await server.CommandAsync(room, "Close");
        await Step(facilitator, code, "CloseBlock", "cafe");
        return (river, tea);
    }

    /// <summary>Skips every block before <paramref name="block"/> (closing and opening days as needed), starts it and returns its room's code.</summary>
    internal static async Task<string> RunToBlockAsync(HttpClient facilitator, string code, string block)
    {
        while ((await Workshop(facilitator, code)).GetProperty("next") is var next && next.GetString() != block)
        {
            if (next.ValueKind == JsonValueKind.Null)
            {
                await Step(facilitator, code, "CloseDay");
                await Step(facilitator, code, "OpenDay");
                continue;
            }

            await Send(facilitator, $"/api/workshops/{code}/commands/SkipBlock", new { block = next.GetString(), reason = "not in this test" });
        }

        await Step(facilitator, code, "StartBlock", block);
        return Block(await Workshop(facilitator, code), block).GetProperty("room").GetString()!;
    }

    /// <summary>Reads the next server-sent event (type, id or 0, data as JSON) within ten seconds.</summary>
    internal static async Task<(string Type, long Id, JsonElement Data)> NextEventAsync(StreamReader reader)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? type = null;
        string? data = null;
        long id = 0;
        while (await reader.ReadLineAsync(limit.Token) is { } line)
        {
            if (line.Length == 0 && type is not null && data is not null)
            {
                return (type, id, JsonDocument.Parse(data).RootElement.Clone());
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line[6..];
            }
            else if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = long.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new EndOfStreamException("The stream ended before the next event.");
    }

    /// <summary>Creates the seed workshop (the directors' two days, not opened yet): returns its code.</summary>
    internal static async Task<string> CreateSeedWorkshopAsync(HttpClient facilitator)
    {
        var created = await facilitator.PostAsJsonAsync("/api/workshops", new { template = "seed" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    /// <summary>Creates the seed workshop and runs it to its resource inventory block (day 2), skipping every block before it: returns the workshop's code.</summary>
    internal static async Task<string> RunToTheInventoryAsync(WebServer server)
    {
        using var facilitator = server.Client(WebServer.Secret);
        var code = await CreateSeedWorkshopAsync(facilitator);
        await Step(facilitator, code, "OpenDay");
        while ((await Workshop(facilitator, code)).GetProperty("next").GetString() is { } next && next != "inventory")
        {
            await Send(facilitator, $"/api/workshops/{code}/commands/SkipBlock", new { block = next, reason = "not in this test" });
            if ((await Workshop(facilitator, code)).GetProperty("next").ValueKind == JsonValueKind.Null)
            {
                await Step(facilitator, code, "CloseDay");
                await Step(facilitator, code, "OpenDay");
            }
        }

        await Step(facilitator, code, "StartBlock", "inventory");
        return code;
    }

    /// <summary>Creates the seed workshop, opens day 1, checks everyone in, holds the plain blocks and starts the café: returns the workshop's code and the café room's.</summary>
    internal static async Task<(string Workshop, string Room)> RunToTheCafeAsync(WebServer server)
    {
        using var facilitator = server.Client(WebServer.Secret);
        var code = await CreateSeedWorkshopAsync(facilitator);
        await Step(facilitator, code, "OpenDay");
        foreach (var person in (await Workshop(facilitator, code)).GetProperty("people").EnumerateArray())
        {
            await Send(facilitator, $"/api/workshops/{code}/check-ins", new { participant = person.GetProperty("id").GetString() });
        }

        while ((await Workshop(facilitator, code)).GetProperty("next").GetString() is { } next && next != "cafe")
        {
            await Step(facilitator, code, "StartBlock", next);
            await Step(facilitator, code, "CloseBlock", next);
        }

        await Step(facilitator, code, "StartBlock", "cafe");
        var room = Block(await Workshop(facilitator, code), "cafe").GetProperty("room").GetString()!;
        return (code, room);
    }

    internal static JsonElement Block(JsonElement view, string id) =>
        view.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("blocks").EnumerateArray()).Single(b => b.GetProperty("id").GetString() == id);

    private static async Task<JsonElement> Workshop(HttpClient client, string code) => await client.GetFromJsonAsync<JsonElement>($"/api/workshops/{code}");

    private static Task Step(HttpClient client, string code, string command, string? block = null) =>
        Send(client, $"/api/workshops/{code}/commands/{command}", new { block });

    /// <summary>Posts each body to the workshop's endpoint: each is a 400 whose detail starts with its field's name, and the workshop's version does not move.</summary>
    private static async Task RefusedNamingTheFieldAsync(HttpClient facilitator, string code, string endpoint, params (object Body, string Field)[] cases)
    {
        var version = (await Workshop(facilitator, code)).GetProperty("version").GetInt64();
        foreach (var (body, field) in cases)
        {
            var refused = await facilitator.PostAsJsonAsync($"/api/workshops/{code}/{endpoint}", body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.StartsWith(field + ":", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(version, (await Workshop(facilitator, code)).GetProperty("version").GetInt64());
    }

    private static async Task Send(HttpClient client, string path, object body)
    {
        var reply = await client.PostAsJsonAsync(path, body);
        Assert.True(reply.IsSuccessStatusCode, $"{path}: {(int)reply.StatusCode} {await reply.Content.ReadAsStringAsync()}");
    }
}
