using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The facilitator adopted a proposed agenda; it becomes the published agenda.</summary>
/// <param name="placements">Every active issue and its cell.</param>
/// <param name="score">The agenda's score when proposed.</param>
public sealed class AgendaAdopted(ImmutableArray<IssuePlacement> placements, AgendaScore score) : OpenSpaceEvent
{
    /// <summary>Every active issue and its cell.</summary>
    public ImmutableArray<IssuePlacement> Placements { get; internal set; } = placements;

    /// <summary>The agenda's score when proposed.</summary>
    public AgendaScore Score { get; internal set; } = score;
}
