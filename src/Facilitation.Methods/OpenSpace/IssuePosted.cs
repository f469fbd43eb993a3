namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone posted an issue and became its convener.</summary>
/// <param name="issue">The issue's id.</param>
/// <param name="title">The issue as written.</param>
/// <param name="convener">Its convener.</param>
/// <param name="cell">The cell it was posted into, or null.</param>
/// <param name="category">The resource category or theme its convener gave it, or null.</param>
public sealed class IssuePosted(ContributionId issue, string title, ParticipantId convener, AgendaCell? cell, string? category = null) : OpenSpaceEvent
{
    /// <summary>The issue's id.</summary>
    public ContributionId Issue { get; internal set; } = issue;

    /// <summary>The issue as written.</summary>
    public string Title { get; internal set; } = title;

    /// <summary>Its convener.</summary>
    public ParticipantId Convener { get; internal set; } = convener;

    /// <summary>The cell it was posted into, or null.</summary>
    public AgendaCell? Cell { get; internal set; } = cell;

    /// <summary>The resource category or theme its convener gave it (for example 人 or "land"), or null.</summary>
    public string? Category { get; internal set; } = category;
}
