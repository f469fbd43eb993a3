using System.Collections.Immutable;

namespace Facilitation.Methods.Workshops;

/// <summary>One item of the workshop's action plan: what will be done, by whom, for which village, the next step and when it is due — with links to where it came from.</summary>
/// <param name="Id">The item's id, unique within the plan.</param>
/// <param name="Title">What will be done.</param>
/// <param name="Sources">The contributions it came from (a brainstorm idea, an Open Space action, a café harvest item); empty when written directly into the plan.</param>
/// <remarks>Immutable.</remarks>
public sealed record ActionPlanItem(ContributionId Id, string Title, ImmutableArray<SourceLink> Sources)
{
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
