using System.Buffers;
using System.Text;
using System.Text.Json;
using Facilitation.Methods.Sessions;
using Facilitation.Methods.Tests.WorldCafe;
using Facilitation.Methods.WorldCafe;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Sessions;

/// <summary>
/// The bounds the engine counts against the size cap for records it has not written yet (<see cref="RecordSize"/>), and the records it
/// writes when they are first read: never shorter than the JSON, the same bytes as written at once, and the same cap.
/// </summary>
public class RecordSizeTests
{
    private static readonly Actor Ana = Actor.ForParticipant("ana");

    // Texts whose JSON differs from their UTF-16: escapes, every script, the longest ones.
    private static readonly string[] Texts =
    [
        string.Empty, "We should keep the old well.", "She said \"no\" \\ twice", "tab\there\nnew line\r", "<b>&amp;</b> + `x` 'y'",
        "\u007F\u0085\u2028\u2029\u00A0\u200B\uFEFF", "茶话会：我们应该保留那口老井。", "😀👍🏽 family 👨‍👩‍👧", "Ünïcödé café naïve",
        new('"', Limits.MaxTextLength), new('汉', Limits.MaxTextLength), string.Concat(Enumerable.Repeat("😀", Limits.MaxTextLength / 2)),
        new('x', Limits.MaxTextLength),
    ];

    [Fact]
    public void Of_AnyCharacter_IsAtLeastWhatTheDocumentWriterWrites()
    {
        var buffer = new ArrayBufferWriter<byte>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                var text = new string((char)c, 3);
                Assert.True(RecordSize.Of(text) >= Written(buffer, text), $"U+{c:X4}");
            }
        }

        foreach (var text in Texts)
        {
            Assert.True(RecordSize.Of(text) >= Written(buffer, text), text);
        }

        Assert.Equal(4, RecordSize.Of((string?)null));
        Assert.Equal("\"We should keep the old well.\"".Length, RecordSize.Of(Texts[1]));
    }

    [Fact]
    public void CafeContributionBound_IsAtLeastItsRecord_WithEveryFieldAtItsLongest()
    {
        var rules = new WorldCafeRules(CafeFixture.Design());
        var codec = EventCodec<WorldCafeEvent>.For(WorldCafeJsonContext.Default.Options);
        var longId = new string('é', Limits.MaxIdLength);
        foreach (var text in Texts.Where(t => Identifier.FindTextProblem(t, "text", Limits.MaxTextLength) is null))
        {
            var full = new Contribution(new ContributionId(longId), ContributionKind.ActionItem, text, DateTimeOffset.MaxValue.ToOffset(TimeSpan.FromHours(-14)), new ParticipantId(longId), new GroupId(longId), new Round(Limits.MaxRounds))
            {
                Prompt = new Prompt(new string('"', Limits.MaxPromptLength)) { Category = new string('\\', Limits.MaxNameLength) },
                BuildsOn = new ContributionId(longId),
                Category = text,
                Owner = text,
                NextStep = text,
            };
            var bare = new Contribution(new ContributionId("c1"), ContributionKind.Note, text, default);
            foreach (var (e, named) in new (WorldCafeEvent, string)[]
            {
                (new NoteAdded(full, anonymous: true), "note"), (new NoteAdded(bare), "bare note"), (new BriefingAdded(full), "briefing"), (new HarvestItemAdded(full), "item"),
            })
            {
                Assert.True(rules.MaxDataLength(e) >= codec.Data(e).Length, $"{named}: {text[..Math.Min(20, text.Length)]}");
            }
        }
    }

    [Fact]
    public void BoundedRecords_AreWrittenWhenRead_AsTheSameBytesAsWrittenAtOnce()
    {
        var clock = new FakeTimeProvider(Tally.Start);
        using var atOnce = Tally.Create(clock);
        using var whenRead = Tally.Create(clock, boundRecords: true);
        foreach (var sut in new[] { atOnce, whenRead })
        {
            sut.Execute(Actor.Facilitator, new TallyStarted(TimeSpan.FromMinutes(5)), null);
        }

        for (var i = 0; i < Texts.Length; i++)
        {
            foreach (var sut in new[] { atOnce, whenRead })
            {
                sut.Execute(Ana, new TallyAdded(Texts[i].Length == 0 ? "x" : Texts[i], anonymous: i % 3 == 1), i % 2 == 0 ? CommandOptions.WithId($"id-{i}") : null);
            }

            clock.Advance(TimeSpan.FromMilliseconds(1234.5678));
            if (i == 4)
            {
                // Reading some records writes them; later ones are still written when read.
                Assert.Equal(Records(atOnce, 3), Records(whenRead, 3));
            }
        }

        // A retried id after the records were read returns the first event, and the log is unchanged.
        Assert.Same(whenRead.Events[1], whenRead.Execute(Ana, new TallyAdded(Texts[0].Length == 0 ? "x" : Texts[0], false), CommandOptions.WithId("id-0")));
        var document = atOnce.Save();
        Assert.Equal(document, whenRead.Save());
        Assert.Equal(Records(atOnce, 0), Records(whenRead, 0));
        using var restored = Tally.Restore(document, clock, boundRecords: true);
        Assert.Equal(document, restored.Save());
    }

    [Fact]
    public void SizeCap_WithBoundedRecords_RefusesTheSameCommandAsWithRecordsWrittenAtOnce()
    {
        // Chinese text takes 3 bytes a character and its bound 6: near the cap, the bounds alone would refuse too early.
        var text = new string('汉', Limits.MaxTextLength);
        var (accepted, document) = Fill(boundRecords: false);
        var (acceptedLazily, documentLazily) = Fill(boundRecords: true);
        Assert.Equal(accepted, acceptedLazily);
        Assert.True(accepted > Limits.MaxDocumentLength / (6 * Limits.MaxTextLength), $"{accepted} items");
        Assert.Equal(document, documentLazily);
        Assert.True(Encoding.UTF8.GetByteCount(document) <= Limits.MaxDocumentLength);

        (int Accepted, string Document) Fill(bool boundRecords)
        {
            var clock = new FakeTimeProvider(Tally.Start);
            using var sut = Tally.Create(clock, maxItems: int.MaxValue, boundRecords: boundRecords);
            sut.Execute(Actor.Facilitator, new TallyStarted(TimeSpan.FromMinutes(5)), null);
            for (var i = 0; ; i++)
            {
                try
                {
                    sut.Execute(Ana, new TallyAdded(text, false), null);
                }
                catch (CommandRejectedException e)
                {
                    Assert.Equal(RejectionKind.Conflict, e.Kind);
                    Assert.Contains("Limits.MaxDocumentLength", e.Reason, StringComparison.Ordinal);
                    return (i, sut.Save());
                }
            }
        }
    }

    [Fact]
    public void Cafe_FullOfNotes_RefusesTheNextNote_AndItsDocumentRestores()
    {
        var (cafe, clock) = CafeFixture.At(WorldCafePhase.Conversation);
        using (cafe)
        {
            var writer = cafe.CurrentSeating!.Groups.Select(t => (Table: t, Person: cafe.CurrentSeating.MembersOf(t)[0])).First();
            var actor = Actor.ForParticipant(writer.Person.Value);
            var text = new string('汉', Limits.MaxTextLength);
            var notes = 0;
            CommandRejectedException? refusal = null;
            while (refusal is null)
            {
                try
                {
                    cafe.AddNote(actor, writer.Table, text);
                    notes++;
                }
                catch (CommandRejectedException e)
                {
                    refusal = e;
                }
            }

            Assert.Contains("Limits.MaxDocumentLength", refusal.Reason, StringComparison.Ordinal);
            Assert.True(notes > Limits.MaxDocumentLength / (6 * Limits.MaxTextLength), $"{notes} notes");
            var document = cafe.Save();
            Assert.True(Encoding.UTF8.GetByteCount(document) <= Limits.MaxDocumentLength);
            Assert.True(Encoding.UTF8.GetByteCount(document) > Limits.MaxDocumentLength * 0.99, "the note was refused well before the cap");
            using var restored = WorldCafeSession.Restore(document, new SessionOptions { TimeProvider = clock });
            Assert.Equal(document, restored.Save());
        }
    }

    private static int Written(ArrayBufferWriter<byte> buffer, string text)
    {
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, SessionDocument.WriterOptions))
        {
            writer.WriteStringValue(text);
        }

        return buffer.WrittenCount;
    }

    private static List<(long, string, string)> Records(SessionEngine<TallyState, TallyEvent> sut, long after) =>
        [.. sut.GetEventRecords(after).Select(r => (r.Version, r.Type, r.Json))];
}
