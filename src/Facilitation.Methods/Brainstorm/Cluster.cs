using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>An affinity cluster: a heading (which may come late) and the ideas placed in it. An idea may sit in several clusters.</summary>
/// <remarks>Immutable.</remarks>
public sealed class Cluster
{
    [JsonConstructor] internal Cluster(string id, string? heading, ImmutableArray<ContributionId> ideas) => (Id, Heading, Ideas) = (id, heading, ideas);

    /// <summary>Gets the cluster's id, given by the session ("cluster-1", ...).</summary>
    public string Id { get; }

    /// <summary>Gets the heading, or null until one is given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Heading { get; }

    /// <summary>Gets the ideas placed in it, in the order placed.</summary>
    public ImmutableArray<ContributionId> Ideas { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Heading ?? "no heading yet"}): {Ideas.Length} ideas";
}
