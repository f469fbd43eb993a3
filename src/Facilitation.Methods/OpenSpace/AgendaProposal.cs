using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <summary>An agenda the scheduler proposes; the facilitator may adopt it with <see cref="OpenSpaceSession.AdoptAgenda"/>.</summary>
/// <param name="BasedOnVersion">The session version it was computed from; adoption is refused once the session has changed.</param>
/// <param name="Placements">Every active issue and its proposed cell (issues in started slots keep theirs).</param>
/// <param name="Score">The proposal's score, term by term.</param>
public sealed record AgendaProposal(long BasedOnVersion, ImmutableArray<IssuePlacement> Placements, AgendaScore Score)
{
    /// <summary>Gets the issues that found no cell.</summary>
    public ImmutableArray<ContributionId> Unplaced => [.. Placements.Where(p => p.Cell is null).Select(p => p.Issue)];
}
