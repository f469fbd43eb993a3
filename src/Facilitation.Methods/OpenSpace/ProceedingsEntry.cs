using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>One issue in the book of proceedings: where and when it ran, how many came, and its report.</summary>
public sealed class ProceedingsEntry
{
    /// <summary>Initializes a new instance of the <see cref="ProceedingsEntry"/> class.</summary>
    /// <param name="Issue">The issue (merged ones included, pointing to what they became).</param>
    /// <param name="Space">The space's name, or null when it had no cell.</param>
    /// <param name="Slot">The slot, or null when it had no cell.</param>
    /// <param name="Report">The latest report, or null when none arrived.</param>
    /// <param name="ReportRevision">How many times the report was sent (0 when none).</param>
    /// <param name="Joins">How many joins were recorded.</param>
    /// <param name="Leaves">How many leaves were recorded.</param>
    /// <param name="PeakAttendance">The most people recorded present at once.</param>
    [JsonConstructor]
    internal ProceedingsEntry(Issue Issue, string? Space, OpenSpaceSlot? Slot, SessionReport? Report, int ReportRevision, int Joins, int Leaves, int PeakAttendance)
    {
        this.Issue = Issue;
        this.Space = Space;
        this.Slot = Slot;
        this.Report = Report;
        this.ReportRevision = ReportRevision;
        this.Joins = Joins;
        this.Leaves = Leaves;
        this.PeakAttendance = PeakAttendance;
    }

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
