namespace Facilitation.Methods.Brainstorm;

/// <summary>An idea was marked as a duplicate of another; it stays in the record.</summary>
/// <param name="Idea">The duplicate.</param>
/// <param name="Original">The idea it duplicates.</param>
public sealed record DuplicateMarked(ContributionId Idea, ContributionId Original) : BrainstormEvent;
