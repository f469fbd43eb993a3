using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>An affinity cluster: a heading (which may come late) and the ideas placed in it. An idea may sit in several clusters.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Id">The cluster's id, given by the session ("cluster-1", ...).</param>
/// <param name="Heading">The heading, or null until one is given.</param>
/// <param name="Ideas">The ideas placed in it, in the order placed.</param>
public sealed record Cluster(string Id, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Heading, ImmutableArray<ContributionId> Ideas)
{
    /// <inheritdoc />
    public bool Equals(Cluster? other) =>
        other is not null && Id == other.Id && Heading == other.Heading && Ideas.SequenceEqual(other.Ideas);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Heading, Ideas.Length);

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Heading ?? "no heading yet"}): {Ideas.Length} ideas";
}
