namespace Facilitation.Methods.Storage.Tests;

/// <summary>What a store is given is checked when it is made, so every store refuses the same input with the same message.</summary>
public sealed class StoredValueTests
{
    private static readonly DateTimeOffset Time = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void StoredEvent_JsonPastTheLimit_IsRefusedNamingTheLimit()
    {
        var json = new string('x', SessionStoreLimits.MaxEventJsonLength + 1);

        var error = Assert.Throws<ArgumentException>(() => new StoredEvent(1, "NoteAdded", json, Time));

        Assert.Equal("json", error.ParamName);
        Assert.Contains("The event JSON is 33,554,433 characters long; at most 33,554,432 are allowed.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StoredEvent_VersionBelowOne_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StoredEvent(0, "NoteAdded", "{}", Time));
    }

    [Theory]
    [InlineData("", "world-cafe", "{}", "The session id must not be empty.")]
    [InlineData("cafe-1", "", "{}", "The method must not be empty.")]
    [InlineData("cafe-1", "world-cafe", " ", "The design JSON must not be empty.")]
    [InlineData("cafe\u0007", "world-cafe", "{}", "The session id contains a control character")]
    public void SessionRecord_BadValue_IsRefusedNamingIt(string id, string method, string design, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new SessionRecord(id, method, design));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SessionRecord_OwnerPastTheIdLimit_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new SessionRecord("cafe-1", "world-cafe", "{}", owner: new string('o', 201)));

        Assert.Equal("owner", error.ParamName);
    }
}
