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

var design = new BrainstormDesign
{
    Title = "乡村振兴 · Village revitalisation brainstorm",
    Prompt = "我们村的五种资源可以怎样用起来？ How can our village put its five resources to work?",
    Participants = [.. people],
    Categories = BrainstormCategories.FiveResources,
    Rounds = [new GenerationRound(GenerationTechnique.Brainwriting) { TeamSize = 6, IdeasPerSheet = 3 }],
    EndRoundsWhenTimeIsUp = false, // the facilitator passes the sheets in this simulation
    Seed = Seed,
};

var pool = new Dictionary<string, string[]>
{
    ["people"] = ["返乡青年创业扶持 Start-up help for young people coming home", "村民议事会每月开放日 Monthly open village council", "老人讲村史 Elders tell the village story", "留守儿童周末课堂 Weekend classes for left-behind children"],
    ["culture"] = ["修复祠堂做村史馆 Restore the ancestral hall as a village museum", "端午龙舟节 Dragon-boat festival", "非遗竹编工坊 Bamboo-weaving heritage workshop"],
    ["land"] = ["闲置宅基地统一流转 Pool idle homesteads for lease", "梯田认养 Adopt-a-terrace", "土壤检测与有机认证 Soil tests and organic certification"],
    ["industry"] = ["茶叶合作社直播带货 Tea co-op live-stream sales", "民宿联盟 Homestay alliance", "农产品冷链小站 Cold-chain hub for produce"],
    ["scenery"] = ["环村绿道 Greenway around the village", "河道清理与观景台 Clean the river, build a viewing deck", "油菜花节 Rapeseed-flower festival"],
};
string[] builds = ["再加上 and add", "结合 combined with", "先试点 pilot first:"];

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
                var text = pool[category][random.Next(pool[category].Length)];
                ContributionId? basis = null;
                if (onSheet.Count > 0 && random.Next(3) == 0)
                {
                    var above = onSheet[random.Next(onSheet.Count)];
                    basis = above.Id;
                    category = above.Category ?? category;
                    text = $"{builds[random.Next(builds.Length)]} {pool[category][random.Next(pool[category].Length)]}";
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
    ["people"] = "人 People",
    ["culture"] = "文 Culture",
    ["land"] = "地 Land",
    ["industry"] = "产 Industry",
    ["scenery"] = "景 Scenery",
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
    session.NameCluster(facilitator, cluster, headings[category]);
}

var tourism = session.MergeClusters(facilitator, clusters["culture"], clusters["scenery"]);
session.NameCluster(facilitator, tourism.Id, "文旅融合 Culture and scenery tourism");
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
        if (idea.Category is not ("industry" or "land") && random.Next(2) == 0)
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

session.Decide(facilitator, result.Winners.Select(w => w.Idea).DefaultIfEmpty(result.Ranking[0].Idea), "Form a working group for each chosen idea before the next village council.");
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
