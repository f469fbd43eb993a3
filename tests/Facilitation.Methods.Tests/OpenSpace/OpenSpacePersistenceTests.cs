using System.Text;
using Facilitation.Methods.OpenSpace;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;
using static Facilitation.Methods.Tests.OpenSpace.OpenSpaceFixture;

namespace Facilitation.Methods.Tests.OpenSpace;

public class OpenSpacePersistenceTests
{
    private static OpenSpaceSession BusySession()
    {
        var (session, clock) = InMarketplace(Design(days: 2, coordinator: Id(6)) with
        {
            Participants = [new Participant(Id(1), "王秀英", [new("village", "桥北")], ["zh"]), .. Enumerable.Range(2, 5).Select(i => new Participant(Id(i)))],
        });
        session.ExpressInterest(P(4), "i1", Id(4), options: CommandOptions.WithId("c-1"));
        session.MergeIssues(P(2), "i2", "i3", "m1", "青年与旅游", Id(3));
        session.AdoptAgenda(Host, session.ProposeAgenda(new AgendaSchedulingOptions { Iterations = 1_000 }));
        session.StartNextSlot(Host);
        clock.Advance(TimeSpan.FromMinutes(20));
        session.JoinSession(P(4), "i1", Id(4));
        session.SubmitReport(P(1), new SessionReport("i1", "账目公开", [Id(1), Id(4)], ["每季度公示"], []));
        return session;
    }

    [Fact]
    public void SaveRestore_MidSlot_BehavesIdentically()
    {
        var original = BusySession();
        var clock = new FakeTimeProvider(original.Events[^1].OccurredAt.AddMinutes(10));
        var restored = OpenSpaceSession.Restore(original.Save(), new SessionOptions { TimeProvider = clock });
        Assert.Equal(original.Save(), restored.Save());
        Assert.Equal(original.Phase, restored.Phase);
        Assert.Equal(original.Version, restored.Version);
        Assert.Equal<string>(original.PermittedCommands, restored.PermittedCommands);
        Assert.Equal(original.LiveCounts, restored.LiveCounts);
        Assert.Equal(original.BuildProceedings().ToMarkdown(), restored.BuildProceedings().ToMarkdown());
        Assert.Equal(TimeSpan.FromMinutes(60), restored.RemainingInSlot());
        Assert.Contains("王秀英", restored.Save(), StringComparison.Ordinal);

        // A retry of a command id remembered before saving is not applied again after restoring.
        restored.ExpressInterest(P(4), "i1", Id(4), options: CommandOptions.WithId("c-1"));
        Assert.Equal(original.Version, restored.Version);
        restored.StartNextSlot(Host);
        original.StartNextSlot(Host);
        Assert.Equal(original.Phase, restored.Phase);
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("{", "not valid JSON")]
    [InlineData("[]", "not a session document")]
    [InlineData("null", "not a session document")]
    public void Restore_Garbage_FailsWithAClearMessage(string document, string expected)
    {
        var e = Assert.Throws<SessionDocumentException>(() => OpenSpaceSession.Restore(document, null));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"formatVersion\":2", "\"formatVersion\":99", "Upgrade the library")]
    [InlineData("\"format\":\"Facilitation.Methods.Session\"", "\"format\":\"Other\"", "not a session document")]
    [InlineData("\"method\":\"openSpace\"", "\"method\":\"worldCafe\"", "not a openSpace session")]
    [InlineData("\"version\":1,", "\"version\":5,", "but 1 was expected")]
    [InlineData("\"dotsPerParticipant\":3", "\"dotsPerParticipant\":3,\"surprise\":true", "design is not valid")]
    [InlineData("\"dotsPerParticipant\":3", "\"dotsPerParticipant\":-3", "dots")]
    [InlineData("\"to\":\"OpeningCircle\"", "\"to\":\"Closed\"", "does not follow from the rules")]
    [InlineData("\"actor\":\"facilitator\"", "\"actor\":\"participant:p1\"", "does not follow from the rules: Only the facilitator")]
    public void Restore_TamperedDocument_FailsWithAClearMessage(string find, string replace, string expected)
    {
        var (session, _) = Create();
        session.OpenCircle(Host);
        var document = session.Save();
        Assert.Contains(find, document, StringComparison.Ordinal);
        var e = Assert.Throws<SessionDocumentException>(() => OpenSpaceSession.Restore(ReplaceFirst(document, find, replace), null));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_VersionOneDocument_IsUpgradedByReplay_AndSavedInTheCurrentFormat()
    {
        var document = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sessions", "Resources", "open-space-v1.json"));

        using var session = OpenSpaceSession.Restore(document, new SessionOptions { Id = "upgraded", TimeProvider = new FakeTimeProvider(Morning) });

        Assert.Equal(13, session.Version);
        Assert.Equal(OpenSpacePhase.SessionsRunning, session.Phase);
        Assert.Equal(1, session.CurrentSlot);
        Assert.Equal(OpenSpacePhase.Marketplace, Assert.IsType<SlotStarted>(session.Events[8]).From);
        Assert.Equal("村民讨论了基金的归属。", Assert.Single(session.Reports).WhatTookPlace);
        Assert.Equal("Lunch is at noon.", Assert.Single(session.News).Text);
        Assert.Equal(1, session.LiveCounts["i2"]);
        var saved = session.Save();
        Assert.Contains("\"formatVersion\":2", saved, StringComparison.Ordinal);
        Assert.Contains("村民讨论了基金的归属。", saved, StringComparison.Ordinal);
        using var again = OpenSpaceSession.Restore(saved, new SessionOptions { TimeProvider = new FakeTimeProvider(Morning) });
        Assert.Equal(saved, again.Save());

        // Version 1 kept command ids without their payload: a retry of one is a new command after the upgrade, and here it is refused as a repeat sign-up.
        Assert.Throws<CommandRejectedException>(() => session.ExpressInterest(P(4), "i1", Id(4), CommandOptions.WithId("p4-sign-1")));
    }

    [Fact]
    public void Restore_VersionOneDocumentThatBreaksARule_IsRefused()
    {
        var document = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sessions", "Resources", "open-space-v1.json"))
            .Replace("\"scribe\": \"p5\"", "\"scribe\": \"nobody\"", StringComparison.Ordinal);

        var e = Assert.Throws<SessionDocumentException>(() => OpenSpaceSession.Restore(document, null));

        Assert.Contains("does not follow from the rules", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_Truncated_Fails()
    {
        var document = BusySession().Save();
        Assert.Throws<SessionDocumentException>(() => OpenSpaceSession.Restore(document[..(document.Length / 2)], null));
    }

    [Property(MaxTest = 200)]
    public Property Restore_MutatedDocument_RestoresOrThrowsTheDocumentedException(PositiveInt position, char replacement, bool delete)
    {
        var document = Saved.Value;
        var at = position.Get % document.Length;
        var mutated = delete ? document.Remove(at, 1) : new StringBuilder(document) { [at] = replacement }.ToString();
        try
        {
            // A restored session behaves: it saves, and what it saves restores to the same bytes. The clock stands still (the saved
            // slot's time-up would otherwise fire on a timer thread between the two saves).
            var clock = new FakeTimeProvider(SavedAt.Value);
            using var restored = OpenSpaceSession.Restore(mutated, new SessionOptions { TimeProvider = clock });
            var saved = restored.Save();
            using var again = OpenSpaceSession.Restore(saved, new SessionOptions { TimeProvider = clock });
            return (again.Save() == saved).Label("restored, and its save round-trips");
        }
        catch (SessionDocumentException)
        {
            return true.Label("refused clearly");
        }
    }

    [Property(MaxTest = 30)]
    public Property SaveRestore_AnyPointOfARandomDay_RoundTrips(PositiveInt seed)
    {
        var session = OpenSpaceSchedulerTests.RandomMarketplace(seed.Get, 5, 2, 2, seed.Get % 5);
        var random = new Random(seed.Get);
        if (random.Next(2) == 0)
        {
            session.StartNextSlot(Host);
        }

        var document = session.Save();

        // On the session's clock: restored on the wall clock, a started slot would be long over and its timer would say so at once.
        var restored = OpenSpaceSession.Restore(document, new SessionOptions { TimeProvider = new FakeTimeProvider(Morning.AddHours(-1)) });
        return (restored.Save() == document).Label("same document")
            .And(restored.Phase == session.Phase && restored.Version == session.Version).Label("same phase and version");
    }

    private static readonly Lazy<(string Document, DateTimeOffset At)> Busy = new(() =>
    {
        using var session = BusySession();
        return (session.Save(), session.Events[^1].OccurredAt);
    });

    private static readonly Lazy<string> Saved = new(() => Busy.Value.Document);

    private static readonly Lazy<DateTimeOffset> SavedAt = new(() => Busy.Value.At);

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
