namespace Facilitation.Methods.OpenSpace;

/// <summary>A piece of news shared with everyone (evening news, morning announcements, the news room).</summary>
/// <param name="Text">The news.</param>
/// <param name="SharedAt">When it was shared.</param>
/// <param name="SharedBy">Who shared it.</param>
public sealed record NewsItem(string Text, DateTimeOffset SharedAt, Actor SharedBy);
