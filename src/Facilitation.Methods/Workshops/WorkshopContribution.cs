using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Workshops;

/// <summary>One contribution of one block in the workshop's single contribution model: a café note or harvest item, an Open Space issue, report, cluster or action, a brainstorm idea, an inventory resource.</summary>
/// <remarks>Immutable. <see cref="Link"/> is how carried items and the action plan point at it.</remarks>
public sealed class WorkshopContribution
{
    /// <summary>Initializes a new instance of the <see cref="WorkshopContribution"/> class.</summary>
    /// <param name="block">The block (session) it belongs to.</param>
    /// <param name="id">Its id within that block (the method session's own contribution id).</param>
    /// <param name="kind">What it is.</param>
    /// <param name="text">What was said or written.</param>
    [JsonConstructor] internal WorkshopContribution(string block, ContributionId id, ContributionKind kind, string text) => (Block, Id, Kind, Text) = (block, id, kind, text);

    /// <summary>The block (session) it belongs to.</summary>
    public string Block { get; }

    /// <summary>Its id within that block (the method session's own contribution id).</summary>
    public ContributionId Id { get; }

    /// <summary>What it is.</summary>
    public ContributionKind Kind { get; }

    /// <summary>What was said or written.</summary>
    public string Text { get; }

    /// <summary>Gets who wrote it; null when anonymous or written for the group.</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    public ParticipantId? Author { get; internal init; }

    /// <summary>Gets where it was written: a café table, a brainstorm team, an Open Space session's space, or a village in the inventory.</summary>
    /// <value>The default value is null: the whole block.</value>
    [JsonInclude]
    public string? Group { get; internal init; }

    /// <summary>Gets the round it came from.</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    public int? Round { get; internal init; }

    /// <summary>Gets the question the group worked on.</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    public string? Question { get; internal init; }

    /// <summary>Gets its resource category key or theme tag.</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    public string? Category { get; internal set; }

    /// <summary>Gets an action's owner.</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    public string? Owner { get; internal init; }

    /// <summary>Gets an action's next step.</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    public string? NextStep { get; internal init; }

    /// <summary>Gets when an action's next step is due (an Open Space action's next meeting).</summary>
    /// <value>The default value is null.</value>
    [JsonInclude]
    public DateOnly? Due { get; internal init; }

    /// <summary>Gets an idea's points in the vote.</summary>
    /// <value>The default value is null: not voted on.</value>
    [JsonInclude]
    public int? Points { get; internal init; }

    /// <summary>Gets an idea's rank in the vote (1 is best; ties share a rank).</summary>
    /// <value>The default value is null: not ranked.</value>
    [JsonInclude]
    public int? Rank { get; internal init; }

    /// <summary>Gets other contributions of the same block it refers to (the issues of a cluster, the issue a report is about, the cluster of an action, the idea this one builds on).</summary>
    /// <value>The default value is empty.</value>
    [JsonInclude]
    public ImmutableArray<ContributionId> Related { get; internal init; } = [];

    /// <summary>Gets the contributions of earlier blocks it was carried from (an Open Space issue posted from a café theme).</summary>
    /// <value>The default value is empty.</value>
    [JsonInclude]
    public ImmutableArray<SourceLink> CarriedFrom { get; internal init; } = [];

    /// <summary>Gets the link that names this contribution.</summary>
    public SourceLink Link => new(Block, Id);

    /// <inheritdoc />
    public override string ToString() => $"[{Kind}] {Text} ({Link})";

    /// <summary>A changed copy, for the library (what a <c>with</c> expression does for a record).</summary>
    internal WorkshopContribution With(Action<WorkshopContribution> change)
    {
        var copy = (WorkshopContribution)MemberwiseClone();
        change(copy);
        return copy;
    }
}
