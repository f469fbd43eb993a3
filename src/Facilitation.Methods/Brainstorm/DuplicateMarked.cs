using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>An idea was marked as a duplicate of another; it stays in the record.</summary>
public sealed class DuplicateMarked : BrainstormEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="idea">The duplicate.</param>
    /// <param name="original">The idea it duplicates.</param>
    [JsonConstructor]
    internal DuplicateMarked(ContributionId idea, ContributionId original)
    {
        Idea = idea;
        Original = original;
    }

    /// <summary>The duplicate.</summary>
    public ContributionId Idea { get; internal set; }

    /// <summary>The idea it duplicates.</summary>
    public ContributionId Original { get; internal set; }
}
