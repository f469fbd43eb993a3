using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Methods.BrowserTests;

/// <summary>The directors' workshop run from the console's workshop page in headless Chromium: day 1 up to the café, a phone in the café, the block held.</summary>
public sealed class WorkshopInChromiumTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly string[] PlainBlocksOfDay1 = ["opening", "lecture-1", "lunch-1", "meeting", "visit", "dinner-1"];

    [Fact]
    public async Task SeedWorkshop_RunToTheCafe_APhoneWritesThere_AndTheBlockIsHeld()
    {
        await using var server = await WebServer.StartAsync();
        var (desk, page) = await Pages.SignInAsync(chromium, server);
        await using var deskContext = desk;

        // The console creates the workshop from the seed template (the 15 blocks of samples/Shared/DirectorsWorkshop.cs) and opens its page.
        await page.ClickAsync("#create-workshop");
        await Expect(page.Locator("#w-phase")).ToHaveAttributeAsync("data-phase", "NotStarted");
        await Expect(page.Locator("#programme li[data-block]")).ToHaveCountAsync(15);
        await Step(page, "#w-commands button[data-command=OpenDay]");
        await Expect(page.Locator("#w-phase")).ToHaveAttributeAsync("data-phase", "DayOpen");

        // Everyone is checked in at the desk, one by one.
        var people = page.Locator("#w-people li");
        await Expect(people).ToHaveCountAsync(29);
        for (var i = 0; i < 29; i++)
        {
            var person = people.Nth(i);
            await Step(person, "button[data-action=check-in]");
            await Expect(person).ToHaveAttributeAsync("data-present", "true");
        }

        await Expect(page.Locator("#w-present")).ToHaveTextAsync("29 / 29");

        // The plain blocks of day 1 are held in programme order; then the café starts and gets a room.
        foreach (var id in PlainBlocksOfDay1)
        {
            var block = page.Locator($"li[data-block={id}]");
            await Step(block, "button[data-action=start]");
            await Expect(block).ToHaveAttributeAsync("data-status", "Running");
            await Step(block, "button[data-action=close]");
            await Expect(block).ToHaveAttributeAsync("data-status", "Closed");
        }

        var cafe = page.Locator("li[data-block=cafe]");
        await Step(cafe, "button[data-action=start]");
        await Expect(cafe).ToHaveAttributeAsync("data-status", "Running");
        await Expect(cafe.Locator(".room-code")).ToHaveTextAsync(new Regex("^[2-9A-Z]{6}$"));
        var room = (await cafe.Locator(".room-code").TextContentAsync())!;
        await Pages.SaveScreenshot(page, "web-workshop.png", fullPage: true);

        // The café runs in the method console the link opens; a director joins it by code on a phone and writes a note.
        var console = await desk.RunAndWaitForPageAsync(() => cafe.Locator("a.open-room").ClickAsync());
        await Expect(console.Locator("#code")).ToHaveTextAsync(room);
        using var facilitator = server.Client(WebServer.Secret);
        var workshop = await facilitator.GetFromJsonAsync<JsonElement>("/api/workshops");
        var code = workshop[0].GetProperty("code").GetString()!;
        var name = (await facilitator.GetFromJsonAsync<JsonElement>($"/api/workshops/{code}")).GetProperty("people")[6].GetProperty("name").GetString()!;
        await Pages.Command(server, console, "OpenCheckIn", "CheckIn");
        var (phoneContext, phone) = await Pages.JoinAsync(chromium, server, room, name);
        await using var phoneContextToDispose = phoneContext;
        await Pages.Command(server, console, "Welcome", "Welcome");
        await Pages.Command(server, console, "StartRound", "Seating");
        await Pages.Command(server, console, "StartConversation", "Conversation");
        await Expect(phone.Locator("#write")).ToBeVisibleAsync();
        await phone.FillAsync("#note-text", "村里的老人最需要家门口的服务");
        await phone.ClickAsync("#note-send");
        await Expect(phone.Locator("#cloth")).ToContainTextAsync("村里的老人最需要家门口的服务");
        await Expect(console.Locator("#harvest-list")).ToContainTextAsync("村里的老人最需要家门口的服务");

        // The rounds run out on the server's clock (the café advances by itself), then the harvest and the close.
        for (var round = 1; round < 5; round++)
        {
            server.Clock.Advance(TimeSpan.FromMinutes(15));
            await Expect(console.Locator("#phase")).ToHaveAttributeAsync("data-phase", "RoundClose");
            await server.CommandAsync(room, "StartRound", "StartConversation");
        }

        server.Clock.Advance(TimeSpan.FromMinutes(15));
        await Expect(console.Locator("#phase")).ToHaveAttributeAsync("data-phase", "RoundClose");
        await Pages.Command(server, console, "BeginHarvest", "Harvest");
        await Pages.Command(server, console, "Close", "Closed");

        // The workshop closes the block: it shows as held, and the café's room is gone.
        await page.ReloadAsync();
        await Step(cafe, "button[data-action=close]");
        await Expect(cafe).ToHaveAttributeAsync("data-status", "Closed");
        await Expect(cafe.Locator(".block-status")).ToHaveTextAsync("held");
        await Expect(cafe.Locator("a.open-room")).ToHaveCountAsync(0);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await facilitator.GetAsync($"/api/rooms/{room}")).StatusCode);
    }

    [Fact]
    public async Task InventoryBlock_TheFacilitatorListsResourcesOnThePage_AndTheTableShowsThemPerVillageAndCategory()
    {
        await using var server = await WebServer.StartAsync();
        var code = await WorkshopProtocolTests.RunToTheInventoryAsync(server);
        var (desk, page) = await Pages.SignInAsync(chromium, server);
        await using var deskContext = desk;
        await page.GotoAsync($"/workshop.html?code={code}");
        await Expect(page.Locator("li[data-block=inventory]")).ToHaveAttributeAsync("data-status", "Running");
        await Expect(page.Locator("#inventory-empty")).ToBeVisibleAsync();

        // Two lines from the form: the category chosen by its label (景, 产), the village typed in.
        await ListAsync(page, "桥北村", "scenery", "古银杏");
        await ListAsync(page, "连民村", "industry", "民宿");
        await Expect(page.Locator("#inventory tr[data-village=桥北村] td[data-category=scenery]")).ToHaveTextAsync("古银杏");
        await Expect(page.Locator("#inventory tr[data-village=连民村] td[data-category=industry]")).ToHaveTextAsync("民宿");
        await Expect(page.Locator("#inventory tbody tr")).ToHaveCountAsync(2);

        // In Chinese the table's heads are the five characters alone.
        await page.SelectOptionAsync("#lang", "zh-CN");
        await Expect(page.Locator("#inventory-head th")).ToHaveTextAsync(["村", "人", "文", "地", "产", "景"]);
        await Pages.SaveScreenshot(page, "web-workshop-inventory.png", fullPage: true);

        // A line without a village is refused with the field's name; once the block is closed the form is gone.
        await page.FillAsync("#resource-village", string.Empty);
        await page.FillAsync("#resource-text", "退休教师");
        await page.EvaluateAsync("() => document.getElementById('resource-village').removeAttribute('required')");
        await page.ClickAsync("#resource-add");
        await Expect(page.Locator("#error")).ToContainTextAsync("village");
        await Step(page.Locator("li[data-block=inventory]"), "button[data-action=close]");
        await Expect(page.Locator("#resource-form")).ToBeHiddenAsync();
        await Expect(page.Locator("#inventory tbody tr")).ToHaveCountAsync(2);

        // The book link opens the workshop book (Markdown, in the page's language): the resource map holds both lines.
        var book = await desk.RunAndWaitForPageAsync(() => page.ClickAsync("#book-link"));
        await Expect(book.Locator("body")).ToContainTextAsync("古银杏");
        await Expect(book.Locator("body")).ToContainTextAsync("连民村");
    }

    [Fact]
    public async Task ActionPlan_TheFacilitatorAddsAnItemOnThePage_AndMarksItDone_BothShownOnASecondScreenToo()
    {
        await using var server = await WebServer.StartAsync();
        var (desk, page, code) = await OpenSeedWorkshopAsync(server);
        await using var deskContext = desk;
        await Expect(page.Locator("#plan-empty")).ToBeVisibleAsync();

        // A second screen on the same workshop (a projector, a co-facilitator's laptop) follows without reloading.
        var wall = await desk.NewPageAsync();
        await wall.GotoAsync($"/workshop.html?code={code}");
        await Expect(wall.Locator("#plan-empty")).ToBeVisibleAsync();

        // One item from the form, with its owner, village, next step and date: listed, and the form is cleared.
        await page.FillAsync("#action-title", "古银杏民宿");
        await page.FillAsync("#action-owner", "王书记");
        await page.FillAsync("#action-village", "桥北村");
        await page.FillAsync("#action-next", "约村民代表开会");
        await page.FillAsync("#action-due", "2027-01-15");
        await page.ClickAsync("#action-add");
        await Expect(page.Locator("#plan li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#plan li .action-text")).ToHaveTextAsync("古银杏民宿 · 王书记 · 桥北村 · 约村民代表开会 · 2027-01-15");
        await Expect(page.Locator("#plan li")).ToHaveAttributeAsync("data-status", "Open");
        await Expect(page.Locator("#action-title")).ToHaveValueAsync(string.Empty);
        await Expect(page.Locator("#plan-empty")).ToBeHiddenAsync();
        await Expect(wall.Locator("#plan li .action-text")).ToHaveTextAsync("古银杏民宿 · 王书记 · 桥北村 · 约村民代表开会 · 2027-01-15");

        // The item is marked done on one screen; the other shows it done.
        await page.Locator("#plan li .action-status").SelectOptionAsync("Done");
        await Expect(page.Locator("#plan li")).ToHaveAttributeAsync("data-status", "Done");
        await Expect(wall.Locator("#plan li")).ToHaveAttributeAsync("data-status", "Done");
        await Expect(wall.Locator("#plan li .action-status")).ToHaveValueAsync("Done");

        // In Chinese the card and its button speak Chinese.
        await page.SelectOptionAsync("#lang", "zh-CN");
        await Expect(page.Locator("#plan-card h2")).ToHaveTextAsync("行动计划");
        await Expect(page.Locator("#action-add")).ToHaveTextAsync("加入计划");
        await Expect(page.Locator("#plan li .action-status option:checked")).ToHaveTextAsync("已完成");
    }

    [Fact]
    public async Task WorkshopPage_WhileAStepIsOnItsWay_ButtonsDrawnMeanwhileWaitToo()
    {
        await using var server = await WebServer.StartAsync();
        var (desk, page, _) = await OpenSeedWorkshopAsync(server);
        await using var deskContext = desk;
        await Expect(page.Locator("#w-phase")).ToHaveAttributeAsync("data-phase", "NotStarted");

        // While the step is on its way the language is switched and the page drawn again from the view it showed: its new buttons wait too.
        await Pages.RedrawWhileAStepIsOnItsWayAsync(page, "**/commands/OpenDay", "#w-commands button[data-command=OpenDay]", "开始这一天", "#workshop");
        await Expect(page.Locator("#w-phase")).ToHaveAttributeAsync("data-phase", "DayOpen");
        await Expect(page.Locator("#w-people button[data-action=check-in]").First).ToBeEnabledAsync();
        await Expect(page.Locator("#error")).ToBeEmptyAsync();
    }

    /// <summary>Creates the seed workshop through the API and opens its page on a signed-in desk.</summary>
    private async Task<(IBrowserContext Desk, IPage Page, string Code)> OpenSeedWorkshopAsync(WebServer server)
    {
        using var facilitator = server.Client(WebServer.Secret);
        var code = await WorkshopProtocolTests.CreateSeedWorkshopAsync(facilitator);
        var (desk, page) = await Pages.SignInAsync(chromium, server);
        await page.GotoAsync($"/workshop.html?code={code}");
        return (desk, page, code);
    }

    private static async Task ListAsync(IPage page, string village, string category, string text)
    {
        await page.FillAsync("#resource-village", village);
        await page.SelectOptionAsync("#resource-category", category);
        await page.FillAsync("#resource-text", text);
        await page.ClickAsync("#resource-add");
        await Expect(page.Locator("#resource-text")).ToHaveValueAsync(string.Empty);
        await Expect(page.Locator("#error")).ToBeEmptyAsync();
    }

    /// <summary>Clicks a button of the workshop page and waits until the step is through (no error shown).</summary>
    [Fact]
    public async Task Carry_TheFacilitatorTicksACafeThemeForTheOpenSpace_AndItsConsolePostsItAsAnIssue()
    {
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        var (code, room) = await WorkshopProtocolTests.RunToTheCafeAsync(server);
        await WorkshopProtocolTests.HoldTheCafeWithThemesAsync(server, code, room);
        var (desk, page) = await Pages.SignInAsync(chromium, server);
        await using var deskContext = desk;
        await page.GotoAsync($"/workshop.html?code={code}");

        // The Open Space block (still to come) offers the café's two themes, both ticked; the facilitator unticks one and carries the other.
        var openSpace = page.Locator("li[data-block=open-space]");
        await Step(openSpace, "button[data-action=carry]");
        var offered = openSpace.Locator(".offers input[type=checkbox]");
        await Expect(offered).ToHaveCountAsync(2);
        await offered.Nth(1).UncheckAsync();

        // Meanwhile a second screen (a co-facilitator's) puts the held café's action item into the plan with one button; the first
        // screen follows, and what was unticked there stays unticked.
        var wall = await desk.NewPageAsync();
        await wall.GotoAsync($"/workshop.html?code={code}");
        await Step(wall.Locator("li[data-block=cafe]"), "button[data-action=to-plan]");
        await Expect(wall.Locator("#plan li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#plan li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#plan li")).ToContainTextAsync("修一条护河步道");
        await Expect(offered.Nth(1)).Not.ToBeCheckedAsync();

        await Step(openSpace, "button[data-action=carry-send]");
        await Expect(openSpace.Locator(".offers")).ToHaveCountAsync(0);
        await Expect(openSpace.Locator("ul.carried li")).ToHaveCountAsync(1);
        await Expect(openSpace.Locator("ul.carried li")).ToContainTextAsync("护河要靠村民自己");

        // The Open Space starts; its console lists the carried theme with a convener to choose, and posts it as an issue.
        var osRoom = await WorkshopProtocolTests.RunToBlockAsync(facilitator, code, "open-space");
        await server.CommandAsync(osRoom, "OpenCircle", "BeginAgendaSetting");
        var console = await desk.NewPageAsync();
        await console.GotoAsync($"/console.html?code={osRoom}");
        var carried = console.Locator("#carried-list li");
        await Expect(carried).ToHaveCountAsync(1);
        await Expect(carried).ToHaveAttributeAsync("data-posted", "false");
        var convener = carried.Locator("select.carried-convener");
        await convener.SelectOptionAsync(new SelectOptionValue { Index = 2 });
        var name = (await convener.Locator("option:checked").TextContentAsync())!;
        await Step(carried, "button[data-action=post-carried]");
        await Expect(carried).ToHaveAttributeAsync("data-posted", "true");
        await Expect(console.Locator("#unplaced .issue")).ToHaveCountAsync(1);
        await Expect(console.Locator("#unplaced .issue")).ToContainTextAsync("护河要靠村民自己");
        await Expect(console.Locator("#unplaced .issue .who")).ToContainTextAsync(name);
        await Pages.SaveScreenshot(console, "web-open-space-carried.png", fullPage: true);
    }

    private static async Task Step(ILocator scope, string button)
    {
        await scope.Locator(button).ClickAsync();
        await Expect(scope.Page.Locator("#error")).ToBeEmptyAsync();
    }

    private static Task Step(IPage page, string button) => Step(page.Locator("body"), button);
}
