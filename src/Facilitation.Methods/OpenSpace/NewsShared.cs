namespace Facilitation.Methods.OpenSpace;

/// <summary>News was shared with everyone.</summary>
/// <param name="Text">The news.</param>
public sealed record NewsShared(string Text) : OpenSpaceEvent;
