using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The facilitator adopted a proposed agenda; it becomes the published agenda.</summary>
public sealed class AgendaAdopted : OpenSpaceEvent
{
    [JsonConstructor] internal AgendaAdopted(ImmutableArray<IssuePlacement> placements, AgendaScore score) => (Placements, Score) = (placements, score);

    /// <summary>Every active issue and its cell.</summary>
    public ImmutableArray<IssuePlacement> Placements { get; internal set; }

    /// <summary>The agenda's score when proposed.</summary>
    public AgendaScore Score { get; internal set; }
}
