using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Related issues grouped in convergence, with the person who will carry them forward.</summary>
public sealed class IssueCluster
{
    /// <summary>Initializes a new instance of the <see cref="IssueCluster"/> class.</summary>
    /// <param name="Id">The cluster's id.</param>
    /// <param name="Name">The cluster's name.</param>
    /// <param name="Issues">The issues in it.</param>
    /// <param name="Initiator">The person appointed to carry it forward, or null.</param>
    [JsonConstructor]
    internal IssueCluster(ContributionId Id, string Name, ImmutableArray<ContributionId> Issues, ParticipantId? Initiator)
    {
        this.Id = Id;
        this.Name = Name;
        this.Issues = Issues;
        this.Initiator = Initiator;
    }

    /// <summary>The cluster's id.</summary>
    public ContributionId Id { get; }

    /// <summary>The cluster's name.</summary>
    public string Name { get; }

    /// <summary>The issues in it.</summary>
    public ImmutableArray<ContributionId> Issues { get; }

    /// <summary>The person appointed to carry it forward, or null.</summary>
    public ParticipantId? Initiator { get; }
}
