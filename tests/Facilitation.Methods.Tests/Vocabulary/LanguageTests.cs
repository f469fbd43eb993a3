using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Rotation;
using Facilitation.Methods.Workshops;
using Facilitation.Methods.WorldCafe;
using FluentValidation;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;
using BrainstormFixtures = Facilitation.Methods.Tests.Brainstorm.BrainstormFixtures;
using CafeFixture = Facilitation.Methods.Tests.WorldCafe.CafeFixture;
using OpenSpaceFixture = Facilitation.Methods.Tests.OpenSpace.OpenSpaceFixture;
using WorkshopFixture = Facilitation.Methods.Tests.Workshops.WorkshopFixture;

namespace Facilitation.Methods.Tests.Vocabulary;

/// <summary>Every human-facing text in Simplified Chinese and English: the resource files agree, refusals and validation follow the
/// session's culture (else the caller's UI culture), and nothing written in a language reaches an event or a saved document.</summary>
public partial class LanguageTests
{
    private static readonly CultureInfo Chinese = new("zh-CN");
    private static readonly CultureInfo English = new("en");

    /// <summary>Gets every neutral (English) resource file in the repository, relative to its root.</summary>
    public static TheoryData<string> ResourceFiles
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in Files())
            {
                data.Add(file);
            }

            return data;
        }
    }

    private static List<string> Files() =>
        [.. Directory.EnumerateFiles(Repository.Root, "*.resx", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !CulturePart().IsMatch(f))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void ResourceFiles_IncludeTheCoreAndThePrintingTexts()
    {
        var files = Files();
        Assert.Contains("src/Facilitation.Methods/Resources/Strings.resx", files);
        Assert.Contains("src/Facilitation.Methods.Printing/Resources/Strings.resx", files);
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Texts_EveryKeyInEveryLanguage_WithTheSamePlaceholders(string file)
    {
        var path = Repository.PathOf(file);
        var english = Read(path);
        Assert.NotEmpty(english);
        var translations = Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ".*.resx");
        Assert.Contains(translations, t => t.EndsWith(".zh-Hans.resx", StringComparison.Ordinal));
        foreach (var translation in translations)
        {
            var other = Read(translation);
            var name = Path.GetFileName(translation);
            Assert.Equal(english.Keys.Order(StringComparer.Ordinal), other.Keys.Order(StringComparer.Ordinal));
            foreach (var (key, text) in english)
            {
                Assert.True(Placeholders(text).SetEquals(Placeholders(other[key])), $"{file} / {name}: '{key}' has placeholders {string.Join(",", Placeholders(text))} in English but {string.Join(",", Placeholders(other[key]))} here");
                Assert.False(key.EndsWith(".One", StringComparison.Ordinal) && !english.ContainsKey(key[..^4] + ".Other"), $"{file}: '{key}' has no .Other form");
            }
        }

        static Dictionary<string, string> Read(string path) =>
            XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);
    }

    [Fact]
    public void Plurals_FollowTheLanguage_InTheBrainstormHarvest()
    {
        var (session, _) = Brainstorm(null);
        session.StartRound(Actor.Facilitator);
        session.AddIdea(Actor.ForParticipant("p1"), "一个想法 one idea", "people");
        Assert.Contains("1 idea from 1 round; phase: Generating.", BrainstormHarvest.ToMarkdown(session, English), StringComparison.Ordinal);
        Assert.Contains("1 轮共 1 个想法；阶段：产生想法。", BrainstormHarvest.ToMarkdown(session, Chinese), StringComparison.Ordinal);
        session.AddIdea(Actor.ForParticipant("p2"), "another", "land");
        session.EndRound(Actor.Facilitator);
        Assert.Contains("2 ideas from 1 round; phase: BetweenRounds.", BrainstormHarvest.ToMarkdown(session, English), StringComparison.Ordinal);
        Assert.Contains("阶段：轮间。", BrainstormHarvest.ToMarkdown(session, Chinese), StringComparison.Ordinal);
        Assert.Contains("## 想法", BrainstormHarvest.ToMarkdown(session, Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void Refusals_FollowTheSessionCulture_InTheCafe()
    {
        var clock = new FakeTimeProvider(CafeFixture.Start);
        var design = CafeFixture.Design();
        using var zh = WorldCafeSession.Create(design, new SessionOptions { TimeProvider = clock, Culture = Chinese }, CafeFixture.FastPlanner);
        using var en = WorldCafeSession.Create(design, new SessionOptions { TimeProvider = clock, Culture = English }, CafeFixture.FastPlanner);

        var phase = Assert.Throws<CommandRejectedException>(() => zh.AddNote(Actor.Facilitator, "T1", "note"));
        Assert.Equal(RejectionKind.WrongPhase, phase.Kind);
        Assert.Equal("会话处于 Design 阶段，不能执行 AddNote。", phase.Reason);
        Assert.StartsWith("AddNote 在阶段 Design 被拒绝：", phase.Message, StringComparison.Ordinal);
        Assert.Equal("AddNote is not possible while the session is in Design.", Assert.Throws<CommandRejectedException>(() => en.AddNote(Actor.Facilitator, "T1", "note")).Reason);

        zh.OpenCheckIn(Actor.Facilitator);
        en.OpenCheckIn(Actor.Facilitator);
        var newcomer = new Participant("n1", "新人");
        zh.Join(Actor.Facilitator, newcomer);
        en.Join(Actor.Facilitator, newcomer);
        Assert.Equal("“n1”已经在场。", Assert.Throws<CommandRejectedException>(() => zh.Join(Actor.Facilitator, newcomer)).Reason);
        Assert.Equal("'n1' is already here.", Assert.Throws<CommandRejectedException>(() => en.Join(Actor.Facilitator, newcomer)).Reason);
        Assert.Equal("命令期望的版本是 99，但会话已在版本 2；请重新读取会话后再发送。", Assert.Throws<CommandRejectedException>(() => zh.Welcome(Actor.Facilitator, new CommandOptions { ExpectedVersion = 99 })).Reason);
    }

    [Fact]
    public void Refusals_FollowTheSessionCulture_InOpenSpace()
    {
        var clock = new FakeTimeProvider(OpenSpaceFixture.Morning);
        using var zh = OpenSpaceSession.Create(OpenSpaceFixture.Design(), new SessionOptions { TimeProvider = clock, Culture = Chinese });
        using var en = OpenSpaceSession.Create(OpenSpaceFixture.Design(), new SessionOptions { TimeProvider = clock, Culture = English });
        foreach (var s in new[] { zh, en })
        {
            s.OpenCircle(OpenSpaceFixture.Host);
            s.BeginAgendaSetting(OpenSpaceFixture.Host);
            s.PostIssue(OpenSpaceFixture.P(1), "i1", "村集体经济");
        }

        Assert.Equal("编号为“i1”的议题已在墙上。", Assert.Throws<CommandRejectedException>(() => zh.PostIssue(OpenSpaceFixture.P(2), "i1", "again")).Reason);
        Assert.Equal("An issue with id 'i1' is already on the wall.", Assert.Throws<CommandRejectedException>(() => en.PostIssue(OpenSpaceFixture.P(2), "i1", "again")).Reason);
        Assert.Equal("议题标题不能为空或只含空白。", Assert.Throws<CommandRejectedException>(() => zh.PostIssue(OpenSpaceFixture.P(2), "i2", " ")).Reason);
    }

    [Fact]
    public void Refusals_FollowTheSessionCulture_InTheBrainstorm()
    {
        var (zh, _) = Brainstorm(Chinese);
        var (en, _) = Brainstorm(English);
        using (zh)
        using (en)
        {
            foreach (var s in new[] { zh, en })
            {
                s.StartRound(Actor.Facilitator);
                s.AddIdea(Actor.ForParticipant("p1"), "idea", "people");
            }

            Assert.Equal("产生想法期间不能执行 BeginVoting：评判要等各轮结束后再进行。", Assert.Throws<CommandRejectedException>(() => zh.BeginVoting(Actor.Facilitator)).Reason);
            Assert.Equal("BeginVoting is not possible while ideas are being generated: judgement is deferred until the rounds are over.", Assert.Throws<CommandRejectedException>(() => en.BeginVoting(Actor.Facilitator)).Reason);
            Assert.Equal("“x”不是类别之一：people, culture, land, industry, scenery。", Assert.Throws<CommandRejectedException>(() => zh.AddIdea(Actor.ForParticipant("p1"), "idea", "x")).Reason);
            Assert.Equal("需要选票；若要撤回，请传入空选票。", Assert.Throws<CommandRejectedException>(() => zh.CastDots(Actor.Facilitator, "p1", null!)).Reason);
            Assert.Equal("只有引导师或设计中指定的协同引导师可以发送 EndRound；参与者“p1”不可以。", Assert.Throws<CommandRejectedException>(() => zh.EndRound(Actor.ForParticipant("p1"))).Reason);
            Assert.Equal("only the facilitator or a co-facilitator named in the design may send EndRound; participant 'p1' may not.", Assert.Throws<CommandRejectedException>(() => en.EndRound(Actor.ForParticipant("p1"))).Reason);
        }
    }

    [Fact]
    public void Refusals_FollowTheSessionCulture_InTheWorkshop()
    {
        var clock = new FakeTimeProvider(WorkshopFixture.At(1, 8));
        using var zh = WorkshopSession.Create(WorkshopFixture.Design(), new SessionOptions { TimeProvider = clock, Culture = Chinese });
        using var en = WorkshopSession.Create(WorkshopFixture.Design(), new SessionOptions { TimeProvider = clock, Culture = English });
        Assert.Equal("会话处于 NotStarted 阶段，不能执行 CloseDay。", Assert.Throws<CommandRejectedException>(() => zh.CloseDay(Actor.Facilitator)).Reason);
        Assert.Equal("CloseDay is not possible while the session is in NotStarted.", Assert.Throws<CommandRejectedException>(() => en.CloseDay(Actor.Facilitator)).Reason);
    }

    [Fact]
    public void Refusals_WithoutACulture_FollowTheCallersUiCultureAtEachCall()
    {
        var (session, _) = Brainstorm(null);
        using (session)
        {
            var before = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentUICulture = Chinese;
                Assert.Equal("会话处于 Setup 阶段，不能执行 EndRound。", Assert.Throws<CommandRejectedException>(() => session.EndRound(Actor.Facilitator)).Reason);
                Assert.Equal("会话处于 Setup 阶段，不能执行 EndRound。", session.WhyRefused("EndRound"));
                CultureInfo.CurrentUICulture = English;
                Assert.Equal("EndRound is not possible while the session is in Setup.", Assert.Throws<CommandRejectedException>(() => session.EndRound(Actor.Facilitator)).Reason);
            }
            finally
            {
                CultureInfo.CurrentUICulture = before;
            }
        }
    }

    [Fact]
    public void SessionCulture_LeavesTheCallersUiCultureAsItWas()
    {
        var before = CultureInfo.CurrentUICulture;
        var (session, _) = Brainstorm(Chinese);
        using (session)
        {
            Assert.Throws<CommandRejectedException>(() => session.EndRound(Actor.Facilitator));
            Assert.NotNull(session.WhyRefused("EndRound"));
            Assert.Equal(before, CultureInfo.CurrentUICulture);
        }
    }

    [Fact]
    public void DesignValidation_FollowsTheSessionCulture()
    {
        var design = BrainstormFixtures.Design() with { Participants = [] };
        var zh = Assert.Throws<InvalidDesignException>(() => (object)BrainstormSession.Create(design, new SessionOptions { Culture = Chinese }));
        var en = Assert.Throws<InvalidDesignException>(() => (object)BrainstormSession.Create(design, new SessionOptions { Culture = English }));
        Assert.StartsWith("头脑风暴设计无法运行：", zh.Message, StringComparison.Ordinal);
        Assert.StartsWith("The brainstorm design cannot run:", en.Message, StringComparison.Ordinal);
        Assert.NotEqual(zh.Errors, en.Errors);
    }

    [Fact]
    public void RotationAndWorkshopValidation_SpeakTheUiCulture()
    {
        var problem = new RotationProblem { Participants = [new Participant("a")], Groups = [new Group("t", 4)], Rounds = 2 };
        using (TextCatalog.Use(Chinese))
        {
            Assert.Contains("轮换至少需要 2 名参与者；现有 1 名。", new RotationProblemValidator().Validate(problem).Errors.Select(e => e.ErrorMessage));
            Assert.Contains(new WorkshopDesignValidator().Validate(new WorkshopDesign { Title = "工作坊" }).Errors, e => e.ErrorMessage == "请至少添加一天。");
            Assert.StartsWith("$: 实例不是有效的 JSON（第 1 行", Assert.Throws<InvalidDesignException>(() => (object)RotationInstanceReader.Read("{")).Errors[0], StringComparison.Ordinal);
            Assert.Contains("$.rounds: 缺少；实例需要 \"rounds\"：要安排的轮数（含历史）。", Assert.Throws<InvalidDesignException>(() => (object)RotationInstanceReader.Read("{\"participants\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"tables\": [{\"id\": \"t\", \"capacity\": 2}]}")).Errors);
        }

        Assert.Contains("$.rounds: missing; the instance needs \"rounds\": the number of rounds to seat, history included.", Assert.Throws<InvalidDesignException>(() => (object)RotationInstanceReader.Read("{\"participants\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"tables\": [{\"id\": \"t\", \"capacity\": 2}]}")).Errors);

        Assert.Contains("A rotation needs at least 2 participants; it has 1.", new RotationProblemValidator().Validate(problem).Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void FluentValidationsOwnMessages_FollowTheSameCulture()
    {
        var validator = new InlineValidator<int>();
        validator.RuleFor(x => x).GreaterThan(5);
        using (TextCatalog.Use(Chinese))
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", validator.Validate(1).Errors[0].ErrorMessage);
        }

        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", validator.Validate(1).Errors[0].ErrorMessage);
    }

    /// <summary>The same commands, refused ones included, give byte-identical saved documents whatever the language: nothing written in
    /// a culture enters an event or the document, so a restore never depends on it.</summary>
    [Property(MaxTest = 25)]
    public void Save_IsByteIdentical_WhateverTheLanguage(byte[] steps)
    {
        var english = Run(steps, English);
        var chinese = Run(steps, Chinese);
        Assert.Equal(english, chinese);
        using var restored = BrainstormSession.Restore(chinese, new SessionOptions { Culture = English });
        Assert.Equal(english, restored.Save());

        static string Run(byte[] steps, CultureInfo culture)
        {
            var before = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = culture;
            try
            {
                var (s, clock) = Brainstorm(culture);
                using (s)
                {
                    var f = Actor.Facilitator;
                    Action<int>[] commands =
                    [
                        _ => s.StartRound(f),
                        i => s.AddIdea(Actor.ForParticipant($"p{i % 6 + 1}"), $"想法 idea {i}", BrainstormCategories.FiveResources[i % 5]),
                        i => s.AddIdea(Actor.ForParticipant($"p{i % 7 + 1}"), i % 2 == 0 ? " " : "x", "nowhere"),
                        _ => s.EndRound(f),
                        _ => s.BeginClarifying(f),
                        i => s.ClarifyIdea(f, $"idea-{i % 4 + 1}", "澄清 clarified"),
                        _ => s.BeginClustering(f),
                        i => s.AddCluster(f, i % 2 == 0 ? null : "主题 theme"),
                        i => s.PlaceIdea(f, $"idea-{i % 4 + 1}", $"cluster-{i % 3 + 1}"),
                        _ => s.BeginVoting(f),
                        i => s.CastDots(Actor.ForParticipant($"p{i % 6 + 1}"), $"p{i % 6 + 1}", new Dictionary<ContributionId, int> { [$"idea-{i % 3 + 1}"] = 1 }),
                        _ => s.EndVoting(f),
                        i => s.Decide(f, [$"idea-{i % 2 + 1}"], "决定 decided"),
                        _ => clock.Advance(TimeSpan.FromMinutes(3)),
                    ];
                    for (var i = 0; i < steps.Length; i++)
                    {
                        try
                        {
                            commands[steps[i] % commands.Length](i);
                        }
                        catch (CommandRejectedException)
                        {
                            // Refused commands leave nothing behind, in any language.
                        }
                    }

                    return s.Save();
                }
            }
            finally
            {
                CultureInfo.CurrentUICulture = before;
            }
        }
    }

    [Fact]
    public void Save_IsByteIdentical_ForACafeRunInEitherLanguage()
    {
        Assert.Equal(Run(English), Run(Chinese));

        static string Run(CultureInfo culture)
        {
            var clock = new FakeTimeProvider(CafeFixture.Start);
            using var cafe = WorldCafeSession.Create(CafeFixture.Design(), new SessionOptions { TimeProvider = clock, Culture = culture, Id = "cafe" }, new RotationPlanner(clock) { StepLimit = 300, Workers = 1 });
            var f = Actor.Facilitator;
            cafe.OpenCheckIn(f);
            cafe.Welcome(f);
            cafe.StartRound(f);
            cafe.StartConversation(f);
            cafe.AddNote(Actor.ForParticipant("p01"), "T1", "笔记 note");
            Assert.Throws<CommandRejectedException>(() => cafe.AddNote(f, "T9", "nowhere"));
            clock.Advance(TimeSpan.FromMinutes(30));
            return cafe.Save();
        }
    }

    private static (BrainstormSession Session, FakeTimeProvider Clock) Brainstorm(CultureInfo? culture)
    {
        var clock = new FakeTimeProvider(BrainstormFixtures.Start);
        return (BrainstormSession.Create(BrainstormFixtures.Design(), new SessionOptions { TimeProvider = clock, Culture = culture, Id = "storm" }), clock);
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\.[a-z]{2}(-[A-Za-z]+)?\.resx$")]
    private static partial Regex CulturePart();
}
