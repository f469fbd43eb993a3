using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone posted an issue and became its convener.</summary>
public sealed class IssuePosted : OpenSpaceEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="issue">The issue's id.</param>
    /// <param name="title">The issue as written.</param>
    /// <param name="convener">Its convener.</param>
    /// <param name="cell">The cell it was posted into, or null.</param>
    [JsonConstructor]
    internal IssuePosted(ContributionId issue, string title, ParticipantId convener, AgendaCell? cell)
    {
        Issue = issue;
        Title = title;
        Convener = convener;
        Cell = cell;
    }

    /// <summary>The issue's id.</summary>
    public ContributionId Issue { get; internal set; }

    /// <summary>The issue as written.</summary>
    public string Title { get; internal set; }

    /// <summary>Its convener.</summary>
    public ParticipantId Convener { get; internal set; }

    /// <summary>The cell it was posted into, or null.</summary>
    public AgendaCell? Cell { get; internal set; }
}
