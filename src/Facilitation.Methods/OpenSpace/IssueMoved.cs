using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>A session moved to another cell.</summary>
public sealed class IssueMoved : OpenSpaceEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="from">Its cell before, or null.</param>
    /// <param name="to">Its new cell.</param>
    [JsonConstructor]
    internal IssueMoved(ContributionId issue, AgendaCell? from, AgendaCell to)
    {
        Issue = issue;
        From = from;
        To = to;
    }

    /// <summary>The issue.</summary>
    public ContributionId Issue { get; internal set; }

    /// <summary>Its cell before, or null.</summary>
    public AgendaCell? From { get; internal set; }

    /// <summary>Its new cell.</summary>
    public AgendaCell To { get; internal set; }
}
