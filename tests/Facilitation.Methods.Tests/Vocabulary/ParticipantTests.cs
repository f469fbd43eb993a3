namespace Facilitation.Methods.Tests.Vocabulary;

public class ParticipantTests
{
    [Fact]
    public void Participant_WithoutName_ShowsId()
    {
        var p = new Participant("p07");
        Assert.Equal("p07", p.DisplayName);
        Assert.Empty(p.Attributes);
        Assert.Empty(p.Languages);
    }

    [Fact]
    public void Participant_CopiesAttributes_SoLaterEditsChangeNothing()
    {
        var attributes = new Dictionary<string, string> { ["village"] = "Qiaobei" };
        var p = new Participant("p01", "潘主任", attributes, ["zh"]);
        attributes["village"] = "Sanba";
        Assert.Equal("Qiaobei", p.GetAttribute("village"));
        Assert.Null(p.GetAttribute("department"));
        Assert.Equal("潘主任 (p01)", p.ToString());
    }

    [Fact]
    public void Participant_EqualityComparesContents()
    {
        var a = new Participant("p01", "Pan", new Dictionary<string, string> { ["village"] = "Qiaobei" }, ["zh", "en"]);
        var b = new Participant("p01", "Pan", new Dictionary<string, string> { ["village"] = "Qiaobei" }, ["zh", "en"]);
        var c = new Participant("p01", "Pan", new Dictionary<string, string> { ["village"] = "Sanba" }, ["zh", "en"]);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Participant_Languages_AreDistinctIgnoringCase_AndDecideWhoCanTalk()
    {
        var zh = new Participant("a", languages: ["zh", "ZH"]);
        var en = new Participant("b", languages: ["en"]);
        var both = new Participant("c", languages: ["en", "zh"]);
        var unknown = new Participant("d");
        Assert.Single(zh.Languages);
        Assert.False(zh.SharesLanguageWith(en));
        Assert.True(zh.SharesLanguageWith(both));
        Assert.True(en.SharesLanguageWith(unknown));
    }

    [Fact]
    public void Participant_TooManyAttributes_IsRejected()
    {
        var many = Enumerable.Range(0, Limits.MaxAttributes + 1).Select(i => KeyValuePair.Create($"k{i}", "v"));
        var e = Assert.Throws<ArgumentException>(() => new Participant("p", attributes: many));
        Assert.Contains("at most 32 attributes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Participant_BlankName_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new Participant("p", " "));
        Assert.Contains("display name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Participant_DefaultId_IsRejected() => Assert.Throws<ArgumentException>(() => new Participant(default(ParticipantId)));
}
