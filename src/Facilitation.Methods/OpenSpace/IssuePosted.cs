using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone posted an issue and became its convener.</summary>
public sealed class IssuePosted : OpenSpaceEvent
{
    [JsonConstructor] internal IssuePosted(ContributionId issue, string title, ParticipantId convener, AgendaCell? cell, string? category = null) => (Issue, Title, Convener, Cell, Category) = (issue, title, convener, cell, category);

    /// <summary>The issue's id.</summary>
    public ContributionId Issue { get; internal set; }

    /// <summary>The issue as written.</summary>
    public string Title { get; internal set; }

    /// <summary>Its convener.</summary>
    public ParticipantId Convener { get; internal set; }

    /// <summary>The cell it was posted into, or null.</summary>
    public AgendaCell? Cell { get; internal set; }

    /// <summary>The resource category or theme its convener gave it (for example 人 or "land"), or null.</summary>
    public string? Category { get; internal set; }
}
