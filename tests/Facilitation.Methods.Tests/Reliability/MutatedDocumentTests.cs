using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Tests.Brainstorm;
using Facilitation.Methods.Tests.WorldCafe;
using Facilitation.Methods.WorldCafe;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;
using static Facilitation.Methods.Tests.OpenSpace.OpenSpaceFixture;

namespace Facilitation.Methods.Tests.Reliability;

/// <summary>
/// Structure-aware mutations of saved documents for every session type (the per-session tests mutate characters; these remove
/// fields, put values of the wrong type, negative, overflowing, huge or control-character values, unknown enum values, extra
/// fields and duplicated elements in, or truncate): restore either builds a session that saves and restores stably — the same
/// session as the original when only an extra field was added — or throws <see cref="SessionDocumentException"/>; never another
/// exception, never a hang.
/// </summary>
public class MutatedDocumentTests
{
    public const int Runs = 300;
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(30);

    private static Arbitrary<(int At, int How, int Pick)> Mutations { get; } =
        Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, DocumentMutator.Kinds - 1)).Zip(Gen.Choose(0, 1_000))
            .Select(m => (m.Item1.Item1, m.Item1.Item2, m.Item2)).ToArbitrary();

    private static readonly Lazy<string> SavedCafe = new(() =>
    {
        var (cafe, _) = CafeFixture.At(WorldCafePhase.Conversation);
        var seated = cafe.CurrentSeating!.MembersOf("T1")[^1];
        cafe.AddNote(Actor.ForParticipant(seated), "T1", "村民参与 — who decides?", options: CommandOptions.WithId("n1"));
        cafe.AddNote(Actor.ForParticipant(seated), "T1", "an anonymous worry", anonymous: true);
        cafe.ChangeRoundTime(Actor.Facilitator, TimeSpan.FromMinutes(3));
        return cafe.Save();
    });

    private static readonly Lazy<string> SavedBrainstorm = new(() =>
    {
        var (s, _) = BrainstormFixtures.InClustering(ideas: 6);
        var cluster = s.AddCluster(Actor.Facilitator, "Money");
        s.PlaceIdea(Actor.Facilitator, s.Ideas[0].Id, cluster);
        s.BeginVoting(Actor.Facilitator);
        s.CastDots(Actor.ForParticipant("p1"), "p1", new Dictionary<ContributionId, int> { [s.Ideas[0].Id] = 1, [s.Ideas[1].Id] = 1 });
        return s.Save();
    });

    private static readonly Lazy<string> SavedOpenSpace = new(() =>
    {
        var (session, clock) = InMarketplace();
        session.ExpressInterest(P(4), "i1", Id(4), options: CommandOptions.WithId("c-1"));
        session.MergeIssues(P(2), "i2", "i3", "m1", "青年与旅游", Id(3));
        session.StartNextSlot(Host);
        clock.Advance(TimeSpan.FromMinutes(20));
        session.JoinSession(P(4), "i1", Id(4));
        session.SubmitReport(P(1), new SessionReport("i1", "账目公开", [Id(1), Id(4)], ["每季度公示"], []));
        return session.Save();
    });

    [Property(MaxTest = Runs)]
    public Property Restore_MutatedCafeDocument_RestoresAnEquivalentSessionOrThrowsSessionDocumentException() =>
        Prop.ForAll(Mutations, m => Check(SavedCafe.Value, m, text =>
        {
            using var cafe = WorldCafeSession.Restore(text, new SessionOptions { TimeProvider = new FakeTimeProvider(CafeFixture.Start) }, CafeFixture.FastPlanner);
            _ = cafe.PermittedCommands;
            _ = cafe.ToHarvest();
            var saved = cafe.Save();
            using var again = WorldCafeSession.Restore(saved, new SessionOptions { TimeProvider = new FakeTimeProvider(CafeFixture.Start) }, CafeFixture.FastPlanner);
            return (saved, again.Save());
        }));

    [Property(MaxTest = Runs)]
    public Property Restore_MutatedBrainstormDocument_RestoresAnEquivalentSessionOrThrowsSessionDocumentException() =>
        Prop.ForAll(Mutations, m => Check(SavedBrainstorm.Value, m, text =>
        {
            using var session = BrainstormSession.Restore(text, new SessionOptions { TimeProvider = new FakeTimeProvider(BrainstormFixtures.Start) });
            _ = session.PermittedCommands;
            _ = session.CountVotes();
            var saved = session.Save();
            using var again = BrainstormSession.Restore(saved, new SessionOptions { TimeProvider = new FakeTimeProvider(BrainstormFixtures.Start) });
            return (saved, again.Save());
        }));

    [Property(MaxTest = Runs)]
    public Property Restore_MutatedOpenSpaceDocument_RestoresAnEquivalentSessionOrThrowsSessionDocumentException() =>
        Prop.ForAll(Mutations, m => Check(SavedOpenSpace.Value, m, text =>
        {
            var session = OpenSpaceSession.Restore(text, new SessionOptions { TimeProvider = new FakeTimeProvider(Morning) });
            _ = session.PermittedCommands;
            _ = session.BuildProceedings().ToMarkdown();
            var saved = session.Save();
            return (saved, OpenSpaceSession.Restore(saved, new SessionOptions { TimeProvider = new FakeTimeProvider(Morning) }).Save());
        }));

    [Theory]
    [InlineData("0001-01-01T00:00:00+00:00")]
    [InlineData("9999-12-31T23:59:00+00:00")]
    public void Restore_CafeRoundAtTheEdgeOfTheCalendar_ThrowsSessionDocumentException(string at)
    {
        // A round shortened to a minute, so its warning came at once; then every time in the document (events and notes) moved to one
        // edge of the calendar: the round's end, or its warning time, cannot be worked out there.
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Conversation);
        cafe.ChangeRoundTime(Actor.Facilitator, TimeSpan.FromMinutes(1) - cafe.Design.RoundDuration);
        clock.Advance(TimeSpan.FromSeconds(1));
        var saved = cafe.Save();
        Assert.Contains("\"timeWarningGiven\"", saved, StringComparison.Ordinal);
        var edited = System.Text.RegularExpressions.Regex.Replace(saved, "\"\\d{4}-\\d\\d-\\d\\dT[0-9:.]+(?:[+-]\\d\\d:\\d\\d|Z)\"", $"\"{at}\"");

        var e = Assert.Throws<SessionDocumentException>(() => WorldCafeSession.Restore(edited, new SessionOptions { TimeProvider = new FakeTimeProvider(CafeFixture.Start) }, CafeFixture.FastPlanner));

        Assert.Contains("outside the times a session can hold", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Restores the mutated document on a watchdog and classifies the outcome.</summary>
    private static Property Check(string original, (int At, int How, int Pick) m, Func<string, (string Saved, string SavedAgain)> restore)
    {
        var (text, description, extraFieldOnly) = DocumentMutator.Mutate(original, m.At, m.How, m.Pick);
        var attempt = Task.Run(() =>
        {
            try
            {
                return (Documents: restore(text), Error: (Exception?)null);
            }
            catch (Exception e)
            {
                return (Documents: (string.Empty, string.Empty), Error: e);
            }
        });
        if (!attempt.Wait(Watchdog))
        {
            return false.Label($"{description}: restore did not finish within {Watchdog.TotalSeconds} s");
        }

        if (attempt.Result.Error is { } e)
        {
            // The message length is not bounded here: a hostile event type name is echoed whole (docs/reliability.md, open findings).
            return (e is SessionDocumentException && e.Message.Length > 0)
                .Label($"{description}: threw {e.GetType().Name}: {Shorten(e.Message)}");
        }

        var (saved, savedAgain) = attempt.Result.Documents;
        return (saved == savedAgain).Label($"{description}: restored, but saving and restoring again changed the document")
            .And((!extraFieldOnly || saved == original).Label($"{description}: an extra field changed the restored session"));
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
