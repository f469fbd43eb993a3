using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Facilitation.Methods.Tests.Vocabulary;

public class IdentifierTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("p01")]
    [InlineData("村委会主任-07")]
    [InlineData("Ölçü é 🙂")]
    public void ParticipantId_AnyUnicode_IsKeptExactly(string text)
    {
        ParticipantId id = text;
        Assert.Equal(text, id.Value);
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\u0000b")]
    [InlineData("line\nbreak")]
    public void ParticipantId_InvalidText_IsRejectedWithReason(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => new ParticipantId(text));
        Assert.Contains("participant id", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupId_Null_IsRejected() => Assert.Throws<ArgumentNullException>(() => new GroupId(null!));

    [Fact]
    public void ContributionId_TooLong_IsRejectedAndMessageIsShort()
    {
        var e = Assert.Throws<ArgumentException>(() => new ContributionId(new string('x', 100_000)));
        Assert.Contains("at most 200", e.Message, StringComparison.Ordinal);
        Assert.True(e.Message.Length < 300);
    }

    [Fact]
    public void Ids_CompareOrdinally_NotByCulture()
    {
        ParticipantId upper = "B", lower = "a";
        Assert.True(upper.CompareTo(lower) < 0); // 'B' (0x42) sorts before 'a' (0x61) ordinally
        Assert.NotEqual(new ParticipantId("a"), new ParticipantId("A"));
        Assert.Equal(new ParticipantId("é"), new ParticipantId("é"));
        Assert.Equal(new ParticipantId("\u00e9"), new ParticipantId("e\u0301")); // normalised to form C, then ordinal
        Assert.Equal("\u00e9", new ParticipantId("e\u0301").Value);
    }

    [Fact]
    public void Ids_BrokenUnicodeOrControlCharacters_AreRefusedNamingWhatAndWhere()
    {
        // Built in code: theory data would turn a lone surrogate into U+FFFD on its way to the test.
        (string Id, string Message)[] cases =
        [
            ("x" + (char)0xD800, "unpaired surrogate U+D800 at position 2"),
            ((char)0xDC00 + "x", "unpaired surrogate U+DC00 at position 1"),
            ("a\u0007b", "contains U+0007 at position 2"),
        ];
        foreach (var (id, message) in cases)
        {
            var e = Assert.Throws<ArgumentException>(() => new ParticipantId(id));
            Assert.Contains(message, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ids_PrintableAscii_AreReturnedAsTheSameInstance()
    {
        var text = string.Concat("table-", "07 ~!");
        Assert.Same(text, Identifier.Normalize(text));
        Assert.Same(text, Identifier.Check(text, "id", "group"));
        Assert.Same(text, new GroupId(text).Value);
        Assert.Null(Identifier.FindProblem(text, "group"));
        Assert.Null(Identifier.FindTextProblem(text, "note", 100));
    }

    [Fact]
    public void Ids_NonAsciiLookAlikes_AreStillNormalised_AndBlankAsciiIsStillRefused()
    {
        Assert.Equal("Caf\u00e9-7", Identifier.Normalize("Cafe\u0301-7"));
        Assert.Equal(new GroupId("Caf\u00e9-7"), new GroupId("Cafe\u0301-7"));
        var composed = "Caf\u00e9-7";
        Assert.Same(composed, Identifier.Normalize(composed));
        Assert.Throws<ArgumentException>(() => new GroupId("   "));
        Assert.NotNull(Identifier.FindTextProblem("   ", "note", 100));
        Assert.NotNull(Identifier.FindTextProblem("abcdef", "note", 5));
    }

    [Fact]
    public void ControlCharacters_JustOutsidePrintableAscii_AreStillRefused()
    {
        foreach (var c in new[] { '\u0000', '\u001F', '\u007F', '\u0085', '\t', '\n' })
        {
            var e = Assert.Throws<ArgumentException>(() => new ParticipantId("ab" + c));
            Assert.Contains(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + " at position 3", e.Message, StringComparison.Ordinal);
        }

        Assert.Contains("U+007F at position 2", Identifier.FindTextProblem("a\u007F", "note", 100), StringComparison.Ordinal);
        Assert.Contains("U+001B at position 1", Identifier.FindTextProblem("\u001B[0m", "note", 100), StringComparison.Ordinal);
        Assert.Null(Identifier.FindTextProblem("line\r\nbreak\tand tab", "note", 100));
    }

    [Fact]
    public void Text_UnpairedSurrogate_IsRefusedNamingWhere_PairedIsAccepted()
    {
        Assert.Contains("unpaired surrogate U+D83D at position 4", Identifier.FindTextProblem("abc\uD83D", "note", 100), StringComparison.Ordinal);
        Assert.Null(Identifier.FindTextProblem("ok \uD83D\uDE00", "note", 100));
    }

    [Fact]
    public void Ids_RoundTripThroughJson_AsStringsAndDictionaryKeys()
    {
        var map = new Dictionary<GroupId, ParticipantId> { ["桌1"] = "村委会主任-07" };
        var json = JsonSerializer.Serialize(map);
        Assert.Equal("{\"桌1\":\"村委会主任-07\"}", JsonSerializer.Serialize(map, Relaxed));
        var back = JsonSerializer.Deserialize<Dictionary<GroupId, ParticipantId>>(json)!;
        Assert.Equal(map, back);
    }

    [Fact]
    public void Ids_FromJsonWithBlankValue_FailWithJsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ParticipantId>("\"  \""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ParticipantId>("42"));
    }

    // Ids from the workshop's own alphabets: Chinese, an accent written two ways (precomposed é, and e + combining acute), a
    // full-width letter, an emoji (a surrogate pair) and ASCII. Two ids are one person exactly when their NFC forms are the same
    // text, and an id keeps its NFC form: one typed "e + ́" and one typed "é" do not split a person in two.
    private static readonly Gen<string> WorkshopId =
        Gen.Elements("人", "文", "地", "产", "景", "桥北", "é", "e\u0301", "Ａ", "🙂", "a", "-", "7", " ").ArrayOf()
            .Select(parts => "x" + string.Concat(parts.Take(40)));

    [Property]
    public Property ParticipantId_OfWorkshopText_IsItsNfcForm_AndEqualExactlyWhenTheNfcFormsAre() =>
        Prop.ForAll(WorkshopId.Zip(WorkshopId).ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            string na = a.Normalize(System.Text.NormalizationForm.FormC), nb = b.Normalize(System.Text.NormalizationForm.FormC);
            ParticipantId x = a, y = b;
            return (x.Value == na).Label("kept as its NFC form")
                .And(((x == y) == string.Equals(na, nb, StringComparison.Ordinal)).Label("equal exactly when the NFC forms are"))
                .And((Math.Sign(x.CompareTo(y)) == Math.Sign(string.CompareOrdinal(na, nb))).Label("ordered as the NFC forms"))
                .And((x != y || x.GetHashCode() == y.GetHashCode()).Label("equal ids hash alike"));
        });

    [Property]
    public bool ParticipantId_EqualityAndOrder_AgreeWithOrdinalStrings(NonEmptyString a, NonEmptyString b)
    {
        // Any printable Latin-1 (what FsCheck's strings hold) is a valid id, kept as typed; prefixing keeps generated strings non-blank.
        static string Clean(string s) => "x" + new string([.. s.Where(c => !char.IsControl(c)).Take(150)]);
        string sa = Clean(a.Get), sb = Clean(b.Get);
        ParticipantId x = sa, y = sb;
        return (x == y) == string.Equals(sa, sb, StringComparison.Ordinal)
            && Math.Sign(x.CompareTo(y)) == Math.Sign(string.CompareOrdinal(sa, sb))
            && (x != y || x.GetHashCode() == y.GetHashCode())
            && x.Value == sa;
    }
}
