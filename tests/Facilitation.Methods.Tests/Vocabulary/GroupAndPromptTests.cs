namespace Facilitation.Methods.Tests.Vocabulary;

public class GroupAndPromptTests
{
    [Fact]
    public void Group_Defaults_AreDocumentedOnes()
    {
        var g = new Group("t1", 6);
        Assert.Equal("t1", g.Name);
        Assert.Null(g.Host);
        Assert.Null(g.Prompt);
        Assert.False(g.HasIdentity);
    }

    [Fact]
    public void Group_WithHostOrPrompt_HasIdentity()
    {
        Assert.True(new Group("t1", 6, host: "p01").HasIdentity);
        Assert.True(new Group("t1", 6, prompt: "What hurts most in village governance?").HasIdentity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Group_CapacityBelowOne_IsRejected(int capacity) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Group("t1", capacity));

    [Fact]
    public void Prompt_EqualityIsByText()
    {
        Assert.Equal(new Prompt("Why?"), (Prompt)"Why?");
        Assert.NotEqual(new Prompt("Why?"), new Prompt("why?"));
    }

    [Fact]
    public void Prompt_TooLong_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new Prompt(new string('?', Limits.MaxPromptLength + 1)));

    [Fact]
    public void Round_CountsFromOne()
    {
        Assert.Equal(1, Round.First.Number);
        Assert.Equal(0, Round.First.Index);
        Assert.Equal(new Round(2), Round.First.Next());
        Assert.True(new Round(2) > Round.First);
        Assert.Equal("Round 3", new Round(3).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new Round(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Round(Limits.MaxRounds + 1));
    }
}
