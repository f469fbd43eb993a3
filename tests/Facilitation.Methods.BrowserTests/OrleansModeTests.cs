using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Facilitation.Methods.Orleans;
using Facilitation.Samples.Web;
using Microsoft.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Runtime;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Methods.BrowserTests;

/// <summary>
/// The web app in Orleans mode (<c>Hosting:Mode=orleans</c>): two web servers, each hosting a silo of one cluster (localhost
/// clustering, the first silo keeps the membership), sharing one storage folder (SQLite store, keys) and one clock.
/// </summary>
public sealed class OrleansModeTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public Task EveryMethod_OnTwoSilos_KeepsEveryAcknowledgedWrite_AndTheCafesTimer_WhenTheSiloHoldingItStops() => OnTwoSilosAsync(async (a, b, clock) =>
    {
        string code;
        string sessionId;
        var tokens = new List<string>();
        string storm;
        string stormToken;
        string wall;
        string wallToken;
        {
            // Grains are placed at random: open cafés through A until one lives on B's silo (each does so with odds of one half).
            var onB = b.App.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
            (code, sessionId) = await OpenCafeOnAsync(a, onB);

            // B serves the café A opened (it looks for new ones in the store every second); the facilitator drives it from B.
            using var facilitatorOnB = b.Client(WebServer.Secret);
            await Until(async () => (await facilitatorOnB.GetAsync($"/api/rooms/{code}")).IsSuccessStatusCode);
            await CommandAsync(facilitatorOnB, code, "OpenCheckIn");
            foreach (var name in new[] { "Ann", "Bo", "Chen", "Dee", "Eli" })
            {
                tokens.Add(await a.JoinAsync(code, name));
            }

            // Fay joins through B: her claim is in the claims file both processes share, so her token works on A too.
            tokens.Add(await b.JoinAsync(code, "Fay"));

            await CommandAsync(facilitatorOnB, code, "Welcome", "StartRound", "StartConversation");
            foreach (var (token, i) in tokens.Select((t, i) => (t, i)))
            {
                await NoteAsync(a.Client(token), code, $"before {i}", key: $"before-{i}");
            }

            Assert.Equal(HttpStatusCode.OK, (await facilitatorOnB.PostAsJsonAsync($"/api/rooms/{code}/notes", new { table = "T1", text = "from B" })).StatusCode);

            // A brainstorm runs as a grain too: opened through B, an idea written through A.
            var opened = await facilitatorOnB.PostAsJsonAsync("/api/rooms", new { method = "brainstorm", title = "Names for the square", prompt = "What shall we call it?", people = new[] { "Ann" }, technique = "open", minutes = 10, dots = 3 });
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
            storm = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
            await Until(async () => (await a.Client(WebServer.Secret).GetAsync($"/api/rooms/{storm}")).IsSuccessStatusCode);
            stormToken = await a.JoinAsync(storm, "Ann");
            await CommandAsync(facilitatorOnB, storm, "StartRound");
            await IdeaAsync(a.Client(stormToken), storm, "Willow Square", "idea-1");

            // An Open Space too: opened through B (the directors' template), an issue posted through A.
            var openSpace = await facilitatorOnB.PostAsJsonAsync("/api/rooms", new { template = "open-space" });
            Assert.Equal(HttpStatusCode.Created, openSpace.StatusCode);
            wall = (await openSpace.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
            await CommandAsync(facilitatorOnB, wall, "OpenCircle", "BeginAgendaSetting");
            await Until(async () => (await a.Client(WebServer.Secret).GetAsync($"/api/rooms/{wall}")).IsSuccessStatusCode);
            wallToken = await a.JoinAsync(wall, "Gao");
            await WriteUntilStoredAsync(a.Client(wallToken), $"/api/rooms/{wall}/issues", new { title = "Who cleans the river?", category = "scenery" }, "issue-1");
        }

        await b.StopAsync();

        // B (web server and silo) has stopped: the café comes back on A's silo from the store, with every acknowledged note.
        foreach (var (token, i) in tokens.Select((t, i) => (t, i)))
        {
            await NoteAsync(a.Client(token), code, $"after {i}", key: $"after-{i}");
        }

        await IdeaAsync(a.Client(stormToken), storm, "Old Mill Green", "idea-2");
        using var facilitator = a.Client(WebServer.Secret);
        var ideas = (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{storm}")).GetProperty("ideas").EnumerateArray().Select(i => i.GetProperty("text").GetString());
        Assert.Equal(["Willow Square", "Old Mill Green"], ideas);
        await WriteUntilStoredAsync(a.Client(wallToken), $"/api/rooms/{wall}/issues", new { title = "A market for the terraces", category = "land" }, "issue-2");
        var issues = (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{wall}")).GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("title").GetString());
        Assert.Equal(["Who cleans the river?", "A market for the terraces"], issues);
        var view = await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}");
        var texts = view.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ToList();
        Assert.Equal(
            [.. Enumerable.Range(0, 6).Select(i => $"before {i}"), "from B", .. Enumerable.Range(0, 6).Select(i => $"after {i}")],
            texts);
        Assert.Equal("Conversation", view.GetProperty("phase").GetString());
        var management = a.App.Services.GetRequiredService<IGrainFactory>();
        var grain = management.GetGrain<ISessionGrain>(sessionId);
        Assert.Equal(a.App.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress, await management.GetGrain<IManagementGrain>(0).GetActivationAddress(grain));

        // The round's timer now runs in the grain on A: when the round's time is up, the café moves on by itself.
        clock.Advance(TimeSpan.FromMinutes(21));
        await Until(async () => (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("phase").GetString() != "Conversation");
    });

    [Fact]
    public Task Workshop_OnTwoSilos_RunsToItsCafe_APhoneWritesThere_AndTheNoteOutlivesTheSecondSilo() => OnTwoSilosAsync(async (a, b, _) =>
    {
        string workshop;
        string room;
        string token;
        {
            // The seed workshop, opened and run to its café through B: day 1, everyone checked in, the plain blocks held.
            (workshop, room) = await WorkshopProtocolTests.RunToTheCafeAsync(b);
            using var facilitatorOnB = b.Client(WebServer.Secret);
            var name = (await facilitatorOnB.GetFromJsonAsync<JsonElement>($"/api/workshops/{workshop}")).GetProperty("people")[6].GetProperty("name").GetString()!;

            // A serves the workshop B opened, and its café block's room (its own join code); a phone joins it through A.
            using (var facilitatorOnA = a.Client(WebServer.Secret))
            {
                await Until(async () => (await facilitatorOnA.GetAsync($"/api/rooms/{room}")).IsSuccessStatusCode);
                Assert.Equal("cafe", (await facilitatorOnA.GetFromJsonAsync<JsonElement>($"/api/workshops/{workshop}")).GetProperty("running").GetString());
            }

            await CommandAsync(facilitatorOnB, room, "OpenCheckIn");
            token = await a.JoinAsync(room, name);
            await CommandAsync(facilitatorOnB, room, "Welcome", "StartRound", "StartConversation");
            await NoteAsync(a.Client(token), room, "keep the old well", key: "note-1");
            await Until(async () => (await facilitatorOnB.GetStringAsync($"/api/rooms/{room}")).Contains("keep the old well", StringComparison.Ordinal));
        }

        await b.StopAsync();

        // B (web server and silo) has stopped: the workshop's grain comes back on A from the store, its café with the note.
        await NoteAsync(a.Client(token), room, "and the school bus", key: "note-2");
        using var facilitator = a.Client(WebServer.Secret);
        var texts = (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{room}")).GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("text").GetString());
        Assert.Equal(["keep the old well", "and the school bus"], texts);
        Assert.Equal("cafe", (await facilitator.GetFromJsonAsync<JsonElement>($"/api/workshops/{workshop}")).GetProperty("running").GetString());
    });

    [Fact]
    public Task Workshop_OnTwoSilos_AResourceListedThroughOneServer_IsInTheInventoryOnTheOther() => OnTwoSilosAsync(async (a, b, _) =>
    {
        // ListResource goes by name to the workshop's grain: its payload is three strings, so it crosses the wire as JSON.
        var workshop = await WorkshopProtocolTests.RunToTheInventoryAsync(b);
        using var facilitatorOnA = a.Client(WebServer.Secret);
        using var facilitatorOnB = b.Client(WebServer.Secret);
        await Until(async () => (await facilitatorOnA.GetFromJsonAsync<JsonElement>($"/api/workshops/{workshop}")).GetProperty("running").GetString() == "inventory");

        // A workshop page on B follows the workshop's news: a step through A reaches B's stream as a newer version, with no read in between.
        using var reply = await facilitatorOnB.GetAsync($"/api/workshops/{workshop}/events", HttpCompletionOption.ResponseHeadersRead);
        using var news = new StreamReader(await reply.Content.ReadAsStreamAsync());
        var shown = (await WorkshopProtocolTests.NextEventAsync(news)).Data.GetProperty("version").GetInt64();
        var listed = await facilitatorOnA.PostAsJsonAsync($"/api/workshops/{workshop}/resources", new { village = "同治村", category = "文", text = "沪剧队" });
        Assert.True(listed.IsSuccessStatusCode, await listed.Content.ReadAsStringAsync());
        var newer = await WorkshopProtocolTests.NextEventAsync(news);
        Assert.Equal("version", newer.Type);
        Assert.True(newer.Id > shown, $"B's stream said version {newer.Id} after {shown}.");
        await Until(async () => (await facilitatorOnB.GetStringAsync($"/api/workshops/{workshop}")).Contains("沪剧队", StringComparison.Ordinal));
        var entry = (await facilitatorOnB.GetFromJsonAsync<JsonElement>($"/api/workshops/{workshop}")).GetProperty("inventory").GetProperty("entries")[0];
        Assert.Equal(("同治村", "culture"), (entry.GetProperty("village").GetString(), entry.GetProperty("category").GetString()));
        Assert.Contains("沪剧队", await facilitatorOnA.GetStringAsync($"/api/workshops/{workshop}/book"), StringComparison.Ordinal);
    });

    [Fact]
    public Task OpenSpace_OnTwoSilos_AReportSentThroughOneServer_IsInTheViewOnTheOther_AndARefusalKeepsItsStatus() => OnTwoSilosAsync(async (a, b, _) =>
    {
        // SubmitReport goes by name to the Open Space's grain: the report crosses the wire as JSON, the library's refusal as a refusal.
        using var facilitatorOnB = b.Client(WebServer.Secret);
        var opened = await facilitatorOnB.PostAsJsonAsync("/api/rooms", new { method = "openSpace", title = "Our river", spaces = new[] { "Hall" }, slots = 1, minutes = 45, dots = 2 });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var wall = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        await CommandAsync(facilitatorOnB, wall, "OpenCircle", "BeginAgendaSetting");
        await Until(async () => (await a.Client(WebServer.Secret).GetAsync($"/api/rooms/{wall}")).IsSuccessStatusCode);
        using var bo = a.Client(await a.JoinAsync(wall, "Bo"));
        using var ann = a.Client(await a.JoinAsync(wall, "Ann"));
        var posted = await bo.PostAsJsonAsync($"/api/rooms/{wall}/issues", new { title = "Who cleans the river?" });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var river = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await CommandAsync(facilitatorOnB, wall, "OpenMarketplace");
        Assert.Equal(HttpStatusCode.OK, (await facilitatorOnB.PostAsJsonAsync($"/api/rooms/{wall}/issue-moves", new { issue = river, slot = 1, space = "S1" })).StatusCode);
        await CommandAsync(facilitatorOnB, wall, "StartNextSlot");

        var refused = await ann.PostAsJsonAsync($"/api/rooms/{wall}/reports", new { issue = river, text = "Not mine to write." });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("convener or scribe", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sent = await bo.PostAsJsonAsync($"/api/rooms/{wall}/reports", new { issue = river, text = "Ten families keep a stretch each." });
        Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync());
        await Until(async () => (await facilitatorOnB.GetFromJsonAsync<JsonElement>($"/api/rooms/{wall}")).GetProperty("reports").GetArrayLength() == 1);
        var report = (await facilitatorOnB.GetFromJsonAsync<JsonElement>($"/api/rooms/{wall}")).GetProperty("reports")[0];
        Assert.Equal(("Ten families keep a stretch each.", "Bo", 1), (report.GetProperty("text").GetString(), report.GetProperty("by").GetProperty("name").GetString(), report.GetProperty("revision").GetInt32()));
    });

    [Fact]
    public async Task Cafe_InChromium_OnTwoSilos_FollowsLiveOnEitherServer_AndGoesOnWhenOneStops()
    {
        var folder = Directory.CreateTempSubdirectory("facilitation-web-orleans-").FullName;
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (siloA, gatewayA, siloB, gatewayB) = FreePorts();
        var contexts = new List<IBrowserContext>();
        try
        {
            await using var a = await WebServer.StartAsync(o => o.StorageFolder = folder, Orleans(siloA, gatewayA, siloA), clock);
            await using var b = await WebServer.StartAsync(o => o.StorageFolder = folder, Orleans(siloB, gatewayB, siloA), clock);
            var (desk, console) = await Pages.SignInAsync(chromium, a);
            contexts.Add(desk);
            var code = await a.OpenCafeAsync(tables: 2);
            await console.ReloadAsync();
            await console.ClickAsync($"[data-code='{code}']");
            await Expect(console.Locator("#code")).ToHaveTextAsync(code);
            await Pages.Command(a, console, "OpenCheckIn", "CheckIn");

            // Two phones join through A, two through B; the console on A sees all four arrive (B's commands reach A through the grain).
            using (var seesIt = b.Client(WebServer.Secret))
            {
                await Until(async () => (await seesIt.GetAsync($"/api/rooms/{code}")).IsSuccessStatusCode);
            }

            var phones = new List<IPage>();
            foreach (var (server, name) in new[] { (a, "Ann"), (a, "Bo"), (b, "Chen"), (b, "Dee") })
            {
                var (context, phone) = await Pages.JoinAsync(chromium, server, code, name);
                contexts.Add(context);
                phones.Add(phone);
            }

            await Expect(console.Locator("#people li")).ToHaveCountAsync(4);
            await Pages.Command(a, console, "Welcome", "Welcome");
            await Pages.Command(a, console, "StartRound", "Seating");
            await Pages.Command(a, console, "StartConversation", "Conversation");
            await Expect(phones[2].Locator("#phase")).ToHaveAttributeAsync("data-phase", "Conversation");
            for (var i = 0; i < phones.Count; i++)
            {
                await WriteAsync(phones[i], $"note {i}");
            }

            await Expect(console.Locator("#harvest-list .harvest-note")).ToHaveCountAsync(4);

            // B (web server and silo) stops; the phones on A and the console go on, and the round ends by the grain's timer.
            await b.StopAsync();
            await WriteAsync(phones[0], "after B stopped");
            await Expect(console.Locator("#harvest-list .harvest-note")).ToHaveCountAsync(5);
            clock.Advance(TimeSpan.FromMinutes(21));
            await Expect(console.Locator("#phase")).ToHaveAttributeAsync("data-phase", "RoundClose", new() { Timeout = 20_000 });
            await Expect(phones[1].Locator("#phase")).ToHaveAttributeAsync("data-phase", "RoundClose", new() { Timeout = 20_000 });
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs a test against two web servers sharing one storage folder and one clock, each hosting a silo of one cluster (the first keeps the membership); the test may stop the second.</summary>
    private static async Task OnTwoSilosAsync(Func<WebServer, WebServer, FakeTimeProvider, Task> test)
    {
        var folder = Directory.CreateTempSubdirectory("facilitation-web-orleans-").FullName;
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (siloA, gatewayA, siloB, gatewayB) = FreePorts();
        try
        {
            await using var a = await WebServer.StartAsync(o => o.StorageFolder = folder, Orleans(siloA, gatewayA, siloA), clock);
            await using var b = await WebServer.StartAsync(o => o.StorageFolder = folder, Orleans(siloB, gatewayB, siloA), clock);
            await test(a, b, clock);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task WriteAsync(IPage phone, string text)
    {
        await Expect(phone.Locator("#write")).ToBeVisibleAsync();
        await phone.FillAsync("#note-text", text);
        await phone.ClickAsync("#note-send");
        await Expect(phone.Locator("#cloth")).ToContainTextAsync(text);
        await Expect(phone.Locator("#error")).ToBeEmptyAsync();
    }

    private static string[] Orleans(int silo, int gateway, int primary) =>
        ["--Hosting:Mode=orleans", $"--Hosting:Orleans:SiloPort={silo}", $"--Hosting:Orleans:GatewayPort={gateway}", $"--Hosting:Orleans:PrimarySiloPort={primary}", $"--Hosting:Orleans:ClusterId=test-{primary}"];

    /// <summary>Four free ports, all different: each listener stays open until all four are chosen, so the system cannot hand out one port twice.</summary>
    private static (int SiloA, int GatewayA, int SiloB, int GatewayB) FreePorts()
    {
        var listeners = Enumerable.Range(0, 4).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToList();
            return (ports[0], ports[1], ports[2], ports[3]);
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    private static async Task<(string Code, string SessionId)> OpenCafeOnAsync(WebServer server, SiloAddress silo)
    {
        var grains = server.App.Services.GetRequiredService<IGrainFactory>();
        using var facilitator = server.Client(WebServer.Secret);
        for (var attempt = 0; attempt < 16; attempt++)
        {
            var code = await server.OpenCafeAsync(tables: 2);
            var id = (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("id").GetString()!;
            if (await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grains.GetGrain<ISessionGrain>(id)) == silo)
            {
                return (code, id);
            }
        }

        throw new InvalidOperationException("No café was placed on the second silo in 16 tries.");
    }

    private static Task NoteAsync(HttpClient client, string code, string text, string key) => WriteUntilStoredAsync(client, $"/api/rooms/{code}/notes", new { text }, key);

    private static Task IdeaAsync(HttpClient client, string code, string text, string key) => WriteUntilStoredAsync(client, $"/api/rooms/{code}/ideas", new { text }, key);

    private static async Task WriteUntilStoredAsync(HttpClient client, string path, object body, string key)
    {
        using (client)
        {
            // After a silo stops, a call may fail until the cluster knows it is gone: retry with the same key (applied once).
            await Until(async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
                request.Headers.Add("Idempotency-Key", key);
                return (await client.SendAsync(request)).StatusCode == HttpStatusCode.OK;
            });
        }
    }

    private static async Task CommandAsync(HttpClient facilitator, string code, params string[] commands)
    {
        foreach (var command in commands)
        {
            var reply = await facilitator.PostAsync($"/api/rooms/{code}/commands/{command}", null);
            Assert.True(reply.IsSuccessStatusCode, $"{command}: {(int)reply.StatusCode} {await reply.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public void UnknownMode_OrABadPort_IsRefusedAtStart_SayingWhatToWrite()
    {
        var mode = Assert.Throws<InvalidOperationException>(() => WebApp.BuildApp(["--Hosting:Mode=cluster"], o => o.StorageFolder = Path.GetTempPath()));
        var port = Assert.Throws<InvalidOperationException>(() => WebApp.BuildApp(["--Hosting:Mode=orleans", "--Hosting:Orleans:SiloPort=70000"], o => o.StorageFolder = Path.GetTempPath()));

        Assert.Contains("write 'local'", mode.Message, StringComparison.Ordinal);
        Assert.Contains("Hosting:Orleans:SiloPort is '70000'", port.Message, StringComparison.Ordinal);
    }

    /// <summary>Asks until the answer is yes, for at most a minute (a failover takes a few seconds of real time).</summary>
    private static async Task Until(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, "Not so within a minute.");
            await Task.Delay(100);
        }
    }
}
