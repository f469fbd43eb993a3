using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The facilitator adopted a proposed agenda; it becomes the published agenda.</summary>
/// <param name="Placements">Every active issue and its cell.</param>
/// <param name="Score">The agenda's score when proposed.</param>
public sealed record AgendaAdopted(ImmutableArray<IssuePlacement> Placements, AgendaScore Score) : OpenSpaceEvent;
