using System.Text.Json.Serialization;

namespace Facilitation.Methods.Workshops;

/// <summary>One resource a village listed in the inventory (for example "retired teachers who run the evening school" under people 人).</summary>
/// <remarks>Immutable.</remarks>
public sealed class ResourceEntry
{
    /// <summary>Initializes a new instance of the <see cref="ResourceEntry"/> class.</summary>
    /// <param name="Id">The entry's id, unique within the inventory; carried items can name it as a source.</param>
    /// <param name="Village">The village that listed it.</param>
    /// <param name="Category">The key of its <see cref="ResourceCategory"/>.</param>
    /// <param name="Text">What the resource is.</param>
    /// <param name="ListedBy">Who listed it, or null.</param>
    [JsonConstructor]
    internal ResourceEntry(ContributionId Id, string Village, string Category, string Text, ParticipantId? ListedBy = null)
    {
        this.Id = Id;
        this.Village = Village;
        this.Category = Category;
        this.Text = Text;
        this.ListedBy = ListedBy;
    }

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
