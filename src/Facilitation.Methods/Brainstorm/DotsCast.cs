using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A person cast (or replaced) their dot-vote ballot.</summary>
public sealed class DotsCast : BrainstormEvent
{
    [JsonConstructor] internal DotsCast(ParticipantId voter, ImmutableSortedDictionary<ContributionId, int> dots) => (Voter, Dots) = (voter, dots);

    /// <summary>Who voted.</summary>
    public ParticipantId Voter { get; internal set; }

    /// <summary>Dots per idea; replaces the voter's earlier ballot.</summary>
    public ImmutableSortedDictionary<ContributionId, int> Dots { get; internal set; }
}
