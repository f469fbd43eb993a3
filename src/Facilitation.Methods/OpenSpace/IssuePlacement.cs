using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Where a proposed or adopted agenda puts one issue.</summary>
public sealed class IssuePlacement
{
    /// <summary>Initializes a new instance of the <see cref="IssuePlacement"/> class.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="cell">Its cell, or null when it found no room on the wall.</param>
    [JsonConstructor] internal IssuePlacement(ContributionId issue, AgendaCell? cell) => (Issue, Cell) = (issue, cell);

    /// <summary>The issue.</summary>
    public ContributionId Issue { get; }

    /// <summary>Its cell, or null when it found no room on the wall.</summary>
    public AgendaCell? Cell { get; }
}
