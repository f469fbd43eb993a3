using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>An idea was placed in a cluster.</summary>
public sealed class IdeaPlaced : BrainstormEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="idea">The idea.</param>
    /// <param name="cluster">The cluster's id.</param>
    [JsonConstructor]
    internal IdeaPlaced(ContributionId idea, string cluster)
    {
        Idea = idea;
        Cluster = cluster;
    }

    /// <summary>The idea.</summary>
    public ContributionId Idea { get; internal set; }

    /// <summary>The cluster's id.</summary>
    public string Cluster { get; internal set; }
}
