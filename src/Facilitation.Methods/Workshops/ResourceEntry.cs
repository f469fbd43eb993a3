namespace Facilitation.Methods.Workshops;

/// <summary>One resource a village listed in the inventory (for example "retired teachers who run the evening school" under people 人).</summary>
/// <param name="Id">The entry's id, unique within the inventory; carried items can name it as a source.</param>
/// <param name="Village">The village that listed it.</param>
/// <param name="Category">The key of its <see cref="ResourceCategory"/>.</param>
/// <param name="Text">What the resource is.</param>
/// <param name="ListedBy">Who listed it, or null.</param>
/// <remarks>Immutable.</remarks>
public sealed record ResourceEntry(ContributionId Id, string Village, string Category, string Text, ParticipantId? ListedBy = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{Village} / {Category}: {Text}";
}
