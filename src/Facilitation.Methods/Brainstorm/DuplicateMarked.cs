namespace Facilitation.Methods.Brainstorm;

/// <summary>An idea was marked as a duplicate of another; it stays in the record.</summary>
/// <param name="idea">The duplicate.</param>
/// <param name="original">The idea it duplicates.</param>
public sealed class DuplicateMarked(ContributionId idea, ContributionId original) : BrainstormEvent
{
    /// <summary>The duplicate.</summary>
    public ContributionId Idea { get; internal set; } = idea;

    /// <summary>The idea it duplicates.</summary>
    public ContributionId Original { get; internal set; } = original;
}
