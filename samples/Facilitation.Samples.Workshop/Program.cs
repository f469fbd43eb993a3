// The two-day workshop of shared/WORKSHOP.md on a fake clock: 29 village committee directors, lectures, a town meeting
// and a field visit as plain blocks, a World Café (5 tables × 5 questions × 5 rounds), the five-resource inventory, an
// Open Space with sessions, reports and actions, a brainstorm from its issues, the closing — and one workshop book.
// One director arrives late on day 2 and one leaves after the café.
// The workshop runs as a WorkshopSession: it keeps attendance per person, starts each method block's session from the
// people present, carries items between blocks with their sources, keeps the inventory and the action plan, saves
// everything as one document, and composes the book from what it holds.
// Usage: dotnet run --project samples/Facilitation.Samples.Workshop [--out workshop-output] [--culture zh-CN|en] (Chinese by default)
using System.Globalization;
using System.Text;
using Facilitation.Methods;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Rotation;
using Facilitation.Methods.Workshops;
using Facilitation.Methods.WorldCafe;
using Microsoft.Extensions.Time.Testing;
using static SampleText;

Console.OutputEncoding = Encoding.UTF8;
// The workshop's people read Chinese first: without --culture the sample writes Chinese whatever the machine's language.
if (!args.Contains("--culture"))
{
    CultureInfo.CurrentUICulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
}

args = SamplePrints.UseCulture(args);
var output = args is ["--out", { } folder] ? folder : "workshop-output";
var random = new Random(2018);
var offset = TimeSpan.FromHours(8);
DateTimeOffset At(int day, int hour, int minute = 0) => new(2018, 12, 4 + day, hour, minute, 0, offset);
var clock = new FakeTimeProvider(At(1, 8));
var f = Actor.Facilitator;

var roster = Town.Directors();
var late = roster[^1];        // arrives on day 2 at 10:15
var leaver = roster[11];      // leaves after the café
var five = ResourceCategories.FiveResources;

var cafeTables = Enumerable.Range(1, 5).Select(t => new Group($"T{t}", 6, roster[t - 1].Id, name: $"第{t}桌")).ToList();
var cafeDesign = new WorldCafeDesign
{
    Title = "世界咖啡：农村治理的难题与服务",
    Participants = [.. roster],
    Tables = [.. cafeTables],
    Questions = [.. Town.CafeQuestions],
    Rounds = 5,
    RoundDuration = TimeSpan.FromMinutes(15),
    AutoAdvance = true,
    Seed = 7,
    PlannerTimeLimit = TimeSpan.FromSeconds(20),
};
var openSpaceDesign = new OpenSpaceDesign
{
    Theme = new Prompt("如何调动农村治理所需的资源？"),
    FacilitatorName = DirectorsWorkshop.OpenSpaceHost,
    Spaces = [new OpenSpaceSpace("room1", "第一会议室", 10), new OpenSpaceSpace("room2", "第二会议室", 10), new OpenSpaceSpace("east", "大厅东侧", 10), new OpenSpaceSpace("west", "大厅西侧", 10)],
    Slots = [new OpenSpaceSlot(At(2, 14, 20), TimeSpan.FromMinutes(40)), new OpenSpaceSlot(At(2, 15, 5), TimeSpan.FromMinutes(40))],
    Participants = [.. roster],
};
var brainstormDesign = new BrainstormDesign
{
    Title = "资源大家谈：1-2-4-全体头脑风暴",
    Participants = [.. roster],
    Categories = five.Keys,
    Rounds = [new GenerationRound(GenerationTechnique.OneTwoFourAll) { Duration = TimeSpan.FromMinutes(15) }],
    DotsPerPerson = 3,
    Seed = 7,
};

var design = DirectorsWorkshop.Programme((day, hour, minute) => At(day, hour, minute), [.. roster], cafeDesign, openSpaceDesign, brainstormDesign);

var problems = WorkshopSession.Check(design);
Console.WriteLine(design.Title);
Console.WriteLine(string.Join("；", design.Organisers.Select(o => $"{o.Role}：{o.Name}")));
Console.WriteLine(T($"{design.Participants.Length} village committee directors, {design.Days.Length} days, {design.Blocks.Length} blocks; programme remarks: {problems.Count}", $"{design.Participants.Length} 位村委会主任，{design.Days.Length} 天，{design.Blocks.Length} 个环节；日程提醒 {problems.Count} 条"));
foreach (var problem in problems)
{
    Console.WriteLine($"  {problem}");
}

foreach (var block in design.Programme)
{
    var (number, _) = design.DayOf(block)!.Value;
    var kind = block.Kind switch
    {
        BlockKind.WorldCafe => T($"World Café", $"世界咖啡"),
        BlockKind.OpenSpace => T($"Open Space", $"开放空间"),
        BlockKind.Brainstorm => T($"brainstorm", $"头脑风暴"),
        var plain => Labels.Of(plain),
    };
    var led = block.Facilitator is { } who ? "  — " + who : string.Empty;
    Console.WriteLine(T($"  Day {number} {block.Start:HH:mm}–{block.End:HH:mm}  {kind,-17} {block.Title}{led}", $"  第 {number} 天 {block.Start:HH:mm}–{block.End:HH:mm}  {kind,-17} {block.Title}{led}"));
}

// The workshop runs as one session: it opens and closes days and blocks in programme order, keeps attendance per person,
// starts each method block's session from the people present, and keeps every block's record for the book.
using var workshop = WorkshopSession.Create(design, new SessionOptions { Id = "huinan-2018", TimeProvider = clock });
void Plain(string id)
{
    clock.SetUtcNow(design.FindBlock(id)!.Start);
    workshop.StartBlock(f, id);
    workshop.CloseBlock(f, id);
}

Participant[] Here() => [.. roster.Where(p => workshop.Present.Contains(p.Id))];

Console.WriteLine();
Console.WriteLine(T($"Day 1", $"第 1 天"));
workshop.OpenDay(f);
foreach (var director in roster.Where(p => p != late))
{
    workshop.CheckIn(Actor.ForParticipant(director.Id), director.Id);
}

foreach (var id in new[] { "opening", "lecture-1", "lunch-1", "meeting", "visit", "dinner-1" })
{
    Plain(id);
}

// ---- World Café: the workshop starts it with the 28 directors present -----------------------------------------
clock.SetUtcNow(At(1, 19));
workshop.StartBlock(f, "cafe");
var cafe = workshop.Cafe("cafe")!;
cafe.OpenCheckIn(f);
cafe.Welcome(f);
for (var r = 1; r <= cafeDesign.Rounds; r++)
{
    cafe.StartRound(f);
    if (r > 1)
    {
        cafe.BeginBriefing(f);
        foreach (var table in cafeTables)
        {
            var notes = cafe.NotesFor(table.Id, new Round(r - 1));
            cafe.AddBriefing(Actor.ForParticipant(table.Host!.Value), table.Id, $"上一轮记下了{notes.Length}条想法，最重要的是：{(notes.IsEmpty ? "（无）" : notes[0].Text)}");
        }
    }

    cafe.StartConversation(f);
    foreach (var table in cafeTables)
    {
        var question = Array.IndexOf(Town.CafeQuestions, cafe.QuestionFor(table.Id, new Round(r)));
        foreach (var writer in cafe.CurrentSeating!.MembersOf(table.Id).OrderBy(_ => random.Next()).Take(2))
        {
            clock.Advance(TimeSpan.FromSeconds(random.Next(20, 60)));
            cafe.AddNote(Actor.ForParticipant(writer), table.Id, Town.Notes[question][random.Next(Town.Notes[question].Length)]);
        }
    }

    clock.Advance(cafe.RoundTime!.Remaining(clock)); // time is up; auto-advance closes the round
    clock.Advance(TimeSpan.FromMinutes(5));
}

cafe.BeginHarvest(f);
cafe.AddHarvestItem(Actor.ForParticipant(roster[2].Id), ContributionKind.Theme, "年轻人外流，村里缺少做事的人");
cafe.AddHarvestItem(Actor.ForParticipant(roster[3].Id), ContributionKind.Insight, "老房子和闲置地是资源，不是包袱");
cafe.AddHarvestItem(Actor.ForParticipant(roster[1].Id), ContributionKind.Question, "庭院美化之后，谁来长期维护？");
cafe.AddHarvestItem(f, ContributionKind.Theme, "村民参与要有制度：先议后决、公开透明");
cafe.AddHarvestItem(f, ContributionKind.ActionItem, "建立村务微信群议事规则", owner: roster[0].DisplayName, nextStep: "下周一村两委会议上提出草案");
cafe.Close(f);
var travellers = cafe.Participants.Where(p => cafeTables.All(t => t.Host != p.Id)).ToList();
var everyQuestion = travellers.Count(p => cafe.RouteOf(p.Id).OfType<GroupId>().Distinct().Count() == cafeTables.Count);
var cafeRecord = workshop.CloseBlock(f, "cafe");
Console.WriteLine(T($"  World Café: {cafe.Participants.Length} directors at {cafeTables.Count} tables over {cafeDesign.Rounds} rounds; {everyQuestion} of {travellers.Count} travellers reached every question; {cafe.Contributions.Length} contributions; repeated pairs {cafe.Fairness!.RepeatedPairs}.", $"  世界咖啡：{cafe.Participants.Length} 位主任，{cafeTables.Count} 张桌，{cafeDesign.Rounds} 轮；{travellers.Count} 位流动者中有 {everyQuestion} 位讨论了每个问题；{cafe.Contributions.Length} 条贡献；重复相遇 {cafe.Fairness!.RepeatedPairs}。"));

workshop.Depart(f, leaver.Id);
workshop.CloseDay(f);
Console.WriteLine(T($"  → {leaver.DisplayName} ({leaver.GetAttribute("village")}) leaves after the café and misses day 2.", $"  → {leaver.DisplayName}（{leaver.GetAttribute("village")}）在世界咖啡后离开，缺席第 2 天。"));

// ---- Day 2 ---------------------------------------------------------------------------------------------------
Console.WriteLine();
Console.WriteLine(T($"Day 2", $"第 2 天"));
workshop.OpenDay(f);
Plain("lecture-2");
clock.SetUtcNow(At(2, 10, 15));
workshop.CheckIn(f, late.Id);
Console.WriteLine(T($"  → {late.DisplayName} ({late.GetAttribute("village")}) arrives at 10:15, in time for the game.", $"  → {late.DisplayName}（{late.GetAttribute("village")}）10:15 到达，赶上了游戏。"));
foreach (var id in new[] { "game", "communication", "lunch-2" })
{
    Plain(id);
}

// ---- Resource inventory: each director lists their village's resources ---------------------------------------
clock.SetUtcNow(At(2, 13, 30));
workshop.StartBlock(f, "inventory");
foreach (var director in Here())
{
    foreach (var category in five.Keys.OrderBy(_ => random.Next()).Take(3))
    {
        var bank = Town.Resources[category];
        workshop.ListResource(Actor.ForParticipant(director.Id), director.GetAttribute("village")!, category, bank[random.Next(bank.Length)]);
    }
}

workshop.CloseBlock(f, "inventory");
Console.WriteLine(T($"  Inventory: {workshop.Inventory!.Villages.Length} villages listed {workshop.Inventory.Entries.Length} resources; {workshop.Inventory.Gaps().Length} empty village × category cells.", $"  资源盘点：{workshop.Inventory!.Villages.Length} 个村列出 {workshop.Inventory.Entries.Length} 项资源；村 × 类别中有 {workshop.Inventory.Gaps().Length} 处空白。"));

// ---- Open Space, starting from the café's harvest (carried, with provenance) ------------------------------------
var carriedIssues = Bridges.SuggestOpenSpaceIssues(cafeRecord)
    .Select((item, i) => item.InCategory(five, new[] { "people", "land", "scenery", "culture" }[i % 4]))
    .ToList();
workshop.CarryItems(f, "open-space", carriedIssues);
clock.SetUtcNow(At(2, 14, 15));
workshop.StartBlock(f, "open-space");
var openSpace = workshop.OpenSpace("open-space")!;
openSpace.OpenCircle(f);
openSpace.BeginAgendaSetting(f);
foreach (var item in carriedIssues)
{
    // A theme with no author gets a convener only when someone volunteers; the library never invents one.
    var convener = item.SuggestedConvener is { } author && workshop.Present.Contains(author) ? author : Here()[random.Next(Here().Length)].Id;
    openSpace.PostIssue(Actor.ForParticipant(convener), item.Id, item.Text, convener);
}

openSpace.PostIssue(Actor.ForParticipant(roster[14].Id), "industry-brand", "水蜜桃和西瓜能不能统一品牌？", roster[14].Id);
openSpace.PostIssue(Actor.ForParticipant(late.Id), "youth-network", "把返乡青年组织起来", late.Id);
openSpace.OpenMarketplace(f);
foreach (var person in Here())
{
    foreach (var issue in openSpace.Issues.OrderBy(_ => random.Next()).Take(2).Where(i => !i.Interested.Contains(person.Id)))
    {
        openSpace.ExpressInterest(Actor.ForParticipant(person.Id), issue.Id, person.Id);
    }
}

openSpace.AdoptAgenda(f, openSpace.ProposeAgenda(new AgendaSchedulingOptions { Seed = 7 }));
for (var slot = 1; slot <= openSpaceDesign.Slots.Length; slot++)
{
    clock.SetUtcNow(openSpaceDesign.Slots[slot - 1].Start);
    openSpace.StartNextSlot(f);
    var running = openSpace.Issues.Where(i => i.Cell?.Slot == slot).ToList();
    foreach (var person in Here())
    {
        var convening = running.FirstOrDefault(i => i.Convener == person.Id);
        var wanted = running.Where(i => i.Interested.Contains(person.Id)).ToList();
        var choice = convening ?? (wanted.Count > 0 ? wanted[random.Next(wanted.Count)] : running[random.Next(running.Count)]);
        openSpace.JoinSession(Actor.ForParticipant(person.Id), choice.Id, person.Id);
    }

    clock.Advance(TimeSpan.FromMinutes(35));
    foreach (var issue in running)
    {
        var here = openSpace.PresentIn(issue.Id);
        openSpace.SubmitReport(Actor.ForParticipant(issue.Convener), new SessionReport(
            issue.Id,
            $"{here.Length} 位主任讨论了“{issue.Title}”，梳理了各村手里的资源和第一步可以做什么。",
            here,
            ["先在一个村试点，再推广"],
            ["下次村民代表会议上通报"]));
    }
}

openSpace.BeginActionPlanning(f);
var ranked = openSpace.Issues.Where(i => i.IsActive).OrderByDescending(i => i.Interested.Length).ToList();
for (var i = 0; i < 3; i++)
{
    var issue = ranked[i];
    openSpace.RecordAction(f, new ActionItem($"action-{i + 1}", $"落实：{issue.Title}", issue.Convener, [.. openSpace.PresentIn(issue.Id).Take(3)], "两周内在本村召开议事会", new DateOnly(2018, 12, 20)));
}

openSpace.BeginClosingCircle(f);
foreach (var person in Here().Take(5))
{
    openSpace.Speak(Actor.ForParticipant(person.Id), person.Id);
}

openSpace.Close(f);
var openSpaceRecord = workshop.CloseBlock(f, "open-space");
Console.WriteLine(T($"  Open Space: {openSpace.Issues.Length} issues ({carriedIssues.Count} carried from the café), {openSpace.Reports.Length} reports, {openSpace.Actions.Length} actions.", $"  开放空间：{openSpace.Issues.Length} 个议题（{carriedIssues.Count} 个来自世界咖啡），{openSpace.Reports.Length} 份报告，{openSpace.Actions.Length} 项行动。"));

// ---- Brainstorm, from the Open Space's most wanted issue (the carried prompt becomes the brainstorm's prompt) ---
var prompt = Bridges.SuggestBrainstormPrompts(openSpaceRecord, [ranked[0].Id]).Single();
workshop.CarryItems(f, "brainstorm", [prompt]);
clock.SetUtcNow(At(2, 15, 55));
workshop.StartBlock(f, "brainstorm");
var storm = workshop.Brainstorm("brainstorm")!;
storm.StartRound(f); // 1-2-4-All: alone first
foreach (var person in Here())
{
    var category = five.Keys[random.Next(five.Keys.Length)];
    clock.Advance(TimeSpan.FromSeconds(20));
    storm.AddIdea(Actor.ForParticipant(person.Id), Town.Ideas[category][random.Next(Town.Ideas[category].Length)] + $"（{person.GetAttribute("village")}）", category);
}

// Social memory: the workshop gave the brainstorm everyone who sat together earlier (the café's tables on day 1, the Open Space's
// sessions) as "met before", so the pairs mix people who have not met. A pairing that ignores it would pair about `expected` of them again.
storm.NextStep(f);
var pairs = storm.CurrentRound!.Teams!;
var metBefore = storm.Design.MetBefore.Count(p => pairs.GroupOf(p.First) is { } g && pairs.GroupOf(p.Second) == g);
var inRoom = storm.Present.Length;
var expected = storm.Design.MetBefore.Count(p => storm.Present.Contains(p.First) && storm.Present.Contains(p.Second)) * (double)(inRoom / 2) / (inRoom * (inRoom - 1) / 2.0);
Console.WriteLine(T($"  1-2-4-All pairs on day 2: {metBefore} of {pairs.Groups.Length} pairs had sat together before (café on day 1, Open Space) — a pairing without memory: about {expected:0.#}.", $"  第 2 天 1-2-4-全体的两人组：{pairs.Groups.Length} 组中有 {metBefore} 组此前同桌过（第 1 天世界咖啡、开放空间）——不记得谁见过谁的分组约为 {expected:0.#} 组。"));
storm.NextStep(f); // fours
storm.NextStep(f); // all
storm.EndRound(f);
storm.BeginClarifying(f);
storm.BeginClustering(f);
foreach (var category in five.Categories.Where(c => storm.Ideas.Any(i => i.Category == c.Key)))
{
    var cluster = storm.AddCluster(f, category.Label);
    foreach (var idea in storm.Ideas.Where(i => i.Category == category.Key))
    {
        storm.PlaceIdea(f, idea.Id, cluster);
    }
}

storm.BeginVoting(f);
foreach (var person in Here())
{
    var dots = new Dictionary<ContributionId, int>();
    foreach (var idea in storm.Ballot.OrderBy(_ => random.Next()).Take(3))
    {
        dots[idea] = 1;
    }

    storm.CastDots(Actor.ForParticipant(person.Id), person.Id, dots);
}

var result = storm.EndVoting(f);
storm.Close(f);
var stormRecord = workshop.CloseBlock(f, "brainstorm");
Console.WriteLine(T($"  Brainstorm on “{storm.Design.Prompt!.Text}”: {storm.Ideas.Length} ideas, top idea “{storm.Ideas.First(i => i.Id == result.Ranking[0].Idea).Text}” ({result.Ranking[0].Points} dots).", $"  头脑风暴“{storm.Design.Prompt!.Text}”：{storm.Ideas.Length} 个想法，第一名“{storm.Ideas.First(i => i.Id == result.Ranking[0].Idea).Text}”（{result.Ranking[0].Points} 个圆点）。"));

Plain("closing");

// ---- Action plan and book ------------------------------------------------------------------------------------
workshop.AddToActionPlan(f, [
    .. Bridges.ToActionPlan(cafeRecord, roster, topIdeas: 0),
    .. Bridges.ToActionPlan(openSpaceRecord, roster, topIdeas: 0),
    .. Bridges.ToActionPlan(stormRecord, roster, topIdeas: 3)]);
foreach (var item in workshop.ActionPlan.Where(i => i.Due is null))
{
    workshop.UpdateAction(f, item with { Due = new DateOnly(2019, 1, 15), NextStep = item.NextStep ?? "在村两委会上确定负责人和第一步" });
}

workshop.CloseDay(f);
workshop.Close(f);

// One document holds the whole workshop: the programme, its log, every block's session; it restores to the same workshop.
var saved = workshop.Save();
using var restored = WorkshopSession.Restore(saved, new SessionOptions { TimeProvider = clock });
var book = restored.ToBook();
var plan = book.ActionPlan;
Directory.CreateDirectory(output);
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
File.WriteAllText(Path.Combine(output, "workshop.json"), saved, utf8);
File.WriteAllText(Path.Combine(output, "workshop-book.md"), book.ToMarkdown(), utf8);
File.WriteAllText(Path.Combine(output, "workshop-book.json"), book.ToJson(), utf8);
var language = new Facilitation.Methods.Printing.PrintOptions { Culture = CultureInfo.CurrentUICulture };
File.WriteAllText(Path.Combine(output, "workshop-book.html"), Facilitation.Methods.Printing.WorkshopPrintables.Book(book, language), utf8);
File.WriteAllText(Path.Combine(output, "programme.html"), Facilitation.Methods.Printing.WorkshopPrintables.Programme(design, language), utf8);

Console.WriteLine();
Console.WriteLine(T($"Summary", $"总结"));
Console.WriteLine(T($"  workshop session: {workshop.Version} events; saved as one document of {Encoding.UTF8.GetByteCount(saved) / 1024} KB, restored identically: {restored.Save() == saved}", $"  工作坊会话：{workshop.Version} 个事件；保存为一个 {Encoding.UTF8.GetByteCount(saved) / 1024} KB 的文档，恢复后完全一致：{(restored.Save() == saved ? "是" : "否")}"));
Console.WriteLine(T($"  blocks held: {book.Records.Length}; contributions: {book.Records.Sum(r => r.Contributions.Length)}; carried items: {book.Carried.Length}; action plan: {plan.Length} items for {plan.Select(i => i.Village).Distinct().Count()} villages", $"  已举行环节：{book.Records.Length}；贡献：{book.Records.Sum(r => r.Contributions.Length)}；传递条目：{book.Carried.Length}；行动计划：{plan.Select(i => i.Village).Distinct().Count()} 个村共 {plan.Length} 项"));
Console.WriteLine(T($"  {late.DisplayName} took part in {book.Records.Count(r => r.TookPart.Contains(late.Id))} blocks; {leaver.DisplayName} in {book.Records.Count(r => r.TookPart.Contains(leaver.Id))}.", $"  {late.DisplayName} 参加了 {book.Records.Count(r => r.TookPart.Contains(late.Id))} 个环节；{leaver.DisplayName} 参加了 {book.Records.Count(r => r.TookPart.Contains(leaver.Id))} 个。"));
foreach (var item in plan)
{
    Console.WriteLine(T($"  [{item.Village ?? "—"}] {item.Title} — {item.Owner ?? "to be named"}; next: {item.NextStep}; due {item.Due:yyyy-MM-dd}; from {string.Join(", ", item.Sources)}", $"  [{item.Village ?? "—"}] {item.Title} — {item.Owner ?? "待定"}；下一步：{item.NextStep}；{item.Due:yyyy-MM-dd} 前完成；来源 {string.Join(", ", item.Sources)}"));
}

Console.WriteLine(T($"  written to {Path.GetFullPath(output)}: workshop.json (the saved workshop), workshop-book.md, workshop-book.json, workshop-book.html, programme.html (print them from a browser)", $"  已写入 {Path.GetFullPath(output)}：workshop.json（保存的工作坊）、workshop-book.md、workshop-book.json、workshop-book.html、programme.html（用浏览器打印）"));
return 0;
