// A simulated World Café modelled on a real workshop: village committee directors, five tables, five questions,
// hosts who stay, a late arrival and an early departure, a fake clock so it finishes in seconds, and a harvest.
// Usage: dotnet run --project samples/Facilitation.Samples.Cafe [--people 29] [--tables 5] [--rounds 4] [--seed 7] [--out cafe-output] [--culture zh-CN]
using System.Globalization;
using System.Text;
using Facilitation.Methods;
using Facilitation.Methods.Harvesting;
using Facilitation.Methods.Rotation;
using Facilitation.Methods.WorldCafe;
using Microsoft.Extensions.Time.Testing;
using static SampleText;

Console.OutputEncoding = Encoding.UTF8;
args = SamplePrints.UseCulture(args);
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var options = Options.Parse(args);
if (options is null)
{
    Console.WriteLine(T($"usage: Facilitation.Samples.Cafe [--people N (>= 8)] [--tables N (>= 2)] [--rounds N (>= 2)] [--seed N] [--out folder] [--culture zh-CN|en]", $"用法：Facilitation.Samples.Cafe [--people 人数 (>= 8)] [--tables 桌数 (>= 2)] [--rounds 轮数 (>= 2)] [--seed 种子] [--out 文件夹] [--culture zh-CN|en]"));
    return 2;
}

var random = new Random(options.Seed);
var people = Village.Directors(options.People, random);
var late = people[^1];
var cafePeople = people[..^1];
var tables = Enumerable.Range(1, options.Tables)
    .Select(i => new Group($"T{i}", capacity: (options.People + options.Tables - 1) / options.Tables, host: cafePeople[i - 1].Id, name: T($"Table {i}", $"第{i}桌")))
    .ToList();
var design = new WorldCafeDesign
{
    Title = T($"Village Directors' World Café", $"村委会主任世界咖啡"),
    Participants = [.. cafePeople],
    Tables = [.. tables],
    Questions = [.. Enumerable.Range(0, options.Tables).Select(i => Village.Questions[i % Village.Questions.Length])],
    Rounds = options.Rounds,
    RoundDuration = TimeSpan.FromMinutes(20),
    WarningBeforeEnd = TimeSpan.FromMinutes(2),
    AutoAdvance = true,
    MixBy = "village",
    Seed = options.Seed,
    PlannerTimeLimit = TimeSpan.FromSeconds(20),
};

var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8)));
// The planner is reproducible (a work budget of search steps, not wall time): the same seed gives the same café on every
// machine. It runs outside the café's gate: reads and other commands never wait for a plan.
using var cafe = WorldCafeSession.Create(design, new SessionOptions { TimeProvider = clock });
var timeline = new List<WorldCafeEvent>();
using var subscription = cafe.OnEvent(timeline.Add);
var names = people.ToDictionary(p => p.Id, p => p.DisplayName);
var facilitator = Actor.Facilitator;

Console.WriteLine($"{design.Title}");
Console.WriteLine(T($"{cafePeople.Length} directors at check-in, {options.Tables} tables, {options.Rounds} rounds of {design.RoundDuration.TotalMinutes:0} minutes; seed {options.Seed}.", $"签到 {cafePeople.Length} 位主任，{options.Tables} 张桌，{options.Rounds} 轮，每轮 {design.RoundDuration.TotalMinutes:0} 分钟；种子 {options.Seed}。"));
foreach (var warning in cafe.DesignWarnings)
{
    Console.WriteLine(T($"  design warning: {warning}", $"  设计提醒：{warning}"));
}

cafe.OpenCheckIn(facilitator);
cafe.Welcome(facilitator);
var leaver = cafePeople[^1];
var leaveAfter = Math.Min(3, options.Rounds - 1);
for (var r = 1; r <= options.Rounds; r++)
{
    cafe.StartRound(facilitator);
    var round = new Round(r);
    if (r > 1)
    {
        cafe.BeginBriefing(facilitator);
        foreach (var table in tables)
        {
            if (cafe.HostOf(table.Id, round) is { } host)
            {
                var notes = cafe.NotesFor(table.Id, new Round(r - 1));
                cafe.AddBriefing(Actor.ForParticipant(host), table.Id, T($"Last round we wrote {notes.Length} notes; the most important: {(notes.IsEmpty ? "(none)" : notes[0].Text)}", $"上一轮我们记下了{notes.Length}条想法，最重要的是：{(notes.IsEmpty ? "（无）" : notes[0].Text)}"));
            }
        }
    }

    cafe.StartConversation(facilitator);
    PrintSeating(cafe.CurrentSeating!, r);
    if (r == 2)
    {
        clock.Advance(TimeSpan.FromMinutes(5));
        cafe.Join(facilitator, late);
        Console.WriteLine(T($"  → {late.DisplayName} arrives late during round 2 and is seated from round 3; the remaining rounds are re-planned.", $"  → {late.DisplayName} 在第 2 轮迟到，从第 3 轮起入座；其余轮次重新安排。"));
    }

    foreach (var table in tables)
    {
        var members = cafe.CurrentSeating!.MembersOf(table.Id);
        var question = cafe.QuestionFor(table.Id, round);
        foreach (var writer in members.OrderBy(_ => random.Next()).Take(3))
        {
            clock.Advance(TimeSpan.FromSeconds(random.Next(10, 50)));
            cafe.AddNote(Actor.ForParticipant(writer), table.Id, Village.NoteFor(question, random), anonymous: random.Next(6) == 0);
        }
    }

    clock.Advance(cafe.RoundTime!.Remaining(clock) - design.WarningBeforeEnd); // the two-minute warning
    clock.Advance(design.WarningBeforeEnd); // time is up, and auto-advance closes the round
    if (r == leaveAfter)
    {
        cafe.Leave(Actor.ForParticipant(leaver.Id), leaver.Id);
        Console.WriteLine(T($"  → {leaver.DisplayName} leaves after round {r}; the remaining rounds are re-planned.", $"  → {leaver.DisplayName} 在第 {r} 轮后离开；其余轮次重新安排。"));
    }

    clock.Advance(TimeSpan.FromMinutes(3));
}

cafe.BeginHarvest(facilitator);
cafe.AddHarvestItem(facilitator, ContributionKind.Insight, T($"Villagers taking part is the key to every problem: discuss before deciding, in the open.", $"村民参与是所有问题的钥匙：先议后决，公开透明。"));
cafe.AddHarvestItem(facilitator, ContributionKind.Theme, T($"Take stock of the five resources (people, culture, land, industry, scenery) together, and use them together.", $"五种资源（人、文、地、产、景）要一起盘点、一起用。"));
cafe.AddHarvestItem(Actor.ForParticipant(people[2].Id), ContributionKind.Question, T($"How do we bring young people working in the cities back to take part in village affairs?", $"如何把外出务工的年轻人请回来参与治理？"));
cafe.AddHarvestItem(facilitator, ContributionKind.ActionItem, T($"Rules for deciding village affairs in the WeChat group", $"建立村务微信群的议事规则"), owner: people[0].DisplayName, nextStep: T($"Table a draft at next Monday's committee meeting", $"下周一村两委会议上提出草案"));
cafe.AddHarvestItem(facilitator, ContributionKind.ActionItem, T($"List the village's idle land and old houses", $"盘点本村闲置土地和老房子"), owner: people[1].DisplayName, nextStep: T($"Finish the list within a month and send it to the town", $"一个月内完成清单，交乡镇汇总"));
cafe.Close(facilitator);

var report = cafe.Fairness!;
Console.WriteLine();
Console.WriteLine(T($"Fairness of the rotation (planner report):", $"轮换的公平性（排座程序报告）："));
Console.WriteLine(T($"  repeated meetings (pairs who met more than once): {report.RepeatedPairs}; most meetings of any pair: {report.MaxMeetings}", $"  重复相遇（见面不止一次的两人）：{report.RepeatedPairs}；任意两人最多相遇：{report.MaxMeetings} 次"));
Console.WriteLine(T($"  table revisits by travellers: {report.TableRevisits}; lower bound proven by the planner: {report.LowerBound} (gap {report.Gap})", $"  旅行者重回同一桌：{report.TableRevisits}；排座程序证明的下界：{report.LowerBound}（差距 {report.Gap}）"));
Console.WriteLine(T($"  distinct people met: min {report.MinDistinctMet}, mean {report.MeanDistinctMet:0.0}", $"  遇到的不同的人：最少 {report.MinDistinctMet}，平均 {report.MeanDistinctMet:0.0}"));
Console.WriteLine(T($"  same-village pairs at a table: {report.SameAttributePairs}", $"  同桌的同村两人：{report.SameAttributePairs}"));
Console.WriteLine(T($"  route of {late.DisplayName}: {string.Join(" → ", cafe.RouteOf(late.Id).Select(g => g is null ? "—" : TableName(g)))}", $"  {late.DisplayName} 的路线：{string.Join(" → ", cafe.RouteOf(late.Id).Select(g => g is null ? "—" : TableName(g)))}"));
Console.WriteLine(T($"  route of {leaver.DisplayName}: {string.Join(" → ", cafe.RouteOf(leaver.Id).Select(g => g is null ? "—" : TableName(g)))}", $"  {leaver.DisplayName} 的路线：{string.Join(" → ", cafe.RouteOf(leaver.Id).Select(g => g is null ? "—" : TableName(g)))}"));

Console.WriteLine();
Console.WriteLine(T($"Timeline ({timeline.Count} events, version {cafe.Version}):", $"时间线（{timeline.Count} 个事件，版本 {cafe.Version}）："));
foreach (var e in timeline)
{
    Console.WriteLine($"  {e.OccurredAt:HH:mm:ss} v{e.Version,-3} {Describe(e)}");
}

var harvest = cafe.ToHarvest();
var folder = Path.GetFullPath(options.Out);
Directory.CreateDirectory(folder);
File.WriteAllText(Path.Combine(folder, "harvest.md"), HarvestExport.ToMarkdown(harvest), utf8);
File.WriteAllText(Path.Combine(folder, "harvest.json"), HarvestExport.ToJson(harvest), utf8);
File.WriteAllText(Path.Combine(folder, "harvest.csv"), HarvestExport.ToCsv(harvest), utf8);
File.WriteAllText(Path.Combine(folder, "route-cards.md"), HarvestExport.ToRouteCards(harvest), utf8);
File.WriteAllText(Path.Combine(folder, "table-rosters.md"), HarvestExport.ToTableRosters(harvest), utf8);
File.WriteAllText(Path.Combine(folder, "session.json"), cafe.Save(), utf8);
Console.WriteLine();
Console.WriteLine(T($"Harvest: {harvest.AllContributions.Count()} contributions written to {folder}", $"收获：{harvest.AllContributions.Count()} 条贡献已写入 {folder}"));
Console.WriteLine(T($"  harvest.md, harvest.json, harvest.csv, route-cards.md, table-rosters.md, session.json (the saved session)", $"  harvest.md、harvest.json、harvest.csv、route-cards.md、table-rosters.md、session.json（保存的会话）"));
SamplePrints.Cafe(folder, design, harvest);
return 0;

void PrintSeating(Seating seating, int round)
{
    Console.WriteLine();
    Console.WriteLine(T($"Round {round} seating:", $"第 {round} 轮座位："));
    foreach (var table in tables)
    {
        var host = cafe.HostOf(table.Id, new Round(round));
        var members = seating.MembersOf(table.Id).Select(p => p == host ? names[p] + "*" : names[p]);
        Console.WriteLine($"  {table.Name} — {cafe.QuestionFor(table.Id, new Round(round)).Text}");
        Console.WriteLine($"      {string.Join("、", members)}");
    }
}

string Describe(WorldCafeEvent e) => e switch
{
    ParticipantJoined j => T($"{j.Participant.DisplayName} joins (from {RoundName(j.FirstRound) ?? "no round"}; {Moved(j.Plan)})", $"{j.Participant.DisplayName} 加入（从{RoundName(j.FirstRound) ?? "无轮次"}起；{Moved(j.Plan)}）"),
    ParticipantLeft l => T($"{names[l.Participant]} leaves (last {RoundName(l.LastRound) ?? "none"}; {Moved(l.Plan)})", $"{names[l.Participant]} 离开（最后一轮：{RoundName(l.LastRound) ?? "无"}；{Moved(l.Plan)}）"),
    CafePhaseChanged { Plan: { } p } c => T($"{Labels.OfCommand(c.Command)}: {Labels.Of(c.From)} → {Labels.Of(c.To)}; seating planned from {RoundName(p.FromRound)} (repeated pairs {p.Report?.RepeatedPairs}, revisits {p.Report?.TableRevisits})", $"{Labels.OfCommand(c.Command)}：{Labels.Of(c.From)} → {Labels.Of(c.To)}；从{RoundName(p.FromRound)}起排座（重复相遇 {p.Report?.RepeatedPairs}，重回同桌 {p.Report?.TableRevisits}）"),
    CafePhaseChanged c => T($"{Labels.OfCommand(c.Command)}: {Labels.Of(c.From)} → {Labels.Of(c.To)}{(c.Round is null ? string.Empty : $" ({RoundName(c.Round)})")}", $"{Labels.OfCommand(c.Command)}：{Labels.Of(c.From)} → {Labels.Of(c.To)}{(c.Round is null ? string.Empty : $"（{RoundName(c.Round)}）")}"),
    NoteAdded n => T($"{Labels.Of(ContributionKind.Note)} at {TableName(n.Note.Group)} by {Author(n.Note.Author, "anonymous")}: {n.Note.Text}", $"{TableName(n.Note.Group)}{Labels.Of(ContributionKind.Note)}，{Author(n.Note.Author, "匿名")}：{n.Note.Text}"),
    BriefingAdded b => T($"{Labels.Of(ContributionKind.Briefing)} at {TableName(b.Briefing.Group)} by {Author(b.Briefing.Author, "the facilitator")}", $"{TableName(b.Briefing.Group)}{Labels.Of(ContributionKind.Briefing)}，{Author(b.Briefing.Author, "引导师")}"),
    TimeWarningGiven w => T($"{Labels.OfCommand("TimeWarning")}, {RoundName(w.Round)}: {w.Remaining.TotalMinutes:0} minutes left", $"{Labels.OfCommand("TimeWarning")}，{RoundName(w.Round)}：还剩 {w.Remaining.TotalMinutes:0} 分钟"),
    RoundTimeUp t => T($"{Labels.OfCommand("TimeUp")}, {RoundName(t.Round)}", $"{Labels.OfCommand("TimeUp")}，{RoundName(t.Round)}"),
    HarvestItemAdded h => T($"{Labels.Of(h.Item.Kind)}: {h.Item.Text}", $"{Labels.Of(h.Item.Kind)}：{h.Item.Text}"),
    _ => e.GetType().Name,
};

string TableName(GroupId? table) => table is { } id ? tables.First(t => t.Id == id).Name : T($"the town hall", $"全体汇报");

string Moved(SeatingPlan? plan) => plan is null ? T($"no re-plan", $"不重新安排") : plan.Moved.IsEmpty ? T($"nobody else moves", $"其他人不动") : T($"re-planned, {plan.Moved.Length} moved: {string.Join("、", plan.Moved.Select(p => names.GetValueOrDefault(p, p.Value)))}", $"已重新安排，{plan.Moved.Length} 人换座：{string.Join("、", plan.Moved.Select(p => names.GetValueOrDefault(p, p.Value)))}");

string Author(ParticipantId? author, string otherwise) => author is { } a ? names[a] : otherwise;

static string? RoundName(Round? round) => round is { } r ? T($"round {r.Number}", $"第 {r.Number} 轮") : null;

internal sealed record Options(int People, int Tables, int Rounds, int Seed, string Out)
{
    public static Options? Parse(string[] args)
    {
        var o = new Options(29, 5, 4, 7, "cafe-output");
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            int Number() => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
            o = args[i] switch
            {
                "--people" => o with { People = Number() },
                "--tables" => o with { Tables = Number() },
                "--rounds" => o with { Rounds = Number() },
                "--seed" => o with { Seed = Number() },
                "--out" when value is not null => o with { Out = value },
                _ => null,
            };
            if (o is null)
            {
                return null;
            }

            i++;
        }

        return o.People >= 8 && o.People <= 2000 && o.Tables >= 2 && o.Tables * 3 <= o.People && o.Rounds >= 2 && o.Rounds <= 20 && o.Seed >= 0 ? o : null;
    }
}

internal static class Village
{
    // What the facilitator writes and the directors say, in the language the sample runs in.
    public static Prompt[] Questions => Chinese
        ? ["村级治理中最难的问题是什么？", "村民最需要的服务是什么？", "如何调动本地资源——人、文、地、产、景？", "怎样让年轻人愿意留在村里？", "村委会明年最想办成的一件事？"]
        : ["What are the hardest problems in governing a village?", "Which services do villagers need most?", "How do we mobilise local resources: people, culture, land, industry, scenery?", "How do we make young people want to stay?", "What is the one thing the committee most wants to achieve next year?"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];
    private static readonly string[] Given = ["建国", "秀英", "志强", "桂兰", "海燕", "德明", "春梅", "国华", "丽娟", "永福", "红霞", "文斌", "玉兰", "晓东", "淑珍", "立新", "金凤", "振华", "翠花", "长青"];
    private static readonly string[] Villages = ["桥北村", "柳树湾", "石门村", "东岗村", "河西村", "杏花村", "青山村", "白杨村", "南塘村", "龙泉村"];

    private static string[][] Notes => Chinese
        ?
        [
            ["村民会议难召集，外出的人多", "集体经济薄弱，办事没钱", "矛盾纠纷多，调解靠人情", "上级任务多，村干部疲于应付", "村务公开不到位，群众有疑虑"],
            ["老人照料和日间照护", "看病远，需要村卫生室", "孩子放学后没人管", "快递和农产品上行服务", "法律咨询和政策解读"],
            ["人：请乡贤和返乡青年出主意", "文：把老戏台和祠堂用起来", "地：盘活闲置宅基地", "产：合作社统一品牌", "景：山水适合做民宿和研学"],
            ["给返乡创业的年轻人免费场地", "村里要有网络和文化生活", "让年轻人进村两委", "培训电商直播"],
            ["修好通组道路", "建一个村级养老服务站", "成立村集体合作社", "把村规民约修订好"],
        ]
        :
        [
            ["Village meetings are hard to call: so many work away", "The collective economy is weak: no money to act", "Many disputes, settled by favours", "Too many tasks from above: cadres are worn out", "Village affairs are not open enough: people have doubts"],
            ["Care and day care for the elderly", "The doctor is far: we need a village clinic", "Nobody looks after children after school", "Parcel delivery and selling farm produce online", "Legal advice and explaining policies"],
            ["People: ask respected elders and returning young people", "Culture: use the old stage and the ancestral hall", "Land: put idle homesteads back to use", "Industry: one brand for the co-operative", "Scenery: hills and water for homestays and study trips"],
            ["Free space for young people who come home to start a business", "The village needs internet and cultural life", "Bring young people onto the village committees", "Training in live-stream selling"],
            ["Repair the roads between hamlets", "Build a village care station for the elderly", "Found a village collective co-operative", "Revise the village rules"],
        ];

    public static Participant[] Directors(int count, Random random)
    {
        var used = new HashSet<string>();
        var result = new Participant[count];
        for (var i = 0; i < count; i++)
        {
            string name;
            do
            {
                name = Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];
            }
            while (!used.Add(name) && used.Count < Surnames.Length * Given.Length);

            var village = Villages[i % Villages.Length];
            result[i] = new Participant($"主任-{i + 1:00}", name, [new("village", village)]);
        }

        return result;
    }

    public static string NoteFor(Prompt question, Random random)
    {
        var index = Array.IndexOf(Questions, question);
        var bank = Notes[index < 0 ? random.Next(Notes.Length) : index];
        return bank[random.Next(bank.Length)];
    }
}
