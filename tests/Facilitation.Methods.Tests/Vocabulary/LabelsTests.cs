using System.Globalization;
using System.Reflection;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Rotation;
using Facilitation.Methods.Workshops;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Tests.Vocabulary;

/// <summary>The words people read for phases, commands and kinds: every value of every labelled enum has one in both languages,
/// and no two values of one enum read the same.</summary>
public class LabelsTests
{
    private static readonly CultureInfo[] Languages = [new("en"), new("zh-CN")];

    private static readonly MethodInfo Of = typeof(Labels).GetMethod(nameof(Labels.Of))!;

    [Fact]
    public void EveryPublicPhaseAndCommandEnum_IsLabelled()
    {
        var phasesAndCommands = typeof(Labels).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum && (t.Name.EndsWith("Phase", StringComparison.Ordinal) || t.Name.EndsWith("Command", StringComparison.Ordinal)));
        Assert.NotEmpty(phasesAndCommands);
        Assert.All(phasesAndCommands, t => Assert.Contains(t, Labels.LabelledTypes));
    }

    [Fact]
    public void EveryValue_HasADistinctLabel_InEveryLanguage()
    {
        foreach (var type in Labels.LabelledTypes)
        {
            foreach (var culture in Languages)
            {
                var labels = Enum.GetValues(type).Cast<object>().Select(v => (string)Of.MakeGenericMethod(type).Invoke(null, [v, culture])!).ToList();
                Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l), $"{type.Name} has an empty label in {culture}"));
                Assert.True(labels.Distinct(StringComparer.Ordinal).Count() == labels.Count, $"{type.Name} has two values with one label in {culture}: {string.Join(", ", labels)}");
            }
        }
    }

    [Theory]
    [InlineData("zh-CN", "交谈", "写便签", "投圆点", "实地参访")]
    [InlineData("en", "conversation", "add a note", "cast dots", "field visit")]
    [InlineData("zh-Hans-CN", "交谈", "写便签", "投圆点", "实地参访")]
    [InlineData("fr-FR", "conversation", "add a note", "cast dots", "field visit")]
    public void Labels_FollowTheCulture_AndFallBackToItsParentThenEnglish(string culture, string phase, string command, string vote, string block)
    {
        var ui = CultureInfo.GetCultureInfo(culture);
        Assert.Equal(phase, Labels.Of(WorldCafePhase.Conversation, ui));
        Assert.Equal(command, Labels.Of(WorldCafeCommand.AddNote, ui));
        Assert.Equal(vote, Labels.Of(BrainstormCommand.CastDots, ui));
        Assert.Equal(block, Labels.Of(BlockKind.FieldVisit, ui));
    }

    [Fact]
    public void WithoutACulture_TheCurrentUiCultureDecides()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("开放空间议题", Labels.Of(CarryKind.OpenSpaceIssue));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("Open Space issue", Labels.Of(CarryKind.OpenSpaceIssue));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void AnEnumWithoutLabels_OrAnUnnamedValue_IsRefusedByName()
    {
        var unlabelled = Assert.Throws<ArgumentException>(() => Labels.Of(StopReason.Bound));
        Assert.Contains(nameof(StopReason), unlabelled.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(WorldCafePhase), unlabelled.Message, StringComparison.Ordinal);
        var unnamed = Assert.Throws<ArgumentOutOfRangeException>(() => Labels.Of((OpenSpacePhase)99));
        Assert.Contains("99", unnamed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFiveResources_ReadInTheReadersLanguage_ACustomCategoryAsWritten()
    {
        var people = ResourceCategories.FiveResources.Get("people");
        Assert.Equal("人", people.LabelIn(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("人 People", people.LabelIn(CultureInfo.GetCultureInfo("en")));
        var water = new ResourceCategory("water", "Water", "水");
        Assert.Equal("水 Water", water.LabelIn(CultureInfo.GetCultureInfo("zh-CN")));
        var renamed = new ResourceCategory(people.Key, "Villagers", people.LocalName);
        Assert.Equal("人 Villagers", renamed.LabelIn(CultureInfo.GetCultureInfo("zh-CN")));
    }
}
