using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Related issues grouped in convergence, with the person who will carry them forward.</summary>
public sealed class IssueCluster
{
    /// <summary>Initializes a new instance of the <see cref="IssueCluster"/> class.</summary>
    /// <param name="id">The cluster's id.</param>
    /// <param name="name">The cluster's name.</param>
    /// <param name="issues">The issues in it.</param>
    /// <param name="initiator">The person appointed to carry it forward, or null.</param>
    [JsonConstructor] internal IssueCluster(ContributionId id, string name, ImmutableArray<ContributionId> issues, ParticipantId? initiator) =>
        (Id, Name, Issues, Initiator) = (id, name, issues, initiator);

    /// <summary>The cluster's id.</summary>
    public ContributionId Id { get; }

    /// <summary>The cluster's name.</summary>
    public string Name { get; }

    /// <summary>The issues in it.</summary>
    public ImmutableArray<ContributionId> Issues { get; }

    /// <summary>The person appointed to carry it forward, or null.</summary>
    public ParticipantId? Initiator { get; }
}
