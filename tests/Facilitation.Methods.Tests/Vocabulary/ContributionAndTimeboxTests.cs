using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Vocabulary;

public class ContributionAndTimeboxTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Contribution_WithoutAuthor_IsAnonymous()
    {
        var note = new Contribution("c1", ContributionKind.Note, "Roads need repair", Start, group: "t1", round: Round.First);
        Assert.True(note.IsAnonymous);
        Assert.Equal("[Note] Roads need repair", note.ToString());
        var signed = new Contribution("c1", ContributionKind.Note, "Roads need repair", Start, author: "p01");
        Assert.False(signed.IsAnonymous);
        Assert.True(note.IsAnonymous);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n ")]
    [InlineData("bell\u0007")]
    public void Contribution_BadText_IsRejected(string text) =>
        Assert.Throws<ArgumentException>(() => new Contribution("c1", ContributionKind.Idea, text, Start));

    [Fact]
    public void Contribution_TextWithLineBreaks_IsAccepted() =>
        Assert.Equal("a\nb", new Contribution("c1", ContributionKind.Idea, "a\nb", Start).Text);

    [Fact]
    public void Contribution_UnknownKind_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Contribution("c1", (ContributionKind)99, "x", Start));

    [Fact]
    public void Timebox_RemainingTime_ComesFromTheClock()
    {
        var clock = new FakeTimeProvider(Start);
        var box = Timebox.StartNow(clock, TimeSpan.FromMinutes(20));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(TimeSpan.FromMinutes(15), box.Remaining(clock));
        Assert.Equal(TimeSpan.FromMinutes(5), box.Elapsed(clock));
        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(TimeSpan.Zero, box.Remaining(clock));
        Assert.Equal(TimeSpan.FromMinutes(20), box.Elapsed(clock));
        Assert.True(box.IsOver(clock));
    }

    [Fact]
    public void Timebox_Extend_ReturnsANewBox_AndNeverGoesNegative()
    {
        var box = new Timebox(Start, TimeSpan.FromMinutes(20));
        Assert.Equal(TimeSpan.FromMinutes(25), box.Extend(TimeSpan.FromMinutes(5)).Duration);
        Assert.Equal(TimeSpan.Zero, box.Extend(TimeSpan.FromMinutes(-50)).Duration);
        Assert.Equal(TimeSpan.FromMinutes(20), box.Duration);
        Assert.Equal(Start.AddMinutes(20), box.EndsAt);
    }

    [Fact]
    public void Timebox_NegativeOrHugeDuration_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Timebox(Start, TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Timebox(Start, TimeSpan.FromDays(8)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Timebox(Start, TimeSpan.Zero).Extend(TimeSpan.MaxValue));
    }

    [Fact]
    public void Actor_NamesWhoActs()
    {
        Assert.Equal("facilitator", Actor.Facilitator.ToString());
        var p = Actor.ForParticipant("p01");
        Assert.True(p.Is("p01"));
        Assert.False(p.Is("p02"));
        Assert.False(Actor.Facilitator.Is("p01"));
        Assert.Equal("participant 'p01'", p.ToString());
        Assert.Throws<ArgumentException>(() => Actor.ForParticipant(default));
    }

    [Fact]
    public void CommandRejectedException_MessageNamesPhaseCommandReasonAndAllowed()
    {
        var e = new CommandRejectedException("CheckIn", "StartRound", RejectionKind.WrongPhase, "The café has not opened yet.", ["OpenCafe", "AddParticipant"]);
        Assert.Equal("StartRound was refused in phase CheckIn: The café has not opened yet. Allowed now: OpenCafe, AddParticipant.", e.Message);
        Assert.IsAssignableFrom<FacilitationException>(e);
    }

    [Fact]
    public void InvalidDesignException_ListsEveryError()
    {
        var e = new InvalidDesignException("World Café design", ["Zero rounds.", "No tables."]);
        Assert.Equal(2, e.Errors.Length);
        Assert.Contains(" - Zero rounds.", e.Message, StringComparison.Ordinal);
        Assert.Contains(" - No tables.", e.Message, StringComparison.Ordinal);
    }
}
