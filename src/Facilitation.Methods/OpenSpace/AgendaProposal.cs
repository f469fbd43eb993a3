using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>An agenda the scheduler proposes; the facilitator may adopt it with <see cref="OpenSpaceSession.AdoptAgenda"/>.</summary>
public sealed class AgendaProposal
{
    /// <summary>Initializes a new instance of the <see cref="AgendaProposal"/> class.</summary>
    /// <param name="basedOnVersion">The session version it was computed from; adoption is refused once the session has changed.</param>
    /// <param name="placements">Every active issue and its proposed cell (issues in started slots keep theirs).</param>
    /// <param name="score">The proposal's score, term by term.</param>
    [JsonConstructor] internal AgendaProposal(long basedOnVersion, ImmutableArray<IssuePlacement> placements, AgendaScore score) =>
        (BasedOnVersion, Placements, Score) = (basedOnVersion, placements, score);

    /// <summary>The session version it was computed from; adoption is refused once the session has changed.</summary>
    public long BasedOnVersion { get; }

    /// <summary>Every active issue and its proposed cell (issues in started slots keep theirs).</summary>
    public ImmutableArray<IssuePlacement> Placements { get; }

    /// <summary>The proposal's score, term by term.</summary>
    public AgendaScore Score { get; }

    /// <summary>Gets the issues that found no cell.</summary>
    public ImmutableArray<ContributionId> Unplaced => [.. Placements.Where(p => p.Cell is null).Select(p => p.Issue)];
}
