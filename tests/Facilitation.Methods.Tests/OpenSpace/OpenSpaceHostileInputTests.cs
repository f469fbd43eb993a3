using Facilitation.Methods.OpenSpace;
using static Facilitation.Methods.Tests.OpenSpace.OpenSpaceFixture;
using static Facilitation.Methods.Tests.OpenSpace.OpenSpaceRefusalTests;

namespace Facilitation.Methods.Tests.OpenSpace;

public class OpenSpaceHostileInputTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Create_WithASlotEndingBeyondTheCalendar_IsAnInvalidDesignNotACrash(int which)
    {
        // Found by the mutated-document property: a slot length of TimeSpan.MaxValue made the overlap check overflow.
        var design = Design();
        OpenSpaceSlot huge = which == 0
            ? new(Morning, TimeSpan.MaxValue)
            : new(DateTimeOffset.MaxValue - TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(90));
        var bad = design with { Slots = [huge, .. design.Slots] };

        var error = Assert.Throws<InvalidDesignException>(() => OpenSpaceSession.Create(bad));

        Assert.Contains(error.Errors, e => e.Contains("slot", StringComparison.OrdinalIgnoreCase));
        var (session, _) = InMarketplace();
        AssertRefused(session, () => session.AddSlot(Host, huge), OpenSpaceCommand.AddSlot, RejectionKind.InvalidInput);
    }

    [Fact]
    public void DesignWithoutAParticipantList_HasNobodyRegisteredYet_AndSavesAndRestores()
    {
        using var session = Create(Design() with { Participants = default }).Session;
        session.RegisterParticipant(Host, new Participant("late", "Late arrival"));

        var saved = session.Save();
        var withoutList = saved.Replace("\"participants\":[],", string.Empty, StringComparison.Ordinal);
        using var restored = OpenSpaceSession.Restore(withoutList, null);

        Assert.NotEqual(saved, withoutList);
        Assert.Equal(saved, restored.Save());
        Assert.Equal("late", Assert.Single(restored.Participants).Id.Value);
    }

    [Fact]
    public void Commands_WithHostilePayloads_AreRefusedAndChangeNothing()
    {
        var (session, _) = InMarketplace();
        AssertRefused(session, () => session.PostIssue(P(4), "big", new string('x', Limits.MaxPromptLength + 1)), OpenSpaceCommand.PostIssue, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.PostIssue(P(4), "ctl", "bell\u0007"), OpenSpaceCommand.PostIssue, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.PostIssue(P(4), "nul", null!), OpenSpaceCommand.PostIssue, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.PostIssue(P(4), default, "No id"), OpenSpaceCommand.PostIssue, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.RegisterParticipant(Host, null!), OpenSpaceCommand.RegisterParticipant, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.RegisterParticipant(Host, new Participant(Id(1))), OpenSpaceCommand.RegisterParticipant, RejectionKind.Conflict);
        AssertRefused(session, () => session.AddSpace(Host, new OpenSpaceSpace("huge", "Huge", 1_000_000)), OpenSpaceCommand.AddSpace, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.AddSpace(Host, null!), OpenSpaceCommand.AddSpace, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.AddSlot(Host, new OpenSpaceSlot(Morning.AddDays(1), TimeSpan.FromMinutes(-5))), OpenSpaceCommand.AddSlot, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.MoveIssue(Host, "i3", new AgendaCell(0, "s1")), OpenSpaceCommand.MoveIssue, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.MoveIssue(Host, "i3", new AgendaCell(1, "nowhere")), OpenSpaceCommand.MoveIssue, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.ExpressInterest(P(4), "missing", Id(4)), OpenSpaceCommand.ExpressInterest, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.ExpressInterest(P(4), "i1", Id(4), options: CommandOptions.WithId(" ")), OpenSpaceCommand.ExpressInterest, RejectionKind.InvalidInput);
        Assert.Throws<ArgumentNullException>(() => OpenSpaceSession.Create(null!));
        Assert.Throws<ArgumentNullException>(() => OpenSpaceSession.Restore(null!, null));
    }

    [Fact]
    public void SubmitReport_WithTooManyOrBlankItems_IsRefused()
    {
        var (session, _) = InMarketplace();
        session.StartNextSlot(Host);
        AssertRefused(session, () => session.SubmitReport(Host, new SessionReport("i1", "ok", [], [.. Enumerable.Repeat("r", 51)], [])), OpenSpaceCommand.SubmitReport, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.SubmitReport(Host, new SessionReport("i1", "ok", [], [" "], [])), OpenSpaceCommand.SubmitReport, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.SubmitReport(Host, new SessionReport("i1", "ok", default, [], [])), OpenSpaceCommand.SubmitReport, RejectionKind.InvalidInput);
        AssertRefused(session, () => session.SubmitReport(Host, null!), OpenSpaceCommand.SubmitReport, RejectionKind.InvalidInput);
    }

    [Fact]
    public async Task Commands_FromManyThreads_AreAllAppliedOnceWithGapFreeVersions()
    {
        var design = Design(participants: 40, spaces: 4, slots: 3);
        var (session, _) = Create(design);
        session.OpenCircle(Host);
        session.BeginAgendaSetting(Host);
        for (var i = 0; i < 10; i++)
        {
            session.PostIssue(Host, $"t{i}", $"Topic {i}", Id(i + 1));
        }

        session.OpenMarketplace(Host);
        var versions = new System.Collections.Concurrent.ConcurrentBag<long>();
        using var _ = session.OnEvent(e => versions.Add(e.Version));
        var start = session.Version;
        await Task.WhenAll(Enumerable.Range(1, 40).Select(p => Task.Run(() =>
        {
            for (var t = 0; t < 10; t++)
            {
                if (Id(p) != Id(t + 1))
                {
                    // Every sign-up is sent twice with the same command id: the retry must not count.
                    session.ExpressInterest(P(p), $"t{t}", Id(p), options: CommandOptions.WithId($"{p}-{t}"));
                    session.ExpressInterest(P(p), $"t{t}", Id(p), options: CommandOptions.WithId($"{p}-{t}"));
                }
            }
        })));
        Assert.Equal(start + 390, session.Version);
        Assert.All(session.Issues, i => Assert.Equal(40, i.Interested.Length));
        Assert.Equal(Enumerable.Range((int)start + 1, 390).Select(v => (long)v), versions.Order());
    }

    [Fact]
    public void SixteenParticipants_ReusingTheSameCommandIds_LoseNothingAndSwapNothing()
    {
        const int People = 16;
        const int Posts = 20;
        var (session, _) = Create(Design(participants: People));
        session.OpenCircle(Host);
        session.BeginAgendaSetting(Host);
        var start = session.Version;
        var accepted = new System.Collections.Concurrent.ConcurrentBag<string>();
        var refused = new System.Collections.Concurrent.ConcurrentBag<CommandRejectedException>();

        // Every participant uses the ids k0…k19, as every other participant does, and sends each post twice. An id belongs
        // to whoever used it first: everyone else is refused (Conflict), never handed the first poster's issue.
        var threads = Enumerable.Range(1, People).Select(p => new Thread(() =>
        {
            for (var k = 0; k < Posts; k++)
            {
                for (var attempt = 0; attempt < 2; attempt++)
                {
                    try
                    {
                        session.PostIssue(P(p), $"p{p}-{k}", $"Topic {k} of person {p}", options: CommandOptions.WithId($"k{k}"));
                        accepted.Add($"p{p}-{k}");
                    }
                    catch (CommandRejectedException e)
                    {
                        refused.Add(e);
                    }
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(start + Posts, session.Version);
        Assert.Equal(2 * People * Posts, accepted.Count + refused.Count);
        Assert.All(refused, e => Assert.Equal(RejectionKind.Conflict, e.Kind));
        Assert.All(refused, e => Assert.Contains("already used by someone else", e.Reason, StringComparison.Ordinal));
        Assert.Equal(accepted.Distinct().Order(), session.Issues.Select(i => i.Id.Value).Order());
        Assert.Equal(Enumerable.Range(0, Posts), session.Issues.Select(i => int.Parse(i.Id.Value.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.All(session.Issues, i => Assert.Equal($"Topic {i.Id.Value.Split('-')[1]} of person {i.Convener.Value[1..]}", i.Title));
        Assert.All(session.Issues, i => Assert.StartsWith(i.Convener.Value + "-", i.Id.Value, StringComparison.Ordinal));
        using var restored = OpenSpaceSession.Restore(session.Save(), null);
        Assert.Equal(session.Save(), restored.Save());
    }
}
