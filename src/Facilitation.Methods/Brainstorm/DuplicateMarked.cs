using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>An idea was marked as a duplicate of another; it stays in the record.</summary>
public sealed class DuplicateMarked : BrainstormEvent
{
    [JsonConstructor] internal DuplicateMarked(ContributionId idea, ContributionId original) => (Idea, Original) = (idea, original);

    /// <summary>The duplicate.</summary>
    public ContributionId Idea { get; internal set; }

    /// <summary>The idea it duplicates.</summary>
    public ContributionId Original { get; internal set; }
}
