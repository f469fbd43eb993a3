using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Workshops;

/// <summary>One item of the workshop's action plan: what will be done, by whom, for which village, the next step and when it is due — with links to where it came from.</summary>
/// <remarks>Immutable: change an item with <c>with</c> and <see cref="WorkshopSession.UpdateAction"/>; its <see cref="Id"/> and <see cref="Sources"/> are its provenance and never change.</remarks>
public sealed record ActionPlanItem
{
    /// <summary>Initializes a new item.</summary>
    /// <param name="id">The item's id, unique within the plan.</param>
    /// <param name="title">What will be done.</param>
    /// <param name="sources">The contributions it came from (a brainstorm idea, an Open Space action, a café harvest item); empty when written directly into the plan.</param>
    [JsonConstructor]
    public ActionPlanItem(ContributionId id, string title, ImmutableArray<SourceLink> sources) => (Id, Title, Sources) = (id, title, sources);

    /// <summary>Gets the item's id, unique within the plan.</summary>
    public ContributionId Id { get; }

    /// <summary>Gets what will be done.</summary>
    public string Title { get; init; }

    /// <summary>Gets the contributions it came from (a brainstorm idea, an Open Space action, a café harvest item); empty when written directly into the plan.</summary>
    public ImmutableArray<SourceLink> Sources { get; }

    /// <summary>Gets who owns the item (a name, which need not be a participant).</summary>
    /// <value>The default value is null: no owner yet.</value>
    public string? Owner { get; init; }

    /// <summary>Gets the village that takes the item home.</summary>
    /// <value>The default value is null.</value>
    public string? Village { get; init; }

    /// <summary>Gets the next step.</summary>
    /// <value>The default value is null: still to agree.</value>
    public string? NextStep { get; init; }

    /// <summary>Gets when the next step is due.</summary>
    /// <value>The default value is null.</value>
    public DateOnly? Due { get; init; }

    /// <summary>Gets where the item stands.</summary>
    /// <value>The default value is <see cref="ActionStatus.Open"/>.</value>
    public ActionStatus Status { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Owner ?? "no owner"}, {Status})";
}
