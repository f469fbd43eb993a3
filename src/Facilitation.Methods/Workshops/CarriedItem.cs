using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Workshops;

/// <summary>Something a facilitator carries from one block to a later one — a café theme that becomes an Open Space issue, an Open Space issue that becomes a brainstorm prompt — with links to its sources.</summary>
/// <remarks>Immutable. Built by <see cref="Bridges"/>.</remarks>
public sealed class CarriedItem
{
    /// <summary>Initializes a new instance of the <see cref="CarriedItem"/> class.</summary>
    /// <param name="id">The item's id: <c>{source block}/{source contribution}</c>, so it is the same every time the same sources are carried. Post it under this id (for example as the Open Space issue id) to keep the chain.</param>
    /// <param name="kind">What it becomes.</param>
    /// <param name="text">The text carried (the issue title, the prompt, the category name).</param>
    /// <param name="sources">The contributions it came from; never empty.</param>
    public CarriedItem(ContributionId id, CarryKind kind, string text, ImmutableArray<SourceLink> sources) => (Id, Kind, Text, Sources) = (id, kind, text, sources);

    /// <summary>The item's id: <c>{source block}/{source contribution}</c>, so it is the same every time the same sources are carried. Post it under this id (for example as the Open Space issue id) to keep the chain.</summary>
    public ContributionId Id { get; }

    /// <summary>What it becomes.</summary>
    public CarryKind Kind { get; }

    /// <summary>The text carried (the issue title, the prompt, the category name).</summary>
    public string Text { get; }

    /// <summary>The contributions it came from; never empty.</summary>
    public ImmutableArray<SourceLink> Sources { get; }

    /// <summary>Gets the resource category key the facilitator gave the item, if any.</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    public string? Category { get; internal set; }

    /// <summary>Gets who wrote the source and is suggested as convener; null when the source has no author (the library never invents one).</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    public ParticipantId? SuggestedConvener { get; internal set; }

    /// <summary>Gets a copy tagged with a resource category.</summary>
    /// <param name="categories">The workshop's categories.</param>
    /// <param name="word">The category's key, name or local name (for example 产).</param>
    /// <returns>The tagged copy.</returns>
    /// <exception cref="ArgumentException">The category is unknown.</exception>
    public CarriedItem InCategory(ResourceCategories categories, string word)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var copy = (CarriedItem)MemberwiseClone();
        copy.Category = categories.Get(word).Key;
        return copy;
    }

    /// <summary>Gets the text as a prompt (for a brainstorm round or a café question).</summary>
    /// <returns>The prompt.</returns>
    internal Prompt ToPrompt() => new(Text.Length <= Limits.MaxPromptLength ? Text : Text[..Limits.MaxPromptLength]);

    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {Text} ← {string.Join(", ", Sources)}";
}
