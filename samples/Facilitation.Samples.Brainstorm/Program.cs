// A seeded, simulated rural-governance workshop: twelve villagers brainwrite ideas framed by the five resources
// (people, culture, land, industry, scenery), the facilitator clusters them and marks duplicates, everyone dot-votes,
// and the sample prints the ranking and the Markdown harvest. Same seed, same output.
using System.Globalization;
using System.Text;
using Facilitation.Methods;
using Facilitation.Methods.Brainstorm;
using static SampleText;

Console.OutputEncoding = Encoding.UTF8;
args = SamplePrints.UseCulture(args);
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

const int Seed = 2026;
var random = new Random(Seed);
var clock = new WorkshopClock(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8)));

string[] names = ["王村长", "李书记", "张会计", "赵大姐", "陈老师", "刘师傅", "杨阿姨", "黄小妹", "周大哥", "吴奶奶", "郑技术员", "孙青年"];
var people = names.Select((n, i) => new Participant($"v{i + 1:00}", n)).ToList();

// The five resources: the library's preset keys in English, the characters a Chinese workshop writes on its wall.
string[] resources = [.. BrainstormCategories.FiveResources];
string[] categories = Chinese ? ["人", "文", "地", "产", "景"] : resources;
string Resource(string category) => resources[Array.IndexOf(categories, category)];
var design = new BrainstormDesign
{
    Title = T($"Village revitalisation brainstorm", $"乡村振兴头脑风暴"),
    Prompt = T($"How can our village put its five resources to work?", $"我们村的五种资源可以怎样用起来？"),
    Participants = [.. people],
    Categories = [.. categories],
    Rounds = [new GenerationRound(GenerationTechnique.Brainwriting) { TeamSize = 6, IdeasPerSheet = 3 }],
    EndRoundsWhenTimeIsUp = false, // the facilitator passes the sheets in this simulation
    Seed = Seed,
};

// What the villagers write, by resource, in the language the sample runs in.
var pool = new Dictionary<string, string[]>
{
    ["people"] = Chinese ? ["返乡青年创业扶持", "村民议事会每月开放日", "老人讲村史", "留守儿童周末课堂"] : ["Start-up help for young people coming home", "Monthly open village council", "Elders tell the village story", "Weekend classes for left-behind children"],
    ["culture"] = Chinese ? ["修复祠堂做村史馆", "端午龙舟节", "非遗竹编工坊"] : ["Restore the ancestral hall as a village museum", "Dragon-boat festival", "Bamboo-weaving heritage workshop"],
    ["land"] = Chinese ? ["闲置宅基地统一流转", "梯田认养", "土壤检测与有机认证"] : ["Pool idle homesteads for lease", "Adopt-a-terrace", "Soil tests and organic certification"],
    ["industry"] = Chinese ? ["茶叶合作社直播带货", "民宿联盟", "农产品冷链小站"] : ["Tea co-op live-stream sales", "Homestay alliance", "Cold-chain hub for produce"],
    ["scenery"] = Chinese ? ["环村绿道", "河道清理与观景台", "油菜花节"] : ["Greenway around the village", "Clean the river, build a viewing deck", "Rapeseed-flower festival"],
};
string[] builds = Chinese ? ["再加上", "结合", "先试点："] : ["and add:", "combined with", "pilot first:"];

using var session = BrainstormSession.Create(design, new SessionOptions { TimeProvider = clock });
session.OnEvent(e =>
{
    if (e is SheetsPassed passed)
    {
        Console.WriteLine(T($"  {e.OccurredAt:HH:mm}  sheets passed (pass {passed.Pass})", $"  {e.OccurredAt:HH:mm}  传纸（第 {passed.Pass} 传）"));
    }
});

Console.WriteLine($"# {design.Title}");
Console.WriteLine();
var facilitator = Actor.Facilitator;
var round = session.StartRound(facilitator);
Console.WriteLine(T($"Brainwriting 6-3-5 in {round.Teams!.Groups.Length} teams; question: {round.Prompt}", $"6-3-5 脑力书写，{round.Teams!.Groups.Length} 个小组；问题：{round.Prompt}"));
var teams = round.Teams;
var passes = teams.Groups.Max(g => teams.MembersOf(g).Length);
for (var pass = 0; pass < passes; pass++)
{
    foreach (var team in teams.Groups)
    {
        var members = teams.MembersOf(team);
        for (var i = 0; i < members.Length; i++)
        {
            var sheet = ((i - pass) % members.Length + members.Length) % members.Length + 1;
            var onSheet = session.Ideas.Where(x => x.Team == team && x.Sheet == sheet).ToList();
            // Most people write one idea per pass on the sheet they hold; some pause, a few write two (the sheet takes up to three).
            var writes = random.Next(10) switch { < 6 => 1, < 8 => 0, _ => 2 };
            for (var k = writes; k > 0; k--)
            {
                var category = design.Categories[random.Next(design.Categories.Length)];
                var text = pool[Resource(category)][random.Next(pool[Resource(category)].Length)];
                ContributionId? basis = null;
                if (onSheet.Count > 0 && random.Next(3) == 0)
                {
                    var above = onSheet[random.Next(onSheet.Count)];
                    basis = above.Id;
                    category = above.Category ?? category;
                    text = $"{builds[random.Next(builds.Length)]}{(Chinese ? string.Empty : " ")}{pool[Resource(category)][random.Next(pool[Resource(category)].Length)]}";
                }

                session.AddIdea(Actor.ForParticipant(members[i]), text, category, basis);
            }
        }
    }

    clock.Advance(TimeSpan.FromMinutes(5));
    if (pass + 1 < passes)
    {
        session.PassSheets(facilitator);
    }
}

session.EndRound(facilitator);
Console.WriteLine(T($"{session.Ideas.Length} ideas written.", $"共写下 {session.Ideas.Length} 个想法。"));

session.BeginClarifying(facilitator);
session.BeginClustering(facilitator);
var headings = new Dictionary<string, string>
{
    ["people"] = T($"People", $"人"),
    ["culture"] = T($"Culture", $"文"),
    ["land"] = T($"Land", $"地"),
    ["industry"] = T($"Industry", $"产"),
    ["scenery"] = T($"Scenery", $"景"),
};
var clusters = new Dictionary<string, string>();
foreach (var category in design.Categories)
{
    // Headings come late: the cluster is opened first and named once its ideas are on the wall.
    clusters[category] = session.AddCluster(facilitator);
}

var firstByText = new Dictionary<string, ContributionId>();
foreach (var idea in session.Ideas)
{
    session.PlaceIdea(facilitator, idea.Id, clusters[idea.Category!]);
    if (!firstByText.TryAdd(idea.Text, idea.Id))
    {
        session.MarkDuplicate(facilitator, idea.Id, firstByText[idea.Text]);
    }
}

foreach (var (category, cluster) in clusters)
{
    session.NameCluster(facilitator, cluster, headings[Resource(category)]);
}

var tourism = session.MergeClusters(facilitator, clusters[categories[1]], clusters[categories[4]]);
session.NameCluster(facilitator, tourism.Id, T($"Culture and scenery tourism", $"文旅融合"));
Console.WriteLine(T($"{session.Clusters.Length} clusters; {session.Ideas.Count(i => i.DuplicateOf is not null)} duplicates marked (kept in the record).", $"{session.Clusters.Length} 个归类；标记了 {session.Ideas.Count(i => i.DuplicateOf is not null)} 个重复（仍保留在记录中）。"));

var budget = session.BeginVoting(facilitator);
Console.WriteLine(T($"Dot vote: {session.Ballot.Length} ideas on the ballot, {budget} dots each.", $"圆点投票：选票上有 {session.Ballot.Length} 个想法，每人 {budget} 个圆点。"));
foreach (var person in people)
{
    var dots = new Dictionary<ContributionId, int>();
    for (var d = 0; d < budget; d++)
    {
        // Villagers favour ideas close to livelihoods: industry and land ideas are drawn twice as often.
        var pick = session.Ballot[random.Next(session.Ballot.Length)];
        var idea = session.Ideas.First(i => i.Id == pick);
        if (Resource(idea.Category!) is not ("industry" or "land") && random.Next(2) == 0)
        {
            pick = session.Ballot[random.Next(session.Ballot.Length)];
        }

        dots[pick] = dots.GetValueOrDefault(pick) + 1;
    }

    session.CastDots(Actor.ForParticipant(person.Id), person.Id, dots);
}

var result = session.EndVoting(facilitator);
Console.WriteLine();
Console.WriteLine(T($"## Ranked result (top 8; '=' marks a tie)", $"## 排名结果（前 8 名；“=”表示并列）"));
foreach (var score in result.Ranking.Take(8))
{
    var idea = session.Ideas.First(i => i.Id == score.Idea);
    Console.WriteLine(T($"{score.Rank,3}{(score.IsTied ? "=" : " ")} {score.Points,3} dots  [{idea.Category}] {idea.Text}", $"{score.Rank,3}{(score.IsTied ? "=" : " ")} {score.Points,3} 个圆点  [{idea.Category}] {idea.Text}"));
}

session.Decide(facilitator, result.Winners.Select(w => w.Idea).DefaultIfEmpty(result.Ranking[0].Idea), T($"Form a working group for each chosen idea before the next village council.", $"在下次村民议事会之前，为每个入选的想法成立一个工作小组。"));
session.Close(facilitator);
Console.WriteLine();
Console.WriteLine(T($"---- Markdown harvest ----", $"---- Markdown 收获 ----"));
Console.WriteLine();
Console.Write(BrainstormHarvest.ToMarkdown(session));
SamplePrints.Brainstorm(args.Length > 0 ? args[0] : Path.Combine("out", "brainstorm"), design, teams, session.Ideas, session.Result, session.Clusters, session.Decision);

/// <summary>A workshop clock the simulation moves by hand, so the run is the same every time.</summary>
internal sealed class WorkshopClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
