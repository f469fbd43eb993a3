using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>A session's report reached the news room.</summary>
public sealed class ReportSubmitted : OpenSpaceEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="report">The report.</param>
    [JsonConstructor]
    internal ReportSubmitted(SessionReport report)
    {
        Report = report;
    }

    /// <summary>The report.</summary>
    public SessionReport Report { get; internal set; }
}
