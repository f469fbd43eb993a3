using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Two sessions became one; both sources stay in the proceedings and the merged issue lists them.</summary>
public sealed class IssuesMerged : OpenSpaceEvent
{
    [JsonConstructor] internal IssuesMerged(ContributionId first, ContributionId second, ContributionId merged, string title, ParticipantId convener) => (First, Second, Merged, Title, Convener) = (first, second, merged, title, convener);

    /// <summary>The first source (the merged issue takes its cell, else the second's).</summary>
    public ContributionId First { get; internal set; }

    /// <summary>The second source.</summary>
    public ContributionId Second { get; internal set; }

    /// <summary>The new issue's id.</summary>
    public ContributionId Merged { get; internal set; }

    /// <summary>The new issue's title.</summary>
    public string Title { get; internal set; }

    /// <summary>The new issue's convener: one of the two conveners.</summary>
    public ParticipantId Convener { get; internal set; }
}
