namespace Facilitation.Methods.OpenSpace;

/// <summary>Two sessions became one; both sources stay in the proceedings and the merged issue lists them.</summary>
/// <param name="First">The first source (the merged issue takes its cell, else the second's).</param>
/// <param name="Second">The second source.</param>
/// <param name="Merged">The new issue's id.</param>
/// <param name="Title">The new issue's title.</param>
/// <param name="Convener">The new issue's convener: one of the two conveners.</param>
public sealed record IssuesMerged(ContributionId First, ContributionId Second, ContributionId Merged, string Title, ParticipantId Convener) : OpenSpaceEvent;
