namespace Facilitation.Methods.OpenSpace;

/// <summary>A session moved to another cell.</summary>
/// <param name="issue">The issue.</param>
/// <param name="from">Its cell before, or null.</param>
/// <param name="to">Its new cell.</param>
public sealed class IssueMoved(ContributionId issue, AgendaCell? from, AgendaCell to) : OpenSpaceEvent
{
    /// <summary>The issue.</summary>
    public ContributionId Issue { get; internal set; } = issue;

    /// <summary>Its cell before, or null.</summary>
    public AgendaCell? From { get; internal set; } = from;

    /// <summary>Its new cell.</summary>
    public AgendaCell To { get; internal set; } = to;
}
