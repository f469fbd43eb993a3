using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>A session moved to another cell.</summary>
public sealed class IssueMoved : OpenSpaceEvent
{
    [JsonConstructor] internal IssueMoved(ContributionId issue, AgendaCell? from, AgendaCell to) => (Issue, From, To) = (issue, from, to);

    /// <summary>The issue.</summary>
    public ContributionId Issue { get; internal set; }

    /// <summary>Its cell before, or null.</summary>
    public AgendaCell? From { get; internal set; }

    /// <summary>Its new cell.</summary>
    public AgendaCell To { get; internal set; }
}
