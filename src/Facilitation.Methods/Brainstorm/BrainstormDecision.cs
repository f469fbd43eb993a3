using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>What the group decided after seeing the ranking.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Chosen">The ideas the group takes forward, in order.</param>
/// <param name="Note">A note on the decision, or null.</param>
public sealed record BrainstormDecision(ImmutableArray<ContributionId> Chosen, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Note)
{
    /// <inheritdoc />
    public bool Equals(BrainstormDecision? other) => other is not null && Note == other.Note && Chosen.SequenceEqual(other.Chosen);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Note, Chosen.Length);
}
