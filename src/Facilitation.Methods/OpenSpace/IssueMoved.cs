namespace Facilitation.Methods.OpenSpace;

/// <summary>A session moved to another cell.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="From">Its cell before, or null.</param>
/// <param name="To">Its new cell.</param>
public sealed record IssueMoved(ContributionId Issue, AgendaCell? From, AgendaCell To) : OpenSpaceEvent;
