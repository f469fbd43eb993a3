using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>What the group decided after seeing the ranking.</summary>
/// <remarks>Immutable.</remarks>
public sealed class BrainstormDecision
{
    [JsonConstructor] internal BrainstormDecision(ImmutableArray<ContributionId> chosen, string? note) => (Chosen, Note) = (chosen, note);

    /// <summary>Gets the ideas the group takes forward, in order.</summary>
    public ImmutableArray<ContributionId> Chosen { get; }

    /// <summary>Gets a note on the decision, or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Note { get; }
}
