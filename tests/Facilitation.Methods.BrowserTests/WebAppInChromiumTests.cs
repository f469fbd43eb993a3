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
        await Command(server, console, "OpenCheckIn", "CheckIn");

        // Six phones join by code.
        var phones = new List<IPage>();
        var contexts = new List<IBrowserContext>();
        foreach (var name in Names)
        {
            var (context, phone) = await JoinAsync(server, code!, name);
            contexts.Add(context);
            phones.Add(phone);
        }

        try
        {
            await Expect(console.Locator("#people li")).ToHaveCountAsync(Names.Length);
            await Command(server, console, "Welcome", "Welcome");
            await Command(server, console, "StartRound", "Seating");
            await Command(server, console, "StartConversation", "Conversation");
            await Expect(console.Locator("#tables .table li")).ToHaveCountAsync(Names.Length);
            await Expect(console.Locator("#time-left")).ToHaveTextAsync(new Regex(@"^\d+:\d{2}$"));
            await Expect(phones[0].Locator("#time-left")).ToHaveTextAsync(new Regex(@"^\d+:\d{2}$"));

            // Round 1: everyone writes at their table; Chen writes without a name.
            for (var i = 0; i < phones.Count; i++)
            {
                await WriteAsync(phones[i], $"Round 1 note by {Names[i]}", anonymous: Names[i] == "Chen");
            }

            await Expect(console.Locator("#harvest-list .harvest-note")).ToHaveCountAsync(Names.Length);
            await SaveScreenshot(console, "web-console.png", fullPage: true);
            await SaveScreenshot(phones[0], "web-phone.png", fullPage: true);

            // The server's clock ends the round; every page follows.
            server.Clock.Advance(TimeSpan.FromMinutes(20));
            await Expect(console.Locator("#phase")).ToHaveAttributeAsync("data-phase", "RoundClose");
            await Expect(phones[0].Locator("#phase")).ToHaveAttributeAsync("data-phase", "RoundClose");

            // Round 2 (volunteer hosts now stay), and a latecomer arrives.
            await Command(server, console, "StartRound", "Seating");
            await Command(server, console, "StartConversation", "Conversation");
            var (lateContext, late) = await JoinAsync(server, code!, "Gus");
            contexts.Add(lateContext);
            await Expect(console.Locator("#people li")).ToHaveCountAsync(Names.Length + 1);
            await WriteAsync(phones[1], "Round 2 note by Bo", anonymous: false);
            await Expect(phones[1].Locator("#my-host")).Not.ToHaveTextAsync("–");
            server.Clock.Advance(TimeSpan.FromMinutes(20));
            await Expect(console.Locator("#phase")).ToHaveAttributeAsync("data-phase", "RoundClose");

            // Round 3: the latecomer has a seat and writes too.
            await Command(server, console, "StartRound", "Seating");
            await Command(server, console, "StartConversation", "Conversation");
            await WriteAsync(late, "Round 3 note by Gus", anonymous: false);
            await SaveScreenshot(late, "web-phone-latecomer.png", fullPage: true);
            server.Clock.Advance(TimeSpan.FromMinutes(20));
            await Expect(console.Locator("#phase")).ToHaveAttributeAsync("data-phase", "RoundClose");
            await Command(server, console, "BeginHarvest", "Harvest");

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
            await SaveScreenshot(console, "web-console-harvest.png", fullPage: true);

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
            await SaveScreenshot(phones[2], "web-phone-zh.png", fullPage: true);

            await Command(server, console, "Close", "Closed");
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

    private async Task<(IBrowserContext Context, IPage Phone)> JoinAsync(WebServer server, string code, string name)
    {
        var context = await chromium.Browser.NewContextAsync(new() { BaseURL = server.Url, ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "en-GB" });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync("/join.html");
        await phone.FillAsync("#join-code", code);
        await phone.FillAsync("#join-name", name);
        await phone.ClickAsync("#join-button");
        await Expect(phone.Locator("#my-name")).ToHaveTextAsync(name);
        return (context, phone);
    }

    private static async Task Command(WebServer server, IPage console, string command, string phase)
    {
        // The console sends the version it shows (If-Match); wait until it shows the server's, as a facilitator would look before clicking.
        using var facilitator = server.Client(WebServer.Secret);
        var version = (await facilitator.GetAsync($"/api/cafes/{await console.Locator("#code").TextContentAsync()}")).Headers.ETag!.Tag.Trim('"');
        await Expect(console.Locator("#version")).ToHaveTextAsync(version);
        await console.ClickAsync($"#commands button[data-command={command}]");
        await Expect(console.Locator("#phase")).ToHaveAttributeAsync("data-phase", phase);
        await Expect(console.Locator("#error")).ToBeEmptyAsync();
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

    private static async Task SaveScreenshot(IPage page, string name, bool fullPage)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        Assert.True(new FileInfo(path).Length > 1000, $"{name}: the screenshot is empty");
    }
}
