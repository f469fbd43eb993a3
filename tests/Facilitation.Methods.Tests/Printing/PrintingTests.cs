using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using FluentValidation;
using Facilitation.Methods.Harvesting;
using Facilitation.Methods.Printing;

namespace Facilitation.Methods.Tests.Printing;

public partial class PrintingTests
{
    private static readonly CultureInfo Chinese = new("zh-Hans");
    private static readonly CultureInfo English = new("en");

    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>",
        "\" onload=\"alert(2)",
        "' onmouseover='alert(3)",
        "</style><script>alert(4)</script>",
        "<img src=x onerror=alert(5)>",
        "\u202Eevil\u202C <svg onload=alert(6)>",
        "</title><iframe src=javascript:alert(7)>",
        "]]><!-- &amp; <b>bold</b>",
    ];

    private static PrintFixtures HostileFixtures => new(i => Hostile[i % Hostile.Length] + i.ToString(CultureInfo.InvariantCulture), i => Hostile[(i + 3) % Hostile.Length] + " 文本");

    public static TheoryData<string, string> Resources => new()
    {
        { "core", "Facilitation.Methods.Resources.Strings, Facilitation.Methods" },
        { "printing", "Facilitation.Methods.Printing.Resources.Strings, Facilitation.Methods.Printing" },
    };

    [Theory]
    [MemberData(nameof(Resources))]
    public void Texts_EveryKeyInBothLanguages_WithTheSamePlaceholders(string name, string resource)
    {
        var (baseName, assemblyName) = (resource.Split(", ")[0], resource.Split(", ")[1]);
        var assembly = AppDomain.CurrentDomain.GetAssemblies().SingleOrDefault(a => a.GetName().Name == assemblyName)
            ?? System.Reflection.Assembly.Load(assemblyName);
        var manager = new ResourceManager(baseName, assembly);
        var english = Read(manager, CultureInfo.InvariantCulture);
        var chinese = Read(manager, Chinese);
        Assert.True(english.Count > 20, $"{name}: the English texts were not found");
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in english)
        {
            Assert.True(Placeholders(text).SetEquals(Placeholders(chinese[key])), $"{name}: '{key}' has placeholders {string.Join(",", Placeholders(text))} in English but {string.Join(",", Placeholders(chinese[key]))} in Chinese");
            if (key.EndsWith(".One", StringComparison.Ordinal))
            {
                Assert.True(english.ContainsKey(key[..^4] + ".Other"), $"{name}: '{key}' has no .Other form");
            }
        }

        static Dictionary<string, string> Read(ResourceManager manager, CultureInfo culture) =>
            manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    [Fact]
    public void Plurals_FollowTheLanguage()
    {
        var fixtures = PrintFixtures.Village;
        var en = OpenSpaceWithSpeakers(1, English);
        Assert.Contains("Closing circle: 1 person spoke.", en, StringComparison.Ordinal);
        Assert.Contains("Closing circle: 2 people spoke.", OpenSpaceWithSpeakers(2, English), StringComparison.Ordinal);
        Assert.Contains("闭幕圆圈：1 人发言。", OpenSpaceWithSpeakers(1, Chinese), StringComparison.Ordinal);
        Assert.Contains("_Closing circle: 1 person spoke._", fixtures.Proceedings.ToMarkdown(English), StringComparison.Ordinal);
        Assert.Contains("_闭幕圆圈：1 人发言。_", fixtures.Proceedings.ToMarkdown(Chinese), StringComparison.Ordinal);
        Assert.Contains("### " + fixtures.Text(700) + "（3 票）", fixtures.Proceedings.ToMarkdown(Chinese), StringComparison.Ordinal);
        var result = BrainstormPrintables.Result(fixtures.Brainstorm, fixtures.Ideas, fixtures.Result, options: new PrintOptions { Culture = English });
        Assert.Contains("1 ballot", result, StringComparison.Ordinal);
        Assert.DoesNotContain("ballot(s)", result, StringComparison.Ordinal);
        Assert.Contains("8 ideas from 1 round", result, StringComparison.Ordinal);

        string OpenSpaceWithSpeakers(int speakers, CultureInfo culture) =>
            OpenSpacePrintables.Proceedings(fixtures.ProceedingsWithSpeakers(speakers), new PrintOptions { Culture = culture });
    }

    [Fact]
    public void Culture_ComesFromTheCurrentUICulture_WhenNoneIsGiven()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Chinese;
            Assert.Contains("第2轮", new CafePrintables(PrintFixtures.Village.Cafe, PrintFixtures.Village.Seatings).TableRosters(), StringComparison.Ordinal);
            Assert.Contains("## 第1轮", HarvestExport.ToTableRosters(PrintFixtures.Village.CafeHarvest), StringComparison.Ordinal);
            CultureInfo.CurrentUICulture = English;
            Assert.Contains("Round 2", new CafePrintables(PrintFixtures.Village.Cafe, PrintFixtures.Village.Seatings).TableRosters(), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void DesignValidators_AndFluentValidation_SpeakTheCurrentUICulture()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Chinese;
            Assert.Contains("请至少添加一张桌子。", new Facilitation.Methods.WorldCafe.WorldCafeDesignValidator().Validate(new Facilitation.Methods.WorldCafe.WorldCafeDesign()).Errors.Select(e => e.ErrorMessage));
            Assert.Contains("请在议程墙上至少添加一个讨论空间。", new Facilitation.Methods.OpenSpace.OpenSpaceDesignValidator().Validate(new Facilitation.Methods.OpenSpace.OpenSpaceDesign()).Errors.Select(e => e.ErrorMessage));
            Assert.Contains("请至少安排一轮想法生成。", new Facilitation.Methods.Brainstorm.BrainstormDesignValidator().Validate(new Facilitation.Methods.Brainstorm.BrainstormDesign()).Errors.Select(e => e.ErrorMessage));
            var own = new InlineValidator<string> { v => v.RuleFor(x => x.Length).GreaterThan(3) }.Validate("ab");
            Assert.Contains("必须大于", Assert.Single(own.Errors).ErrorMessage, StringComparison.Ordinal); // FluentValidation's built-in Chinese
            CultureInfo.CurrentUICulture = English;
            Assert.Contains("Add at least one table.", new Facilitation.Methods.WorldCafe.WorldCafeDesignValidator().Validate(new Facilitation.Methods.WorldCafe.WorldCafeDesign()).Errors.Select(e => e.ErrorMessage));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Dates_AndTimes_AreFormattedForTheLanguage()
    {
        var zh = OpenSpacePrintables.Proceedings(PrintFixtures.Village.Proceedings, new PrintOptions { Culture = Chinese });
        Assert.Contains("2026年11月28日", zh, StringComparison.Ordinal);
        var en = OpenSpacePrintables.Proceedings(PrintFixtures.Village.Proceedings, new PrintOptions { Culture = new CultureInfo("en-US") });
        Assert.Contains("Saturday, November 28, 2026", en, StringComparison.Ordinal);
    }

    [Fact]
    public void RouteCards_ShowTimeTableQuestionHostAndLateArrivalAndDeparture()
    {
        var f = PrintFixtures.Village;
        var html = new CafePrintables(f.Cafe, f.Seatings, f.Participants, new PrintOptions { Culture = English, FirstRoundStart = PrintFixtures.Start, BreakBetweenRounds = TimeSpan.FromMinutes(10) }).RouteCards();
        var document = new HtmlParser().ParseDocument(html);
        var cards = document.QuerySelectorAll(".card").ToDictionary(c => c.QuerySelector("h2")!.TextContent);
        Assert.Equal(PrintFixtures.People, cards.Count);
        var host = cards[f.Name(0)].TextContent;
        Assert.Equal(PrintFixtures.Rounds, Regex.Count(host, "you host this table"));
        Assert.Contains(f.Text(0), host, StringComparison.Ordinal);
        Assert.Contains("9:30", host, StringComparison.Ordinal); // round 2 starts after 20 minutes and a 10-minute break
        Assert.DoesNotContain("you host", cards[f.Name(5)].TextContent, StringComparison.Ordinal);
        Assert.Contains("Arrives for Round 2", cards[f.Name(12)].TextContent, StringComparison.Ordinal);
        Assert.Contains("Leaves after Round 2", cards[f.Name(11)].TextContent, StringComparison.Ordinal);
        Assert.Contains("away", cards[f.Name(11)].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Printables_WithHostileText_InjectNoElementOrAttribute()
    {
        var f = HostileFixtures;
        var parser = new HtmlParser();
        foreach (var culture in new[] { English, Chinese })
        {
            foreach (var (name, html, _, _) in f.Printables(new PrintOptions { Culture = culture }))
            {
                var document = parser.ParseDocument(html);
                var elements = document.All.ToList();
                Assert.DoesNotContain(elements, e => e.LocalName is "script" or "img" or "iframe" or "svg" && e.ParentElement?.LocalName is not ("section" or "div"));
                Assert.DoesNotContain(elements, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "src"));
                Assert.Single(document.QuerySelectorAll("style"));
                Assert.Equal(["meta", "meta", "title", "style"], document.Head!.Children.Select(e => e.LocalName));
                Assert.DoesNotContain(elements, e => !Allowed.Contains(e.LocalName));
                Assert.DoesNotContain('\u202E', html);
                Assert.True(document.Body!.TextContent.Contains("<script>alert(", StringComparison.Ordinal), $"{name}: the hostile text should be shown as text");
            }

            foreach (var (name, svg) in f.Pictures(new PrintOptions { Culture = culture }))
            {
                var xml = XDocument.Parse(svg); // well-formed XML, or this throws
                Assert.All(xml.Descendants(), e => Assert.Contains(e.Name.LocalName, SvgAllowed));
                Assert.All(xml.Descendants(), e => Assert.DoesNotContain(e.Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal)));
                Assert.Contains(xml.Descendants().Select(e => e.Value), v => v.Contains("<script>", StringComparison.Ordinal) || v.Contains("onload", StringComparison.Ordinal) || v.Contains("<img", StringComparison.Ordinal));
                Assert.DoesNotContain('\u202E', svg);
                _ = name;
            }
        }
    }

    [Fact]
    public void Csv_StartsWithAByteOrderMark_AndDisarmsFormulas()
    {
        var at = PrintFixtures.Start;
        string[] dangerous = ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"];
        var harvest = Harvest.Collect("t", dangerous.Select((d, i) => new Contribution($"c{i}", ContributionKind.Note, d, at)), [], [], [], []);
        var csv = HarvestExport.ToCsv(harvest, English);
        Assert.Equal('\uFEFF', csv[0]);
        Assert.Equal("question,table,round,kind,text,author,owner,next step,recorded at", csv[1..csv.IndexOf('\r', StringComparison.Ordinal)]);
        Assert.Contains(",Note,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",", csv, StringComparison.Ordinal);
        Assert.Contains(",'+1,", csv, StringComparison.Ordinal);
        Assert.Contains(",'-2,", csv, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(A1),", csv, StringComparison.Ordinal);
        Assert.Contains(",'\tx,", csv, StringComparison.Ordinal);
        Assert.Contains(",\"'\rx\",", csv, StringComparison.Ordinal);
        Assert.StartsWith("\uFEFF问题,桌,轮次", HarvestExport.ToCsv(harvest, Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void ZoomBreakout_WritesOneRowPerSeatedPerson_EmailsFromTheMapFirst()
    {
        var f = PrintFixtures.Village;
        var csv = ZoomBreakout.ToCsv(f.Seatings[1], f.Cafe.Tables, f.Participants, new Dictionary<ParticipantId, string> { ["p0"] = "=host@example.org" });
        var lines = csv.TrimEnd('\n', '\r').Split("\r\n");
        Assert.Equal("\uFEFFPre-assign Room Name,Email Address", lines[0]);
        Assert.Equal(f.Seatings[1].SeatedCount, lines.Length - 1);
        Assert.Contains("第1桌,'=host@example.org", lines);
        Assert.Contains("第1桌,p3@example.org", lines);
    }

    [Fact]
    public void ZoomBreakout_ListsEveryoneWithoutAnEmail()
    {
        var f = PrintFixtures.Village;
        var people = f.Participants.Select(p => p.Id.Value is "p4" or "p7" ? new Participant(p.Id, p.DisplayName) : p).ToList();
        var e = Assert.Throws<MissingEmailException>(() => ZoomBreakout.ToCsv(f.Seatings[0], f.Cafe.Tables, people, options: new PrintOptions { Culture = English }));
        Assert.Equal(["p4", "p7"], e.Participants.Select(p => p.Value).Order(StringComparer.Ordinal));
        Assert.Contains($"2 people in Round 1 have none: ", e.Message, StringComparison.Ordinal);
        Assert.Contains($"{f.Name(4)} (p4)", e.Message, StringComparison.Ordinal);
        Assert.Contains($"{f.Name(7)} (p7)", e.Message, StringComparison.Ordinal);
        Assert.Contains("'email' attribute", e.Message, StringComparison.Ordinal);
        var zh = Assert.Throws<MissingEmailException>(() => ZoomBreakout.ToCsv(f.Seatings[0], f.Cafe.Tables, people, options: new PrintOptions { Culture = Chinese }));
        Assert.Contains("第1轮有 2 人没有邮箱", zh.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_KeepsChineseReadable()
    {
        var json = HarvestExport.ToJson(PrintFixtures.Village.CafeHarvest);
        Assert.Contains("我们村最大的资源是什么？", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Pictures_DrawEveryTableMemberAndMarkHosts()
    {
        var f = PrintFixtures.Village;
        var cafe = new CafePrintables(f.Cafe, f.Seatings, f.Participants, new PrintOptions { Culture = English });
        var svg = XDocument.Parse(cafe.SeatingPicture(new Round(2)));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(PrintFixtures.Tables, svg.Descendants(ns + "circle").Count());
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.All(f.Seatings[1].Seated, p => Assert.Contains(texts, t => t.EndsWith(f.Participants.Single(x => x.Id == p).DisplayName, StringComparison.Ordinal)));
        Assert.Equal(PrintFixtures.Tables, texts.Count(t => f.Participants.Any(p => t == "★ " + p.DisplayName)));
        var route = XDocument.Parse(cafe.RoutePicture("p12"));
        Assert.Single(route.Descendants(ns + "rect"), r => (string?)r.Attribute("stroke-dasharray") is not null); // away in round 1
    }

    private static readonly HashSet<string> SvgAllowed = ["svg", "title", "rect", "circle", "text", "g", "path"];

    private static readonly HashSet<string> Allowed = ["html", "head", "meta", "title", "style", "body", "section", "div", "h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "span", "strong", "b", "br", "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd", .. SvgAllowed];

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
