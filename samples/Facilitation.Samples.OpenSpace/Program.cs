// A simulated Open Space day modelled on a rural-governance workshop: villagers post issues, two are merged,
// everyone signs up, the scheduler proposes the agenda, sessions run with people moving (law of two feet),
// reports reach the news room, a dot vote converges, and the book of proceedings is written as Markdown and JSON.
// Every random choice is seeded, so the run is the same every time. Usage: dotnet run [output-folder] [--culture zh-CN]
using System.Globalization;
using System.Text;
using Facilitation.Methods;
using Facilitation.Methods.OpenSpace;
using static SampleText;

Console.OutputEncoding = Encoding.UTF8;
args = SamplePrints.UseCulture(args);
var output = args.Length > 0 ? args[0] : Path.Combine("out", "open-space");
var random = new Random(2026);
var day = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));
var clock = new SimulatedClock(day.AddMinutes(-30));

string[] surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"];
string[] given = ["秀英", "建国", "桂兰", "志强", "丽华", "海燕", "国平", "春梅", "德明", "小红", "文杰", "玉兰"];
string[] villages = ["桥北村", "东岭村", "柳溪村", "石门村"];
var people = Enumerable.Range(1, 24)
    .Select(i => new Participant($"p{i:00}", surnames[i % surnames.Length] + given[(i + (5 * (i / surnames.Length))) % given.Length], [new("village", villages[i % villages.Length])]))
    .ToList();
var host = Actor.Facilitator;

var design = new OpenSpaceDesign
{
    Theme = T($"How do we mobilise resources for village self-governance?", $"如何调动资源，推进村民自治？"),
    Sponsor = T($"Township government", $"镇政府"),
    FacilitatorName = T($"Facilitation team", $"引导团队"),
    NewsroomCoordinator = people[23].Id,
    Spaces =
    [
        new OpenSpaceSpace("hall", T($"Ancestral hall", $"祠堂"), 12),
        new OpenSpaceSpace("office", T($"Committee room", $"村委会议室"), 8),
        new OpenSpaceSpace("tree", T($"Under the old locust tree", $"老槐树下"), 10, isAccessible: false),
        new OpenSpaceSpace("yard", T($"Threshing yard", $"晒谷场"), 15),
    ],
    Slots =
    [
        new OpenSpaceSlot(day.AddHours(1), TimeSpan.FromMinutes(75)),
        new OpenSpaceSlot(day.AddHours(2.5), TimeSpan.FromMinutes(75)),
        new OpenSpaceSlot(day.AddHours(5), TimeSpan.FromMinutes(75)),
    ],
    Participants = [.. people],
};

var session = OpenSpaceSession.Create(design, new SessionOptions { TimeProvider = clock });
var Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var eventCount = 0;
using var subscription = session.OnEvent(_ => eventCount++);

Console.WriteLine(T($"Theme: {design.Theme}", $"主题：{design.Theme}"));
Console.WriteLine(T($"{people.Count} participants, {design.Spaces.Length} spaces × {design.Slots.Length} slots", $"{people.Count} 位参与者，{design.Spaces.Length} 个空间 × {design.Slots.Length} 个时段"));
session.OpenCircle(host);
session.BeginAgendaSetting(host);

// The five resources (人文地产景) are the issues' categories, not words in their titles.
var resources = Facilitation.Methods.Workshops.ResourceCategories.FiveResources;
(string Id, string? Category, string Title)[] issues =
[
    ("people", "people", T($"Bringing young people back to village affairs", $"如何让外出青年回村参与治理？")),
    ("culture", "culture", T($"What can the clan hall and the village rules do?", $"祠堂和村规民约能做什么？")),
    ("land", "land", T($"Putting idle homesteads back to use", $"闲置宅基地怎么盘活？")),
    ("industry", "industry", T($"Where does the collective economy start?", $"村集体经济从哪里起步？")),
    ("coop", "industry", T($"Fair co-operative dividends", $"合作社怎么分红才公平？")),
    ("scenery", "scenery", T($"Can hills and water bring tourists?", $"山水资源能带来旅游吗？")),
    ("fund", null, T($"Open and transparent village funds", $"村级资金如何公开透明？")),
    ("elders", "people", T($"Who cares for the elders?", $"老人照护谁来做？")),
    ("digital", null, T($"Digital village: deciding in WeChat groups", $"数字乡村：微信群议事")),
    ("water", "land", T($"Maintaining irrigation", $"水利设施的维护")),
];
for (var i = 0; i < issues.Length; i++)
{
    var convener = people[i * 2];
    session.PostIssue(Actor.ForParticipant(convener.Id), issues[i].Id, issues[i].Title, category: issues[i].Category);
    var label = issues[i].Category is { } category ? $"[{resources.Get(category).LabelIn(CultureInfo.CurrentUICulture)}] " : string.Empty;
    Console.WriteLine(T($"  {convener.DisplayName} posts: {label}{issues[i].Title}", $"  {convener.DisplayName} 张贴议题：{label}{issues[i].Title}"));
}

session.OpenMarketplace(host);
session.MergeIssues(Actor.ForParticipant(people[6].Id), "industry", "coop", "economy", T($"The collective economy and co-operatives", $"集体经济与合作社"), people[6].Id);
Console.WriteLine(T($"  Two conveners merge the collective-economy and co-operative sessions.", $"  两位召集人合并了集体经济和合作社两场讨论。"));

var active = session.Issues.Where(i => i.IsActive).Select(i => i.Id).ToList();
foreach (var person in people)
{
    foreach (var issue in active.OrderBy(_ => random.Next()).Take(random.Next(2, 5)))
    {
        if (!session.Issues.Single(i => i.Id == issue).Interested.Contains(person.Id))
        {
            session.ExpressInterest(Actor.ForParticipant(person.Id), issue, person.Id);
        }
    }
}

var proposal = session.ProposeAgenda(new AgendaSchedulingOptions { Seed = 7 });
var score = proposal.Score;
Console.WriteLine(T($"Scheduler: clashes {score.ConvenerClashes}, unplaced {score.Unplaced}, co-interest conflicts {score.CoInterestConflicts}, room overflow {score.RoomOverflow}", $"排程：召集人冲突 {score.ConvenerClashes}，未安排 {score.Unplaced}，共同兴趣冲突 {score.CoInterestConflicts}，超出场地容量 {score.RoomOverflow}"));
session.AdoptAgenda(host, proposal);
var spaceNames = session.Spaces.ToDictionary(s => s.Id, s => s.Name);
foreach (var issue in session.Issues.Where(i => i.Cell is not null).OrderBy(i => i.Cell!.Value.Slot))
{
    Console.WriteLine(T($"  slot {issue.Cell!.Value.Slot}, {spaceNames[issue.Cell.Value.Space]}: {issue.Title} ({issue.Interested.Length} signed up)", $"  第 {issue.Cell!.Value.Slot} 时段，{spaceNames[issue.Cell.Value.Space]}：{issue.Title}（{issue.Interested.Length} 人报名）"));
}

for (var slot = 1; slot <= design.Slots.Length; slot++)
{
    clock.Now = design.Slots[slot - 1].Start;
    session.StartNextSlot(host);
    var running = session.Issues.Where(i => i.Cell?.Slot == slot).ToList();
    foreach (var person in people)
    {
        var wanted = running.Where(i => i.Interested.Contains(person.Id)).Select(i => i.Id).ToList();
        var convening = running.FirstOrDefault(i => i.Convener == person.Id);
        var choice = convening?.Id ?? (wanted.Count > 0 ? wanted[random.Next(wanted.Count)] : running[random.Next(running.Count)].Id);
        session.JoinSession(Actor.ForParticipant(person.Id), choice, person.Id);
    }

    clock.Now = clock.Now.AddMinutes(30);
    foreach (var person in people.Where(_ => random.Next(6) == 0))
    {
        var here = running.First(i => session.PresentIn(i.Id).Contains(person.Id));
        if (here.Convener == person.Id)
        {
            continue;
        }

        var elsewhere = running.Where(i => i.Id != here.Id).ToList();
        if (elsewhere.Count == 0 || random.Next(3) == 0)
        {
            session.LeaveSession(Actor.ForParticipant(person.Id), here.Id, person.Id);
            Console.WriteLine(T($"  slot {slot}: {person.DisplayName} leaves “{here.Title}” for tea (a butterfly)", $"  第 {slot} 时段：{person.DisplayName} 离开“{here.Title}”去喝茶（蝴蝶）"));
        }
        else
        {
            var next = elsewhere[random.Next(elsewhere.Count)];
            session.JoinSession(Actor.ForParticipant(person.Id), next.Id, person.Id);
            Console.WriteLine(T($"  slot {slot}: {person.DisplayName} moves from “{here.Title}” to “{next.Title}” (a bumblebee)", $"  第 {slot} 时段：{person.DisplayName} 从“{here.Title}”换到“{next.Title}”（蜜蜂）"));
        }
    }

    Console.WriteLine(T($"  slot {slot} live counts: ", $"  第 {slot} 时段现场人数：") + string.Join(T($"; ", $"；"), session.LiveCounts.OrderBy(kv => kv.Key).Select(kv => T($"“{TitleOf(kv.Key)}” {kv.Value}", $"“{TitleOf(kv.Key)}”{kv.Value} 人"))));
    foreach (var issue in running)
    {
        var present = session.PresentIn(issue.Id);
        session.SubmitReport(Actor.ForParticipant(issue.Convener), new SessionReport(
            issue.Id,
            T($"{present.Length} people discussed “{issue.Title}”. They mapped who holds which resource in the village and where the first small step could be.", $"{present.Length} 人讨论了“{issue.Title}”。大家梳理了村里谁掌握哪些资源，以及第一小步可以从哪里开始。"),
            present,
            [T($"Name one person in each village to follow up on “{issue.Title}”", $"每个村指定一人跟进“{issue.Title}”")],
            [T($"Report back at the next villagers' assembly", $"在下一次村民大会上汇报")]));
    }
}

session.ShareNews(Actor.ForParticipant(people[23].Id), T($"{session.Reports.Length} reports are on the news wall; read them over lunch.", $"新闻墙上已有 {session.Reports.Length} 份报告，午饭时可以看看。"));
session.BeginConvergence(host);
var leaver = people[21];
session.Depart(Actor.ForParticipant(leaver.Id), leaver.Id);
Console.WriteLine(T($"  {leaver.DisplayName} has to leave before the vote; everything they wrote stays.", $"  {leaver.DisplayName} 需在投票前离场；其写下的内容全部保留。"));
var votable = session.Issues.Where(i => i.IsActive).Select(i => i.Id).ToList();
foreach (var person in people.Where(p => !session.Departed.Contains(p.Id)))
{
    for (var dot = 0; dot < design.DotsPerParticipant; dot++)
    {
        session.CastDot(Actor.ForParticipant(person.Id), votable[random.Next(votable.Count)], person.Id);
    }
}

session.ClusterIssues(host, "money", T($"Money and the collective economy", $"资金与集体经济"), ["economy", "fund", "land"]);
session.ClusterIssues(host, "people", T($"People and care", $"人与照护"), ["people", "elders", "digital"]);
session.AppointInitiator(host, "money", people[6].Id);
session.AppointInitiator(host, "people", people[0].Id);
foreach (var issue in session.Issues.Where(i => i.IsActive).OrderByDescending(i => i.Dots))
{
    Console.WriteLine(T($"  {issue.Dots,2} dots  {issue.Title}", $"  {issue.Dots,2} 个圆点  {issue.Title}"));
}

session.BeginActionPlanning(host);
session.RecordAction(host, new ActionItem("a1", T($"Publish the village accounts every quarter", $"每季度公开村级账目"), people[12].Id, [people[6].Id, people[3].Id], T($"Ask the township for the account template", $"向镇里要账目公开模板"), new DateOnly(2026, 12, 12), "money"));
session.RecordAction(host, new ActionItem("a2", T($"A WeChat group for young people who work in the city", $"为在城里工作的年轻人建一个微信群"), people[0].Id, [people[16].Id], T($"Collect phone numbers at the Spring Festival", $"春节期间收集联系方式"), new DateOnly(2027, 2, 1), "people"));
session.BeginClosingCircle(host);
foreach (var person in people.Where(_ => random.Next(3) == 0))
{
    session.Speak(Actor.ForParticipant(person.Id), person.Id);
}

session.Close(host);

Directory.CreateDirectory(output);
var proceedings = session.BuildProceedings();
File.WriteAllText(Path.Combine(output, "proceedings.md"), proceedings.ToMarkdown(), Utf8);
File.WriteAllText(Path.Combine(output, "proceedings.json"), proceedings.ToJson(), Utf8);
File.WriteAllText(Path.Combine(output, "session.json"), session.Save(), Utf8);
Console.WriteLine(T($"Closed at version {session.Version} after {eventCount} events; {proceedings.Entries.Length} issues and {session.Reports.Length} reports in the proceedings.", $"在版本 {session.Version} 结束，共 {eventCount} 个事件；会议记录含 {proceedings.Entries.Length} 个议题和 {session.Reports.Length} 份报告。"));
Console.WriteLine(T($"Proceedings written to {Path.GetFullPath(output)}", $"会议记录已写入 {Path.GetFullPath(output)}"));
SamplePrints.OpenSpace(output, design, proceedings);

string TitleOf(ContributionId issue) => session.Issues.Single(i => i.Id == issue).Title;

/// <summary>A clock the simulation moves by hand, so the day's times look like a real day.</summary>
internal sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
