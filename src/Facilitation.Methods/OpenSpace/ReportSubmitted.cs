namespace Facilitation.Methods.OpenSpace;

/// <summary>A session's report reached the news room.</summary>
/// <param name="report">The report.</param>
public sealed class ReportSubmitted(SessionReport report) : OpenSpaceEvent
{
    /// <summary>The report.</summary>
    public SessionReport Report { get; internal set; } = report;
}
