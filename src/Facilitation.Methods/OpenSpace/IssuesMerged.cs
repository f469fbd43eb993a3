namespace Facilitation.Methods.OpenSpace;

/// <summary>Two sessions became one; both sources stay in the proceedings and the merged issue lists them.</summary>
/// <param name="first">The first source (the merged issue takes its cell, else the second's).</param>
/// <param name="second">The second source.</param>
/// <param name="merged">The new issue's id.</param>
/// <param name="title">The new issue's title.</param>
/// <param name="convener">The new issue's convener: one of the two conveners.</param>
public sealed class IssuesMerged(ContributionId first, ContributionId second, ContributionId merged, string title, ParticipantId convener) : OpenSpaceEvent
{
    /// <summary>The first source (the merged issue takes its cell, else the second's).</summary>
    public ContributionId First { get; internal set; } = first;

    /// <summary>The second source.</summary>
    public ContributionId Second { get; internal set; } = second;

    /// <summary>The new issue's id.</summary>
    public ContributionId Merged { get; internal set; } = merged;

    /// <summary>The new issue's title.</summary>
    public string Title { get; internal set; } = title;

    /// <summary>The new issue's convener: one of the two conveners.</summary>
    public ParticipantId Convener { get; internal set; } = convener;
}
