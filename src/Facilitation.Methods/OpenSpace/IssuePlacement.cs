namespace Facilitation.Methods.OpenSpace;

/// <summary>Where a proposed or adopted agenda puts one issue.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Cell">Its cell, or null when it found no room on the wall.</param>
public sealed record IssuePlacement(ContributionId Issue, AgendaCell? Cell);
