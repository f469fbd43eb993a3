using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>A session's report reached the news room.</summary>
public sealed class ReportSubmitted : OpenSpaceEvent
{
    [JsonConstructor] internal ReportSubmitted(SessionReport report) => Report = report;

    /// <summary>The report.</summary>
    public SessionReport Report { get; internal set; }
}
