namespace Facilitation.Methods.Tests.Vocabulary;

public class SeatingTests
{
    private static Seating CreateSut() => new(Round.First, new Dictionary<GroupId, IEnumerable<ParticipantId>>
    {
        ["t1"] = [(ParticipantId)"h1", "a", "b"],
        ["t2"] = [(ParticipantId)"h2", "c"],
        ["t3"] = [],
    });

    [Fact]
    public void Seating_AnswersWhoSitsWhere()
    {
        var seating = CreateSut();
        Assert.Equal(new GroupId("t1"), seating.GroupOf("a"));
        Assert.Null(seating.GroupOf("zz"));
        Assert.Equal(5, seating.SeatedCount);
        Assert.Equal(["t1", "t2", "t3"], seating.Groups.Select(g => g.Value));
        Assert.Empty(seating.MembersOf("t3"));
        Assert.Empty(seating.MembersOf("nowhere"));
    }

    [Fact]
    public void Seating_SamePersonTwice_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new Seating(Round.First, new Dictionary<GroupId, IEnumerable<ParticipantId>>
        {
            ["t1"] = [(ParticipantId)"a"],
            ["t2"] = [(ParticipantId)"a"],
        }));
        Assert.Contains("'a' is seated twice in Round 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seating_FindProblems_ReportsEveryBrokenRule()
    {
        var seating = CreateSut();
        Group[] groups = [new("t1", 2, host: "h1"), new("t2", 4, host: "h9"), new("t3", 4)];
        var problems = seating.FindProblems(groups, ["h1", "h9", "a", "b", "c", "d"]);
        Assert.Contains("Round 1: 't1' seats 3 people but holds only 2.", problems);
        Assert.Contains("Round 1: the host 'h9' must sit at their own group 't2'.", problems);
        Assert.Contains("Round 1: 'd' is present but not seated.", problems);
        Assert.Contains("Round 1: 'h9' is present but not seated.", problems);
        Assert.Contains("Round 1: 'h2' is seated but not present.", problems);
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void Seating_Valid_HasNoProblems()
    {
        Group[] groups = [new("t1", 3, host: "h1"), new("t2", 3, host: "h2"), new("t3", 3)];
        Assert.Empty(CreateSut().FindProblems(groups, ["h1", "h2", "a", "b", "c"]));
    }

    [Fact]
    public void Seating_Equality_IsByContent() => Assert.Equal(CreateSut(), CreateSut());
}
