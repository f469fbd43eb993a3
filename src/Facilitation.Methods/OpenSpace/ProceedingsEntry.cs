using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>One issue in the book of proceedings: where and when it ran, how many came, and its report.</summary>
public sealed class ProceedingsEntry
{
    /// <summary>Initializes a new instance of the <see cref="ProceedingsEntry"/> class.</summary>
    /// <param name="issue">The issue (merged ones included, pointing to what they became).</param>
    /// <param name="space">The space's name, or null when it had no cell.</param>
    /// <param name="slot">The slot, or null when it had no cell.</param>
    /// <param name="report">The latest report, or null when none arrived.</param>
    /// <param name="reportRevision">How many times the report was sent (0 when none).</param>
    /// <param name="joins">How many joins were recorded.</param>
    /// <param name="leaves">How many leaves were recorded.</param>
    /// <param name="peakAttendance">The most people recorded present at once.</param>
    [JsonConstructor] internal ProceedingsEntry(Issue issue, string? space, OpenSpaceSlot? slot, SessionReport? report, int reportRevision, int joins, int leaves, int peakAttendance) =>
        (Issue, Space, Slot, Report, ReportRevision, Joins, Leaves, PeakAttendance) = (issue, space, slot, report, reportRevision, joins, leaves, peakAttendance);

    /// <summary>The issue (merged ones included, pointing to what they became).</summary>
    public Issue Issue { get; }

    /// <summary>The space's name, or null when it had no cell.</summary>
    public string? Space { get; }

    /// <summary>The slot, or null when it had no cell.</summary>
    public OpenSpaceSlot? Slot { get; }

    /// <summary>The latest report, or null when none arrived.</summary>
    public SessionReport? Report { get; }

    /// <summary>How many times the report was sent (0 when none).</summary>
    public int ReportRevision { get; }

    /// <summary>How many joins were recorded.</summary>
    public int Joins { get; }

    /// <summary>How many leaves were recorded.</summary>
    public int Leaves { get; }

    /// <summary>The most people recorded present at once.</summary>
    public int PeakAttendance { get; }
}
