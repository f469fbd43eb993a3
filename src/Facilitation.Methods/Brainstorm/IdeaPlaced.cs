using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>An idea was placed in a cluster.</summary>
public sealed class IdeaPlaced : BrainstormEvent
{
    [JsonConstructor] internal IdeaPlaced(ContributionId idea, string cluster) => (Idea, Cluster) = (idea, cluster);

    /// <summary>The idea.</summary>
    public ContributionId Idea { get; internal set; }

    /// <summary>The cluster's id.</summary>
    public string Cluster { get; internal set; }
}
