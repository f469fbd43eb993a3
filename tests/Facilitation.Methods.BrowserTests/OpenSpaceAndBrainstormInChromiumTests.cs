using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Methods.BrowserTests;

/// <summary>An Open Space and a brainstorm run in headless Chromium against the app: the console and a few phones, on the server's fake clock.</summary>
public sealed class OpenSpaceAndBrainstormInChromiumTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task OpenSpace_PhonesPostIssuesAndSignUp_TheFacilitatorSchedules_AndDotsStayWithinTheBudget()
    {
        await using var server = await WebServer.StartAsync();
        var (desk, console) = await Pages.SignInAsync(chromium, server);
        var contexts = new List<IBrowserContext> { desk };
        try
        {
            // The facilitator creates an Open Space from the form.
            var code = await Pages.CreateFromFormAsync(console, "openSpace", ("#new-title", "How do we mobilise our village's resources?"), ("#new-spaces", "Hall\nGarden"),
                ("#new-slots", "2"), ("#new-minutes", "45"), ("#new-dots", "2"));

            // The console shows the join link as a QR code: read back from the page's pixels, it is the link.
            await Expect(console.Locator("#qr")).ToBeVisibleAsync();
            Assert.Equal(await console.Locator("#join-link").TextContentAsync(), await Pages.ReadQrCodeAsync(console, "#qr"));
            await Pages.Command(server, console, "OpenCircle", "OpeningCircle");
            await Pages.Command(server, console, "BeginAgendaSetting", "AgendaSetting");

            // Three phones join by code and post issues with their resource; one writes in Chinese on a Chinese page.
            var phones = new List<IPage>();
            foreach (var name in new[] { "Ann", "Bo", "陈静" })
            {
                var (context, phone) = await Pages.JoinAsync(chromium, server, code, name);
                contexts.Add(context);
                phones.Add(phone);
            }

            await phones[2].SelectOptionAsync("#lang", "zh-CN");
            await Expect(phones[2].Locator("#os-post h2")).ToHaveTextAsync("提出议题");
            await PostIssue(phones[0], "Who keeps the river clean?", "scenery");
            await PostIssue(phones[1], "Bringing young people home", "people");
            await PostIssue(phones[2], "闲置宅基地怎样用起来？", "land");
            await Expect(console.Locator("#unplaced .issue")).ToHaveCountAsync(3);
            await Expect(console.Locator(".issue[data-category=land]")).ToContainTextAsync("闲置宅基地怎样用起来？");
            await Expect(phones[0].Locator("#os-issues .issue")).ToHaveCountAsync(3);

            // The marketplace: people sign up for each other's sessions, live on every page.
            await Pages.Command(server, console, "OpenMarketplace", "Marketplace");
            await SignUp(phones[0], "闲置宅基地");
            await SignUp(phones[1], "river");
            await SignUp(phones[2], "river");
            await Expect(console.Locator(".issue", new() { HasText = "river" })).ToContainTextAsync("signed up 3");

            // A participant's token cannot send the facilitator's commands (the actor comes from the token, nothing else).
            Assert.Equal(403, await Pages.PostFromAsync(phones[0], $"/api/rooms/{code}/commands/StartNextSlot"));
            Assert.Equal(403, await Pages.PostFromAsync(phones[0], $"/api/rooms/{code}/agenda"));

            // The wall grows before scheduling: a third space from the console's form becomes a column.
            await console.FillAsync("#space-name", "Tea corner");
            await console.FillAsync("#space-capacity", "6");
            await console.ClickAsync("#space-form button[type=submit]");
            await Expect(console.Locator("#wall thead th")).ToHaveTextAsync(["Slot", "Hall", "Garden", "Tea corner"]);
            await Expect(console.Locator("#error")).ToBeEmptyAsync();

            // The facilitator schedules: every issue gets a cell of the wall.
            await Expect(console.Locator("#schedule")).ToBeVisibleAsync();
            await console.ClickAsync("#schedule");
            await Expect(console.Locator("#wall td .issue")).ToHaveCountAsync(3);
            await Expect(console.Locator("#unplaced .issue")).ToHaveCountAsync(0);
            await Pages.SaveScreenshot(console, "web-openspace-console.png", fullPage: true);

            // Sessions run: a phone says where it is (the law of two feet: "I'm here" moves you), with the slot's time left.
            await Pages.Command(server, console, "StartNextSlot", "SessionsRunning");
            var attend = phones[0].Locator("button[data-action=attend]").First;
            await attend.ClickAsync();
            await Expect(phones[0].Locator("#os-where")).ToContainTextAsync("You are in:");
            await Expect(phones[0].Locator("#time-left")).ToHaveTextAsync(new Regex(@"^\d+:\d{2}$"));
            await Expect(console.Locator("#wall")).ToContainTextAsync("here now Ann");
            await Pages.SaveScreenshot(phones[2], "web-openspace-phone-zh.png", fullPage: true);

            // Convergence: a visible budget of two dots; the third is not offered, and the server refuses it too.
            await Pages.Command(server, console, "StartNextSlot", "SessionsRunning");
            await Pages.Command(server, console, "BeginConvergence", "Convergence");
            await Expect(phones[1].Locator("#os-dots-left")).ToHaveTextAsync("2");
            for (var i = 0; i < 2; i++)
            {
                await phones[1].Locator(".issue", new() { HasText = "river" }).Locator("button[data-action=dot]").ClickAsync();
                await Expect(phones[1].Locator("#os-dots-left")).ToHaveTextAsync((1 - i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            await Expect(phones[1].Locator("button[data-action=dot]").First).ToBeDisabledAsync();
            var river = await IssueIdAsync(server, code, "river");
            Assert.Equal(409, await Pages.PostFromAsync(phones[1], $"/api/rooms/{code}/dots", new { issue = river }));
            await Expect(console.Locator(".issue", new() { HasText = "river" })).ToContainTextAsync("dots 2");

            // The console gathers two related issues into a cluster and names who carries it forward.
            await console.Locator("#cluster-issues li", new() { HasText = "river" }).Locator("input").CheckAsync();
            await console.Locator("#cluster-issues li", new() { HasText = "young people" }).Locator("input").CheckAsync();
            await console.FillAsync("#cluster-name", "People and water");
            await console.ClickAsync("#cluster-issues-form button[type=submit]");
            await Expect(console.Locator("#os-clusters .cluster li")).ToHaveCountAsync(2);
            await Expect(console.Locator("#cluster-issues li")).ToHaveCountAsync(1);
            await console.SelectOptionAsync("#initiator-person", new SelectOptionValue { Label = "Bo" });
            await console.ClickAsync("#initiator-form button[type=submit]");
            await Expect(console.Locator("#os-clusters .cluster")).ToContainTextAsync("Initiator: Bo");
            await Expect(console.Locator("#error")).ToBeEmptyAsync();
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
    public async Task OpenSpace_TheConvenerWritesTheReportOnThePhone_AndTheConsoleAndOtherPhonesShowIt_ThenAppointsAScribe_ThenNewsAndAnActionItem()
    {
        await using var server = await WebServer.StartAsync();
        using var facilitator = server.Client(WebServer.Secret);
        var created = await facilitator.PostAsJsonAsync("/api/rooms", new { method = "openSpace", title = "How do we mobilise our village's resources?", spaces = new[] { "Hall" }, slots = 1, minutes = 45, dots = 2 });
        var code = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        await server.CommandAsync(code, "OpenCircle", "BeginAgendaSetting");
        var contexts = new List<IBrowserContext>();
        try
        {
            var (boContext, bo) = await Pages.JoinAsync(chromium, server, code, "Bo");
            var (annContext, ann) = await Pages.JoinAsync(chromium, server, code, "Ann");
            contexts.AddRange([boContext, annContext]);
            await PostIssue(bo, "Who keeps the river clean?", "scenery");
            await server.CommandAsync(code, "OpenMarketplace");
            var river = await IssueIdAsync(server, code, "river");
            Assert.Equal(System.Net.HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/rooms/{code}/issue-moves", new { issue = river, slot = 1, space = "S1" })).StatusCode);
            await Expect(bo.Locator("#os-report")).ToBeHiddenAsync();
            await SignUp(ann, "river");
            await Expect(ann.Locator("#error")).ToBeEmptyAsync();

            // The session runs: its convener gets the report form; Ann, who only took part, does not.
            await server.CommandAsync(code, "StartNextSlot");
            await Expect(bo.Locator("#os-report")).ToBeVisibleAsync();
            await Expect(ann.Locator("#phase")).ToHaveAttributeAsync("data-phase", "SessionsRunning");
            await Expect(ann.Locator("#os-report")).ToBeHiddenAsync();
            await bo.FillAsync("#report-text", "Ten families each keep a stretch of the river clean; the school joins in spring.");
            await bo.FillAsync("#report-next", "Ask the school\nBuy gloves");
            await bo.FillAsync("#report-recommend", "One stretch per family\n\n");
            await bo.ClickAsync("#report-send");
            await Expect(bo.Locator("#error")).ToBeEmptyAsync();
            await Expect(bo.Locator("#os-issues .report")).ToContainTextAsync("Ten families");

            // The console lists it under its issue, with who sent it and its revision; another phone shows it too.
            var (desk, console) = await Pages.SignInAsync(chromium, server);
            contexts.Add(desk);
            await Expect(console.Locator("#code")).ToHaveTextAsync(code);
            var listed = console.Locator("#os-reports .report");
            await Expect(listed).ToHaveCountAsync(1);
            await Expect(listed).ToContainTextAsync("Who keeps the river clean?");
            await Expect(listed).ToContainTextAsync("Ten families");
            await Expect(listed).ToContainTextAsync("report by Bo · revision 1");
            await Expect(ann.Locator("#os-issues .report")).ToContainTextAsync("Ten families");
            await Expect(ann.Locator("#os-issues .report .next-steps li")).ToHaveTextAsync(["Ask the school", "Buy gloves"]);
            await Expect(listed.Locator(".next-steps li")).ToHaveCountAsync(2);
            await Expect(listed.Locator(".recommendations li")).ToHaveTextAsync(["One stretch per family"]);
            await Expect(ann.Locator("#os-issues .report .recommendations")).ToContainTextAsync("Recommendations");
            await Pages.SaveScreenshot(console, "web-openspace-reports.png", fullPage: true);

            // Bo asks Ann, who signed up, to write the session down: both phones name her the scribe, and hers now offers the report form.
            await bo.Locator($"#os-issues .issue[data-issue='{river}'] .scribe-choice").SelectOptionAsync(new SelectOptionValue { Label = "Ann" });
            await bo.Locator($"#os-issues .issue[data-issue='{river}'] [data-action=appoint-scribe]").ClickAsync();
            await Expect(bo.Locator("#error")).ToBeEmptyAsync();
            await Expect(ann.Locator($"#os-issues .issue[data-issue='{river}'] > .who")).ToContainTextAsync("scribe Ann");
            await Expect(ann.Locator("#os-report")).ToBeVisibleAsync();
            await Expect(bo.Locator($"#os-issues .issue[data-issue='{river}'] .scribe-choice")).ToHaveCountAsync(0);

            // The facilitator shares news from the console; the phones list it.
            await Expect(bo.Locator("#os-news")).ToBeHiddenAsync();
            await console.FillAsync("#news-text", "明早八点半在大会议室集合");
            await console.ClickAsync("#news-send");
            await Expect(console.Locator("#error")).ToBeEmptyAsync();
            await Expect(console.Locator("#os-news-list li")).ToContainTextAsync("明早八点半在大会议室集合");
            await Expect(ann.Locator("#os-news-list li")).ToContainTextAsync("明早八点半在大会议室集合");

            // Action planning: Bo records what he will do, from the river session, with the next meeting; the console and Ann's phone list it.
            await Expect(bo.Locator("#os-action-form")).ToBeHiddenAsync();
            await server.CommandAsync(code, "BeginActionPlanning");
            await Expect(bo.Locator("#os-action-form")).ToBeVisibleAsync();
            await bo.FillAsync("#os-action-title", "Keep a stretch of the river clean");
            await bo.FillAsync("#os-action-next", "Buy gloves");
            await bo.Locator("#os-action-issue").SelectOptionAsync(new SelectOptionValue { Value = river });
            await bo.FillAsync("#os-action-meeting", "2027-01-10");
            await bo.ClickAsync("#os-action-send");
            await Expect(bo.Locator("#error")).ToBeEmptyAsync();
            await Expect(bo.Locator("#os-action-list li[data-mine=true]")).ToContainTextAsync("Keep a stretch of the river clean");
            var action = console.Locator("#os-action-list li");
            await Expect(action).ToHaveCountAsync(1);
            await Expect(action).ToContainTextAsync("Bo · First step: Buy gloves · Next meeting 2027-01-10 · Who keeps the river clean?");
            await Expect(ann.Locator("#os-action-list li")).ToContainTextAsync("Keep a stretch of the river clean");
            await Pages.SaveScreenshot(bo, "web-openspace-action.png", fullPage: true);
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
    public async Task Brainstorm_IdeasWithAnAnonymousOne_ThatShowsNoName_AndDotsWithinTheBudget()
    {
        await using var server = await WebServer.StartAsync();
        var (desk, console) = await Pages.SignInAsync(chromium, server);
        var contexts = new List<IBrowserContext> { desk };
        try
        {
            // A brainstorm starts from a roster (Ann); Bo and Chen join by code as late arrivals.
            var code = await Pages.CreateFromFormAsync(console, "brainstorm", ("#new-title", "A name for the square"), ("#new-prompt", "What shall we call the new square?"),
                ("#new-technique", "open"), ("#new-anonymous", "on"), ("#new-people", "Ann"), ("#new-minutes", "10"), ("#new-dots", "2"));
            var phones = await Pages.JoinEachAsync(chromium, server, code, ["Ann", "Bo", "Chen"], contexts);

            await Expect(console.Locator("#people li")).ToHaveCountAsync(3);

            // Round 1, named: each writes an idea; the phone shows the technique and the time left.
            await Pages.Command(server, console, "StartRound", "Generating");
            await Expect(phones[0].Locator("#bs-now")).ToContainTextAsync("open");
            await Expect(phones[0].Locator("#time-left")).ToHaveTextAsync(new Regex(@"^\d+:\d{2}$"));
            await WriteIdea(phones[0], "Willow Square");
            await WriteIdea(phones[1], "Market Square");
            await Pages.Command(server, console, "EndRound", "BetweenRounds");

            // Round 2 is anonymous: Chen's idea carries no name on any page, nor in the facilitator's view.
            await Pages.Command(server, console, "StartRound", "Generating");
            await Expect(phones[2].Locator("#bs-anonymous")).ToBeVisibleAsync();
            await WriteIdea(phones[2], "Square of the Quiet Ones");
            foreach (var page in new[] { console, phones[0], phones[2] })
            {
                var card = page.Locator(".idea", new() { HasText = "Square of the Quiet Ones" });
                await Expect(card).ToHaveAttributeAsync("data-anonymous", "true");
                await Expect(card.Locator(".who")).Not.ToContainTextAsync("Chen");
            }

            using (var facilitator = server.Client(WebServer.Secret))
            {
                var idea = (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("ideas").EnumerateArray()
                    .Single(i => i.GetProperty("text").GetString() == "Square of the Quiet Ones");
                Assert.Equal(JsonValueKind.Null, idea.GetProperty("author").ValueKind);
                Assert.DoesNotContain("Chen", idea.GetRawText(), StringComparison.Ordinal);
            }

            await Pages.SaveScreenshot(phones[2], "web-brainstorm-phone.png", fullPage: true);

            // Voting: two dots each, the budget on the phone; within it the ballot counts, beyond it the server refuses.
            await Pages.Command(server, console, "EndRound", "BetweenRounds");
            await Pages.Command(server, console, "BeginClarifying", "Clarifying");
            await Pages.Command(server, console, "BeginClustering", "Clustering");
            await Pages.Command(server, console, "BeginVoting", "Voting");
            await Expect(phones[0].Locator("#bs-dots-left")).ToHaveTextAsync("2");
            await Dot(phones[0], "Willow Square");
            await Dot(phones[0], "Square of the Quiet Ones");
            await Expect(phones[0].Locator("#bs-dots-left")).ToHaveTextAsync("0");
            await phones[0].ClickAsync("#ballot-send");
            await Expect(phones[0].Locator("#ballot-sent")).Not.ToBeEmptyAsync();
            await Expect(phones[0].Locator("#error")).ToBeEmptyAsync();

            for (var i = 0; i < 3; i++)
            {
                await Dot(phones[1], "Market Square");
            }

            await Expect(phones[1].Locator("#bs-dots-left")).ToHaveTextAsync("-1");
            await phones[1].ClickAsync("#ballot-send");
            await Expect(phones[1].Locator("#error")).Not.ToBeEmptyAsync();
            await Pages.SaveScreenshot(phones[1], "web-brainstorm-vote.png", fullPage: true);

            // Chen leaves and frees the name; the same phone joins again as Chen, the name being free.
            await phones[2].ClickAsync("#leave");
            await Expect(phones[2].Locator("#join")).ToBeVisibleAsync();
            await Expect(console.Locator("#people li", new() { HasText = "Chen" })).ToContainTextAsync("left");
            await phones[2].FillAsync("#join-name", "Chen");
            await phones[2].ClickAsync("#join-button");
            await Expect(phones[2].Locator("#my-name")).ToHaveTextAsync("Chen");
            await Expect(console.Locator("#people li", new() { HasText = "Chen" })).ToContainTextAsync("here");

            await Pages.Command(server, console, "EndVoting", "Deciding");
            var ranking = console.Locator("#bs-ranking li");
            await Expect(ranking.First).ToContainTextAsync("— 1");
            await Expect(console.Locator("#bs-ranking")).Not.ToContainTextAsync("Market Square — 3");
            await Pages.SaveScreenshot(console, "web-brainstorm-console.png", fullPage: true);
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
    public async Task OpenSpace_TheConsoleMergesTwoIssuesThatSayTheSame_ThePhonesShowOne_AndItAddsASlot()
    {
        await using var server = await WebServer.StartAsync();
        var (desk, console) = await Pages.SignInAsync(chromium, server);
        var contexts = new List<IBrowserContext> { desk };
        try
        {
            var code = await Pages.CreateFromFormAsync(console, "openSpace", ("#new-title", "Our river"), ("#new-spaces", "Hall\nGarden"), ("#new-slots", "2"),
                ("#new-minutes", "45"), ("#new-dots", "2"));
            await Pages.Command(server, console, "OpenCircle", "OpeningCircle");
            await Pages.Command(server, console, "BeginAgendaSetting", "AgendaSetting");
            var phones = await Pages.JoinEachAsync(chromium, server, code, ["Ann", "Bo"], contexts);
            await PostIssue(phones[0], "Who keeps the river clean?", "scenery");
            await PostIssue(phones[1], "Clean river banks", "scenery");
            await Pages.Command(server, console, "OpenMarketplace", "Marketplace");

            await console.SelectOptionAsync("#merge-first", new SelectOptionValue { Label = "Who keeps the river clean?" });
            await console.SelectOptionAsync("#merge-second", new SelectOptionValue { Label = "Clean river banks" });
            await console.FillAsync("#merge-title", "Our river, clean");
            await console.ClickAsync("#merge-issues-form button[type=submit]");
            await Expect(console.Locator("#unplaced .issue")).ToHaveCountAsync(1);
            await Expect(console.Locator("#unplaced .issue")).ToContainTextAsync("Our river, clean");
            await Expect(console.Locator("#merge-issues-form")).ToBeHiddenAsync();
            await Expect(phones[1].Locator("#os-issues .issue")).ToHaveCountAsync(1);
            await Expect(phones[1].Locator("#os-issues .issue")).ToContainTextAsync("Our river, clean");

            // A third time slot from the console's form: a row after the last on the wall.
            await Expect(console.Locator("#wall tbody tr")).ToHaveCountAsync(2);
            await console.FillAsync("#slot-minutes", "30");
            await console.ClickAsync("#slot-form button[type=submit]");
            await Expect(console.Locator("#wall tbody tr")).ToHaveCountAsync(3);
            await Expect(console.Locator("#error")).ToBeEmptyAsync();
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
    public async Task Brainstorm_TheConsoleClarifiesNamesAndMergesClusters_PhonesCastASealedRankedBallot_AndEveryoneSeesTheDecision()
    {
        await using var server = await WebServer.StartAsync();
        var (desk, console) = await Pages.SignInAsync(chromium, server);
        var contexts = new List<IBrowserContext> { desk };
        try
        {
            var code = await Pages.CreateFromFormAsync(console, "brainstorm", ("#new-title", "A name for the square"), ("#new-technique", "open"), ("#new-voting", "ranked"),
                ("#new-people", "Ann\nBo"), ("#new-minutes", "10"), ("#new-dots", "2"));
            var phones = await Pages.JoinEachAsync(chromium, server, code, ["Ann", "Bo"], contexts);

            await Pages.Command(server, console, "StartRound", "Generating");
            await WriteIdea(phones[0], "Willow Square");
            await WriteIdea(phones[1], "Market Square");
            await WriteIdea(phones[0], "Quiet Square");
            await Pages.Command(server, console, "EndRound", "BetweenRounds");

            // Clarifying: the console writes down what the group says an idea means, and every phone shows it under the idea.
            await Pages.Command(server, console, "BeginClarifying", "Clarifying");
            await console.SelectOptionAsync("#clarify-idea", new SelectOptionValue { Label = "Willow Square" });
            await console.FillAsync("#clarify-text", "The willows by the pond stay");
            await console.ClickAsync("#clarify-form button[type=submit]");
            await Expect(phones[1].Locator(".idea", new() { HasText = "Willow Square" }).Locator(".clarifications")).ToContainTextAsync("The willows by the pond stay");

            // Clustering: two clusters, the first named afterwards, the second merged into it with its idea.
            await Pages.Command(server, console, "BeginClustering", "Clustering");
            foreach (var heading in new[] { "", "Trade" })
            {
                await console.FillAsync("#cluster-heading", heading);
                await console.ClickAsync("#cluster-form button[type=submit]");
            }

            await Expect(console.Locator("#bs-clusters .table")).ToHaveCountAsync(2);

            // The second heading was typed while the first cluster was on its way: the first one's success does not wipe it.
            await Expect(console.Locator("#bs-clusters .table h3").Nth(1)).ToHaveTextAsync("Trade");
            var clusters = await console.Locator("#bs-clusters .table").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.cluster)");
            await Place(console, "Willow Square", clusters[0]);
            await Place(console, "Market Square", clusters[1]);
            await console.SelectOptionAsync("#name-cluster", clusters[0]);
            await console.FillAsync("#name-heading", "Green");
            await console.ClickAsync("#name-form button[type=submit]");
            await Expect(console.Locator($"#bs-clusters [data-cluster='{clusters[0]}'] h3")).ToHaveTextAsync("Green");
            await console.SelectOptionAsync("#merge-from", clusters[1]);
            await console.SelectOptionAsync("#merge-into", clusters[0]);
            await console.ClickAsync("#merge-form button[type=submit]");
            await Expect(console.Locator("#bs-clusters .table")).ToHaveCountAsync(1);
            await Expect(console.Locator($"#bs-clusters [data-cluster='{clusters[0]}'] li")).ToHaveCountAsync(2);
            await Expect(console.Locator("#merge-form")).ToBeHiddenAsync();

            // Voting: a ranked ballot of two. Ann puts Market first, then Willow, moves Willow up, and sends; a third choice is not offered.
            await Pages.Command(server, console, "BeginVoting", "Voting");
            await Expect(phones[0].Locator("#bs-rank")).ToBeVisibleAsync();
            await Expect(phones[0].Locator("#bs-vote")).ToBeHiddenAsync();
            await Expect(phones[0].Locator("#bs-rank-budget")).ToHaveTextAsync("2");
            await Rank(phones[0], "Market Square");
            await Rank(phones[0], "Willow Square");
            await Expect(phones[0].Locator(".rank-choice button").First).ToBeDisabledAsync();
            await phones[0].Locator(".ranked", new() { HasText = "Willow Square" }).Locator("button", new() { HasText = "↑" }).ClickAsync();
            await Expect(phones[0].Locator("#bs-my-ranking li").First).ToContainTextAsync("Willow Square");
            await phones[0].ClickAsync("#ranking-send");
            await Expect(phones[0].Locator("#ranking-sent")).Not.ToBeEmptyAsync();
            await Expect(phones[0].Locator("#error")).ToBeEmptyAsync();

            // Bo's phone shows his own (empty) ballot, never Ann's; a reload of Ann's phone shows hers as sent.
            await Expect(phones[1].Locator("#bs-my-ranking li")).ToHaveCountAsync(0);
            await phones[0].ReloadAsync();
            await Expect(phones[0].Locator("#bs-my-ranking li")).ToHaveTextAsync(new[] { new Regex("Willow Square"), new Regex("Market Square") });
            await Rank(phones[1], "Market Square");
            await phones[1].ClickAsync("#ranking-send");
            await Expect(phones[1].Locator("#ranking-sent")).Not.ToBeEmptyAsync();
            await Pages.SaveScreenshot(phones[0], "web-brainstorm-ranked.png", fullPage: true);

            // The count: two choices, the first earns 2 points. Willow 2, Market 1 + 2.
            await Pages.Command(server, console, "EndVoting", "Deciding");
            await Expect(console.Locator("#bs-ranking li").First).ToContainTextAsync("Market Square — 3");
            await Expect(console.Locator("#bs-ranking")).ToContainTextAsync("Willow Square — 2");

            // Deciding: the console ticks the two first of the count and records the decision with a note; the phones show it.
            await Expect(console.Locator("#decide-form")).ToBeVisibleAsync();
            await Expect(console.Locator("#decide-ideas li").First).ToContainTextAsync("Market Square");
            await console.Locator("#decide-ideas li", new() { HasText = "Market Square" }).Locator("input").CheckAsync();
            await console.Locator("#decide-ideas li", new() { HasText = "Willow Square" }).Locator("input").CheckAsync();
            await console.FillAsync("#decide-note", "Market Square, with the willows");
            await console.ClickAsync("#decide-form button[type=submit]");
            await Expect(console.Locator("#bs-decision-chosen li")).ToHaveTextAsync(["Market Square", "Willow Square"]);
            await Expect(phones[1].Locator("#bs-decided-chosen li")).ToHaveTextAsync(["Market Square", "Willow Square"]);
            await Expect(phones[1].Locator("#bs-decided-note")).ToHaveTextAsync("Market Square, with the willows");
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
        }
    }

    private static async Task Place(IPage console, string idea, string cluster)
    {
        await console.SelectOptionAsync("#place-idea", new SelectOptionValue { Label = idea });
        await console.SelectOptionAsync("#place-cluster", cluster);
        await console.ClickAsync("#place-form button[type=submit]");
        await Expect(console.Locator($"#bs-clusters [data-cluster='{cluster}']")).ToContainTextAsync(idea);
    }

    private static Task Rank(IPage phone, string idea) =>
        phone.Locator(".rank-choice", new() { HasText = idea }).Locator("button").ClickAsync();

    private static async Task PostIssue(IPage phone, string title, string category)
    {
        await Expect(phone.Locator("#os-post")).ToBeVisibleAsync();
        await phone.FillAsync("#issue-title", title);
        await phone.SelectOptionAsync("#issue-category", category);
        await phone.ClickAsync("#issue-send");
        await Expect(phone.Locator("#os-issues")).ToContainTextAsync(title);
        await Expect(phone.Locator("#error")).ToBeEmptyAsync();
    }

    private static async Task SignUp(IPage phone, string issue)
    {
        var card = phone.Locator("#os-issues .issue", new() { HasText = issue });
        await card.Locator("button[data-action=interest]").ClickAsync();
        await Expect(card).ToContainTextAsync("✓");
    }

    private static async Task WriteIdea(IPage phone, string text)
    {
        await Expect(phone.Locator("#bs-write")).ToBeVisibleAsync();
        await phone.FillAsync("#idea-text", text);
        await phone.ClickAsync("#idea-send");
        await Expect(phone.Locator("#bs-phone-ideas")).ToContainTextAsync(text);
        await Expect(phone.Locator("#error")).ToBeEmptyAsync();
    }

    private static Task Dot(IPage phone, string idea) =>
        phone.Locator(".ballot-line", new() { HasText = idea }).Locator("button", new() { HasText = "+" }).ClickAsync();

    private static async Task<string> IssueIdAsync(WebServer server, string code, string title)
    {
        using var facilitator = server.Client(WebServer.Secret);
        return (await facilitator.GetFromJsonAsync<JsonElement>($"/api/rooms/{code}")).GetProperty("issues").EnumerateArray()
            .Single(i => i.GetProperty("title").GetString()!.Contains(title, StringComparison.Ordinal)).GetProperty("id").GetString()!;
    }
}
