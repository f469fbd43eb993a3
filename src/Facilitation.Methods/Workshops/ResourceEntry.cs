using System.Text.Json.Serialization;

namespace Facilitation.Methods.Workshops;

/// <summary>One resource a village listed in the inventory (for example "retired teachers who run the evening school" under people 人).</summary>
/// <remarks>Immutable.</remarks>
public sealed class ResourceEntry
{
    /// <summary>Initializes a new instance of the <see cref="ResourceEntry"/> class.</summary>
    /// <param name="id">The entry's id, unique within the inventory; carried items can name it as a source.</param>
    /// <param name="village">The village that listed it.</param>
    /// <param name="category">The key of its <see cref="ResourceCategory"/>.</param>
    /// <param name="text">What the resource is.</param>
    /// <param name="listedBy">Who listed it, or null.</param>
    [JsonConstructor] internal ResourceEntry(ContributionId id, string village, string category, string text, ParticipantId? listedBy = null) =>
        (Id, Village, Category, Text, ListedBy) = (id, village, category, text, listedBy);

    /// <summary>The entry's id, unique within the inventory; carried items can name it as a source.</summary>
    public ContributionId Id { get; }

    /// <summary>The village that listed it.</summary>
    public string Village { get; }

    /// <summary>The key of its <see cref="ResourceCategory"/>.</summary>
    public string Category { get; }

    /// <summary>What the resource is.</summary>
    public string Text { get; }

    /// <summary>Who listed it, or null.</summary>
    public ParticipantId? ListedBy { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Village} / {Category}: {Text}";
}
