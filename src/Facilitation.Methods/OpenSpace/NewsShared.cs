using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>News was shared with everyone.</summary>
public sealed class NewsShared : OpenSpaceEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="text">The news.</param>
    [JsonConstructor]
    internal NewsShared(string text)
    {
        Text = text;
    }

    /// <summary>The news.</summary>
    public string Text { get; internal set; }
}
