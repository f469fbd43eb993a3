using System.Collections.Immutable;
using System.Globalization;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.Harvesting;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Printing;
using Facilitation.Methods.WorldCafe;
using Facilitation.Methods.Workshops;

namespace Facilitation.Methods.Tests.Printing;

/// <summary>Small sessions' read models for the printables: a café of 13 (one arrives late, one leaves early), an open-space day, a 6-3-5 brainstorm. Shared with the browser tests.</summary>
/// <param name="Name">Gives person i's display name.</param>
/// <param name="Text">Gives the i-th free text (questions, notes, titles).</param>
public sealed record PrintFixtures(Func<int, string> Name, Func<int, string> Text)
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡"];
    private static readonly string[] Given = ["芳", "强", "伟", "敏", "静", "磊", "洋", "艳", "军", "杰", "娟", "涛", "明"];
    private static readonly string[] Questions = ["我们村最大的资源是什么？", "如何让年轻人回来参与村务？", "集体经济怎样才能壮大？"];

    /// <summary>Gets the fixtures with ordinary Chinese names and texts.</summary>
    public static PrintFixtures Village { get; } = new(i => Surnames[i % Surnames.Length] + Given[(i * 5) % Given.Length], i => Questions[i % Questions.Length]);

    public const int People = 13;

    public const int Tables = 3;

    public const int Rounds = 3;

    public ImmutableArray<Participant> Participants => [.. Enumerable.Range(0, People).Select(i => new Participant($"p{i}", Name(i), [new("email", $"p{i}@example.org")]))];

    public WorldCafeDesign Cafe => new()
    {
        Title = Text(100),
        Participants = [.. Participants.Take(People - 1)],
        Tables = [.. Enumerable.Range(0, Tables).Select(t => new Group($"T{t + 1}", 5, host: $"p{t}", name: $"第{t + 1}桌"))],
        Questions = [.. Enumerable.Range(0, Tables).Select(t => new Prompt(Text(t)))],
        Rounds = Rounds,
        RoundDuration = TimeSpan.FromMinutes(20),
    };

    /// <summary>Gets three rounds: hosts p0–p2 stay; p12 arrives for round 2; p11 leaves after round 2.</summary>
    public ImmutableArray<Seating> Seatings
    {
        get
        {
            var seatings = ImmutableArray.CreateBuilder<Seating>();
            for (var r = 1; r <= Rounds; r++)
            {
                var travellers = Enumerable.Range(Tables, People - Tables)
                    .Where(i => !(i == 12 && r == 1) && !(i == 11 && r == 3))
                    .ToList();
                var tables = Enumerable.Range(0, Tables).Select(t => new List<ParticipantId> { $"p{t}" }).ToList();
                for (var k = 0; k < travellers.Count; k++)
                {
                    tables[(k + (r * (k / Tables))) % Tables].Add($"p{travellers[k]}");
                }

                seatings.Add(new Seating(new Round(r), tables.Select((m, t) => new KeyValuePair<GroupId, IEnumerable<ParticipantId>>($"T{t + 1}", m))));
            }

            return seatings.ToImmutable();
        }
    }

    public Harvest CafeHarvest
    {
        get
        {
            var design = Cafe;
            var notes = new List<Contribution>();
            var n = 0;
            foreach (var seating in Seatings)
            {
                foreach (var table in seating.Groups)
                {
                    var t = int.Parse(table.Value[1..], CultureInfo.InvariantCulture) - 1;
                    foreach (var author in seating.MembersOf(table).Take(2))
                    {
                        notes.Add(new Contribution($"c{n}", ContributionKind.Note, Text(200 + n), Start.AddMinutes(n), author, table, seating.Round) { Prompt = design.Questions[t] });
                        n++;
                    }
                }
            }

            notes.Add(new Contribution("insight", ContributionKind.Insight, Text(300), Start.AddHours(2)));
            notes.Add(new Contribution("action", ContributionKind.ActionItem, Text(301), Start.AddHours(2)) { Owner = Name(1), NextStep = Text(302) });
            return Harvest.Collect(design.Title, notes, design.Questions, design.Tables, Participants, Seatings);
        }
    }

    public OpenSpaceDesign OpenSpaceDay => new()
    {
        Theme = Text(400),
        Spaces = [new("S1", "大厅 Hall", 30), new("S2", "二楼 Room 2", 12), new("S3", "花园 Garden", 15)],
        Slots = [new(Start, TimeSpan.FromMinutes(75)), new(Start.AddMinutes(90), TimeSpan.FromMinutes(75)), new(Start.AddDays(1), TimeSpan.FromMinutes(75))],
        Participants = Participants,
    };

    /// <summary>Gets proceedings with five sessions on the wall over two days, one report, one cluster, one action and one speaker in the closing circle.</summary>
    public OpenSpaceProceedings Proceedings => ProceedingsWithSpeakers(1);

    /// <summary>Gets the same proceedings with another number of closing-circle speakers.</summary>
    /// <param name="closingCircleSpeakers">How many spoke in the closing circle.</param>
    /// <returns>The proceedings.</returns>
    public OpenSpaceProceedings ProceedingsWithSpeakers(int closingCircleSpeakers)
    {
        var issues = Enumerable.Range(0, 5).Select(i => new Issue(
            $"i{i}", Text(500 + i), $"p{i}", new AgendaCell((i % 3) + 1, $"S{(i % 3) + 1}"), i == 0 ? new ParticipantId("p7") : (ParticipantId?)null,
            [$"p{i}", $"p{i + 1}"], [], null, i + 1)).ToList();
        var entries = issues.Select((issue, i) => new ProceedingsEntry(
            issue, OpenSpaceDay.Spaces[i % 3].Name, OpenSpaceDay.Slots[i % 3],
            i == 0 ? new SessionReport(issue.Id, Text(600), ["p0", "p1"], [Text(601)], [Text(602)]) : null,
            i == 0 ? 1 : 0, 3, 1, 4)).ToImmutableArray();
        return new OpenSpaceProceedings(
            Text(400), Name(9), Name(10), [DateOnly.FromDateTime(Start.DateTime), DateOnly.FromDateTime(Start.AddDays(1).DateTime)],
            OpenSpacePhase.Closed, 42, Participants, entries,
            [new IssueCluster("k1", Text(700), ["i0", "i1"], "p2")],
            [new ActionItem("a1", Text(701), "p3", ["p4"], Text(702), new DateOnly(2026, 12, 15))],
            [new NewsItem(Text(703), Start.AddHours(9), Actor.Facilitator)],
            closingCircleSpeakers);
    }

    public BrainstormDesign Brainstorm => new()
    {
        Title = Text(800),
        Prompt = Text(801),
        Participants = [.. Participants.Take(12)],
        Rounds = [new GenerationRound(GenerationTechnique.Brainwriting) { TeamSize = 6, IdeasPerSheet = 3 }],
        Categories = ["人", "地"],
    };

    /// <summary>Gets two teams of six.</summary>
    public Seating Teams => new(Round.First, [new("A", Enumerable.Range(0, 6).Select(i => new ParticipantId($"p{i}"))), new("B", Enumerable.Range(6, 6).Select(i => new ParticipantId($"p{i}")))]);

    public ImmutableArray<Idea> Ideas => [.. Enumerable.Range(0, 8).Select(i => new Idea($"d{i}", Text(900 + i), Round.First, Start.AddMinutes(i)) { Author = i % 3 == 0 ? (ParticipantId?)null : new ParticipantId($"p{i}"), Category = i % 2 == 0 ? "人" : "地" })];

    public BrainstormResult Result => new(VotingMethod.Dots, 1, [.. Ideas.Select((idea, i) => new IdeaScore(idea.Id, 8 - i, 1, i + 1, false))]);

    public ImmutableArray<Cluster> Clusters => [new Cluster("k1", Text(950), ["d0", "d1"])];

    /// <summary>Gets a two-day workshop of these people: opening and lecture, the café, then the Open Space and the closing.</summary>
    public WorkshopDesign Workshop => new()
    {
        Title = Text(1000),
        Organisers = [new Organiser(Name(9), "主办"), new Organiser(Name(10), "承办")],
        Facilitators = [new Facilitator(Name(10), FacilitatorRole.Lead), new Facilitator(Name(11))],
        Participants = [.. Participants.Select((p, i) => new Participant(p.Id, p.DisplayName, [.. p.Attributes, new("village", Villages[i % Villages.Length])]))],
        Days = [new WorkshopDay(Start.AddHours(-1), Start.AddHours(12)), new WorkshopDay(Start.AddDays(1).AddHours(-1), Start.AddDays(1).AddHours(9))],
        Blocks =
        [
            new WorkshopBlock("opening", BlockKind.Opening, Text(1001), Start.AddHours(-0.5), TimeSpan.FromMinutes(30)) { Place = "大厅 Hall" },
            new WorkshopBlock("lecture", BlockKind.Lecture, Text(1002), Start, TimeSpan.FromHours(2)) { Speaker = Name(12), Place = "大厅 Hall" },
            new WorkshopBlock("visit", BlockKind.FieldVisit, Text(1003), Start.AddHours(3), TimeSpan.FromHours(3)),
            WorkshopBlock.WorldCafe("cafe", Cafe.Title, Start.AddHours(9), TimeSpan.FromMinutes(90), Cafe) with { Facilitator = Name(10) },
            WorkshopBlock.OpenSpace("open-space", Text(400), Start.AddDays(1), TimeSpan.FromHours(6), OpenSpaceDay with { Slots = [new(Start.AddDays(1), TimeSpan.FromMinutes(75)), new(Start.AddDays(1).AddMinutes(90), TimeSpan.FromMinutes(75))] }) with { Facilitator = Name(11) },
            new WorkshopBlock("closing", BlockKind.Closing, Text(1004), Start.AddDays(1).AddHours(7), TimeSpan.FromMinutes(45)),
        ],
        Resources = ResourceCategories.FiveResources,
    };

    /// <summary>Gets the workshop's book: the café and Open Space records, the café themes carried as issues, an inventory with gaps, and the action plan.</summary>
    public WorkshopBook WorkshopBook
    {
        get
        {
            var design = Workshop;
            var cafe = BlockRecord.FromCafe("cafe", CafeHarvest);
            var issues = Bridges.SuggestOpenSpaceIssues(cafe);
            var openSpace = BlockRecord.FromOpenSpace("open-space", Proceedings, issues);
            var inventory = ResourceInventory.Start(ResourceCategories.FiveResources);
            for (var i = 0; i < 12; i++)
            {
                inventory = inventory.List(Villages[i % Villages.Length], ResourceCategories.FiveResources.Keys[i % 5], Text(1100 + i));
            }

            var plan = ActionPlan.Empty.Add(Bridges.ToActionPlan(openSpace, design.Participants));
            var everyone = design.Participants.Select(p => p.Id).ToList();
            return WorkshopBook.Compose(design, [BlockRecord.Plain("opening", everyone), BlockRecord.Plain("lecture", everyone.Skip(1)), cafe, openSpace], issues, inventory, plan);
        }
    }

    private static readonly string[] Villages = ["连民村", "长溇村", "南厍村", "叶厍村"];

    /// <summary>Gets every printable, by name, with the number of A4 pages the data implies: exact for fixed layouts, a least number (its chapters each start a page) where the length follows the text.</summary>
    public IReadOnlyList<(string Name, string Html, int Pages, bool Exact)> Printables(PrintOptions options)
    {
        var cafe = new CafePrintables(Cafe, Seatings, Participants, options);
        const int cardsPerPage = 4; // RouteCards documents four cards per page for cafés of up to four rounds
        var questions = Cafe.Questions.Length;
        return
        [
            ("table-tents", cafe.TableTents(), Tables, true),
            ("route-cards", cafe.RouteCards(), (People + cardsPerPage - 1) / cardsPerPage, true),
            ("table-rosters", cafe.TableRosters(), Rounds, true),
            ("harvest-book", HarvestBook.ToHtml(CafeHarvest, options), 1 + Rounds + 1 + questions + 1, false), // cover, seatings, who met whom, questions, town hall
            ("agenda-poster", OpenSpacePrintables.AgendaPoster(OpenSpaceDay, Proceedings, options), 2, true), // two days
            ("proceedings", OpenSpacePrintables.Proceedings(Proceedings, options), 3, false), // sessions, convergence, action plans
            ("brainwriting-sheets", BrainstormPrintables.BrainwritingSheets(Brainstorm, Teams, options), 12, true), // a sheet per person
            ("workshop-programme", WorkshopPrintables.Programme(Workshop, options), 1, true),
            ("workshop-book", WorkshopPrintables.Book(WorkshopBook, options), 7, false), // cover, programme, who took part, outputs, carried, map, action plan
            ("brainstorm-result", BrainstormPrintables.Result(Brainstorm, Ideas, Result, Clusters, new BrainstormDecision(["d0"], Text(990)), options), 2, false), // result, all ideas
        ];
    }

    /// <summary>Gets every standalone picture, by name.</summary>
    public IReadOnlyList<(string Name, string Svg)> Pictures(PrintOptions options)
    {
        var cafe = new CafePrintables(Cafe, Seatings, Participants, options);
        return
        [
            ("seating-round-1", cafe.SeatingPicture(Round.First)),
            ("who-met-whom", cafe.WhoMetWhomPicture()),
            ("route-p12", cafe.RoutePicture("p12")),
        ];
    }
}
