using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>News was shared with everyone.</summary>
public sealed class NewsShared : OpenSpaceEvent
{
    [JsonConstructor] internal NewsShared(string text) => Text = text;

    /// <summary>The news.</summary>
    public string Text { get; internal set; }
}
