namespace Facilitation.Methods.OpenSpace;

/// <summary>One issue in the book of proceedings: where and when it ran, how many came, and its report.</summary>
/// <param name="Issue">The issue (merged ones included, pointing to what they became).</param>
/// <param name="Space">The space's name, or null when it had no cell.</param>
/// <param name="Slot">The slot, or null when it had no cell.</param>
/// <param name="Report">The latest report, or null when none arrived.</param>
/// <param name="ReportRevision">How many times the report was sent (0 when none).</param>
/// <param name="Joins">How many joins were recorded.</param>
/// <param name="Leaves">How many leaves were recorded.</param>
/// <param name="PeakAttendance">The most people recorded present at once.</param>
public sealed record ProceedingsEntry(Issue Issue, string? Space, OpenSpaceSlot? Slot, SessionReport? Report, int ReportRevision, int Joins, int Leaves, int PeakAttendance);
