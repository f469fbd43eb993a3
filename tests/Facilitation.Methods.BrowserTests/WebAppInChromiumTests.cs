using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Methods.BrowserTests;

/// <summary>A whole café run in headless Chromium against the app on 127.0.0.1: the facilitator's console and seven phones.</summary>
public sealed class WebAppInChromiumTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly string[] Names = ["Ann", "Bo", "Chen", "Dana", "Eli", "Fang"];

    [Fact]
    public async Task WholeCafe_FromTheConsoleAndSixPhones_EndsWithEveryNoteInTheHarvest()
    {
        await using var server = await WebServer.StartAsync();
        await using var desk = await chromium.Browser.NewContextAsync(new() { BaseURL = server.Url, ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = "en-GB" });
        var console = await desk.NewPageAsync();

        // The facilitator signs in with the secret and creates a café from the form.
        await console.GotoAsync("/console.html");
        await console.FillAsync("#secret", WebServer.Secret);
        await console.ClickAsync("#signin-button");
        await Expect(console.Locator("#desk")).ToBeVisibleAsync();
        await console.ClickAsync("#new-cafe summary");
        await console.FillAsync("#new-title", "Our village in ten years");
        await console.FillAsync("#new-tables", "3");
        await console.FillAsync("#new-seats", "4");
        await console.FillAsync("#new-questions", "What do we keep?\nWhat must change?\nWhat do we do first?");
        await console.FillAsync("#new-rounds", "3");
        await console.FillAsync("#new-minutes", "20");
        await console.ClickAsync("#create");
        await Expect(console.Locator("#code")).ToHaveTextAsync(new Regex("^[2-9A-Z]{6}$"));
        var code = await console.Locator("#code").TextContentAsync();
        await Pages.Command(server, console, "OpenCheckIn", "CheckIn");

        // Six phones join by code.
        var phones = new List<IPage>();
        var contexts = new List<IBrowserContext>();
        foreach (var name in Names)
        {
            var (context, phone) = await Pages.JoinAsync(chromium, server, code!, name);
            contexts.Add(context);
            phones.Add(phone);
        }

        try
        {
            await Expect(console.Locator("#people li")).ToHaveCountAsync(Names.Length);
            await Pages.Command(server, console, "Welcome", "Welcome");
            await Pages.Command(server, console, "StartRound", "Seating");
            await Pages.Command(server, console, "StartConversation", "Conversation");
            await Expect(console.Locator("#tables .table li")).ToHaveCountAsync(Names.Length);
            await Expect(console.Locator("#time-left")).ToHaveTextAsync(new Regex(@"^\d+:\d{2}$"));
            await Expect(phones[0].Locator("#time-left")).ToHaveTextAsync(new Regex(@"^\d+:\d{2}$"));

            // Round 1: everyone writes at their table; Chen writes without a name.
            for (var i = 0; i < phones.Count; i++)
            {
                await WriteAsync(phones[i], $"Round 1 note by {Names[i]}", anonymous: Names[i] == "Chen");
            }

            await Expect(console.Locator("#harvest-list .harvest-note")).ToHaveCountAsync(Names.Length);
            await Pages.SaveScreenshot(console, "web-console.png", fullPage: true);
            await Pages.SaveScreenshot(phones[0], "web-phone.png", fullPage: true);

            // The server's clock ends the round; every page follows.
            server.Clock.Advance(TimeSpan.FromMinutes(20));
            await Expect(console.Locator("#phase")).ToHaveAttributeAsync("data-phase", "RoundClose");
            await Expect(phones[0].Locator("#phase")).ToHaveAttributeAsync("data-phase", "RoundClose");

            // Round 2 (volunteer hosts now stay), and a latecomer arrives.
            await Pages.Command(server, console, "StartRound", "Seating");
            await Pages.Command(server, console, "StartConversation", "Conversation");
            var (lateContext, late) = await Pages.JoinAsync(chromium, server, code!, "Gus");
            contexts.Add(lateContext);
            await Expect(console.Locator("#people li")).ToHaveCountAsync(Names.Length + 1);
            await WriteAsync(phones[1], "Round 2 note by Bo", anonymous: false);
            await Expect(phones[1].Locator("#my-host")).Not.ToHaveTextAsync("–");
            server.Clock.Advance(TimeSpan.FromMinutes(20));
            await Expect(console.Locator("#phase")).ToHaveAttributeAsync("data-phase", "RoundClose");

            // Round 3: the latecomer has a seat and writes too.
            await Pages.Command(server, console, "StartRound", "Seating");
            await Pages.Command(server, console, "StartConversation", "Conversation");
            await WriteAsync(late, "Round 3 note by Gus", anonymous: false);
            await Pages.SaveScreenshot(late, "web-phone-latecomer.png", fullPage: true);
            server.Clock.Advance(TimeSpan.FromMinutes(20));
            await Expect(console.Locator("#phase")).ToHaveAttributeAsync("data-phase", "RoundClose");
            await Pages.Command(server, console, "BeginHarvest", "Harvest");

            // The harvest shows every note; the anonymous one carries no name.
            var harvest = console.Locator("#harvest-list");
            await Expect(harvest.Locator(".harvest-note")).ToHaveCountAsync(Names.Length + 2);
            foreach (var text in Names.Select(n => $"Round 1 note by {n}").Append("Round 2 note by Bo").Append("Round 3 note by Gus"))
            {
                await Expect(harvest).ToContainTextAsync(text);
            }

            var anonymous = harvest.Locator(".harvest-note", new() { HasText = "Round 1 note by Chen" });
            await Expect(anonymous).ToHaveAttributeAsync("data-anonymous", "true");
            await Expect(anonymous.Locator(".who")).ToContainTextAsync("anonymous");
            var named = harvest.Locator(".harvest-note", new() { HasText = "Round 1 note by Ann" });
            await Expect(named.Locator(".who")).ToContainTextAsync("Ann");
            await Pages.SaveScreenshot(console, "web-console-harvest.png", fullPage: true);

            // The route cards open from the console, printed by the server.
            var cards = await desk.RunAndWaitForPageAsync(() => console.ClickAsync("a[data-print=route-cards]"));
            await cards.WaitForLoadStateAsync();
            await Expect(cards.Locator("body")).ToContainTextAsync("Gus");
            await Expect(cards.Locator("body")).ToContainTextAsync("What do we keep?");

            // The language switch: labels and the library's texts in Chinese.
            await console.SelectOptionAsync("#lang", "zh-CN");
            await Expect(console.Locator("#phase")).ToHaveTextAsync("收获（全体大会）");
            await Expect(console.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
            var chineseCards = await desk.RunAndWaitForPageAsync(() => console.ClickAsync("a[data-print=route-cards]"));
            await Expect(chineseCards.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
            await chineseCards.CloseAsync();
            await phones[2].SelectOptionAsync("#lang", "zh-CN");
            await Expect(phones[2].Locator("#phase")).ToHaveTextAsync("收获（全体大会）");
            await Expect(phones[2].Locator("#cloth")).ToContainTextAsync("匿名");
            await Pages.SaveScreenshot(phones[2], "web-phone-zh.png", fullPage: true);

            await Pages.Command(server, console, "Close", "Closed");
            await Expect(console.Locator("#closed")).ToBeVisibleAsync();
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Console_WhileAStepIsOnItsWay_ButtonsDrawnMeanwhileWaitToo()
    {
        await using var server = await WebServer.StartAsync();
        var code = await server.OpenCafeAsync();
        await server.CommandAsync(code, "OpenCheckIn");
        foreach (var name in Names.Take(3))
        {
            await server.JoinAsync(code, name);
        }

        var (desk, console) = await Pages.SignInAsync(chromium, server);
        await using var deskContext = desk;
        await Expect(console.Locator("#code")).ToHaveTextAsync(code);
        await Expect(console.Locator("#people li")).ToHaveCountAsync(3);

        // While the step is on its way the facilitator switches the language: the screen is drawn again from the view it showed, and
        // its new buttons wait too (sent now, a step would carry the version from before the first one and be refused because of it).
        await Pages.RedrawWhileAStepIsOnItsWayAsync(console, "**/commands/Welcome", "#commands button[data-command=Welcome]", "欢迎（安排座位）", "#cafe");
        await Expect(console.Locator("#phase")).ToHaveAttributeAsync("data-phase", "Welcome");
        await Expect(console.Locator("#commands button").First).ToBeEnabledAsync();
        await Expect(console.Locator("#people li button").First).ToBeEnabledAsync();
        await Expect(console.Locator("#error")).ToBeEmptyAsync();
    }

    [Fact]
    public async Task Phone_AWriteWhoseAnswerIsLost_IsSentAgainWithItsKey_AndAppliedOnce()
    {
        await using var server = await WebServer.StartAsync();
        var code = await server.OpenCafeAsync();
        await server.CommandAsync(code, "OpenCheckIn");
        foreach (var name in Names.Skip(1).Take(2))
        {
            await server.JoinAsync(code, name);
        }

        var (context, phone) = await Pages.JoinAsync(chromium, server, code, Names[0]);
        await using var phoneContext = context;
        await server.CommandAsync(code, "Welcome", "StartRound", "StartConversation");
        await Expect(phone.Locator("#write")).ToBeVisibleAsync();
        using var facilitator = server.Client(WebServer.Secret);
        async Task<long> Version() => (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("version").GetInt64();
        var before = await Version();

        // The first try reaches the server and is applied, but its answer is lost (a 503, as from a server that is stopping): the
        // page sends it again with the same Idempotency-Key, and the library answers with the first result instead of a second note.
        var keys = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await phone.RouteAsync("**/notes", async route =>
        {
            keys.Enqueue(route.Request.Headers["idempotency-key"]);
            if (keys.Count == 1)
            {
                await route.FetchAsync();
                await route.FulfillAsync(new() { Status = 503 });
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await phone.FillAsync("#note-text", "The old well stays");
        await phone.ClickAsync("#note-send");

        // The form empties once its write went through (the note itself shows on the cloth as soon as the first try is applied).
        await Expect(phone.Locator("#note-text")).ToBeEmptyAsync();
        await Expect(phone.Locator("#cloth")).ToContainTextAsync("The old well stays");
        await Expect(phone.Locator("#error")).ToBeEmptyAsync();
        Assert.Equal(2, keys.Count);
        Assert.Single(keys.Distinct());
        Assert.Equal(before + 1, await Version());
    }

    private static async Task WriteAsync(IPage phone, string text, bool anonymous)
    {
        await Expect(phone.Locator("#write")).ToBeVisibleAsync();
        await phone.FillAsync("#note-text", text);
        if (anonymous)
        {
            await phone.CheckAsync("#note-anonymous");
        }

        await phone.ClickAsync("#note-send");
        await Expect(phone.Locator("#cloth")).ToContainTextAsync(text);
        await Expect(phone.Locator("#error")).ToBeEmptyAsync();
    }
}
