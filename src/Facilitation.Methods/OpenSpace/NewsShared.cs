namespace Facilitation.Methods.OpenSpace;

/// <summary>News was shared with everyone.</summary>
/// <param name="text">The news.</param>
public sealed class NewsShared(string text) : OpenSpaceEvent
{
    /// <summary>The news.</summary>
    public string Text { get; internal set; } = text;
}
