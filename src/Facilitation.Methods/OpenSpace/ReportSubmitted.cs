namespace Facilitation.Methods.OpenSpace;

/// <summary>A session's report reached the news room.</summary>
/// <param name="Report">The report.</param>
public sealed record ReportSubmitted(SessionReport Report) : OpenSpaceEvent;
