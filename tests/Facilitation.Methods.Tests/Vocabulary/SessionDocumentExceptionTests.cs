namespace Facilitation.Methods.Tests.Vocabulary;

public class SessionDocumentExceptionTests
{
    [Fact]
    public void Message_FromAHostileDocument_IsCutButTheCauseIsKept()
    {
        var cause = new System.Text.Json.JsonException(new string('x', 100_000));
        var e = new SessionDocumentException("The document is not valid JSON: " + cause.Message, cause);
        Assert.Equal(SessionDocumentException.MaxMessageLength, e.Message.Length);
        Assert.EndsWith("...", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("The document is not valid JSON: xxx", e.Message, StringComparison.Ordinal);
        Assert.Same(cause, e.InnerException);
    }

    [Fact]
    public void Message_OfOrdinaryLength_IsKeptWhole() =>
        Assert.Equal("Unknown format version 9.", new SessionDocumentException("Unknown format version 9.").Message);

    [Fact]
    public void Restore_WithAHugeTypeDiscriminator_GivesAShortMessage()
    {
        var (cafe, clock) = WorldCafe.CafeFixture.At(Methods.WorldCafe.WorldCafePhase.Conversation);
        var json = cafe.Save();
        var huge = new string('Z', 100_000);
        var hostile = json.Replace("\"type\":\"cafePhaseChanged\"", $"\"type\":\"{huge}\"", StringComparison.Ordinal);
        var e = Assert.Throws<SessionDocumentException>(() => Methods.WorldCafe.WorldCafeSession.Restore(hostile, new SessionOptions { TimeProvider = clock }));
        Assert.True(e.Message.Length <= SessionDocumentException.MaxMessageLength);
    }
}
