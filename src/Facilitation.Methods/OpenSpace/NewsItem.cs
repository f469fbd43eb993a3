using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>A piece of news shared with everyone (evening news, morning announcements, the news room).</summary>
public sealed class NewsItem
{
    /// <summary>Initializes a new instance of the <see cref="NewsItem"/> class.</summary>
    /// <param name="text">The news.</param>
    /// <param name="sharedAt">When it was shared.</param>
    /// <param name="sharedBy">Who shared it.</param>
    [JsonConstructor] internal NewsItem(string text, DateTimeOffset sharedAt, Actor sharedBy) => (Text, SharedAt, SharedBy) = (text, sharedAt, sharedBy);

    /// <summary>The news.</summary>
    public string Text { get; }

    /// <summary>When it was shared.</summary>
    public DateTimeOffset SharedAt { get; }

    /// <summary>Who shared it.</summary>
    public Actor SharedBy { get; }
}
