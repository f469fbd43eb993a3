using System.Collections.Immutable;
using System.Globalization;

namespace Facilitation.Methods.Workshops;

/// <summary>The workshop's action plan: the items each village takes home. Read it from <see cref="WorkshopSession.ActionPlan"/>; change it with
/// <see cref="WorkshopSession.AddToActionPlan"/> and <see cref="WorkshopSession.UpdateAction"/>.</summary>
/// <remarks>Immutable. At most 10,000 items; each item's texts are checked like every other text in the library.</remarks>
internal sealed class ActionPlan
{
    private ActionPlan(ImmutableArray<ActionPlanItem> items) => Items = items;

    /// <summary>Gets an empty plan.</summary>
    internal static ActionPlan Empty { get; } = new([]);

    /// <summary>Gets the most items a plan holds.</summary>
    internal static int MaxItems => WorkshopDefaults.MaxActionItems;

    /// <summary>Gets the items, in the order added.</summary>
    public ImmutableArray<ActionPlanItem> Items { get; }

    /// <summary>Adds items (for example those <see cref="Bridges.ToActionPlan"/> carried from a block).</summary>
    /// <param name="items">The items.</param>
    /// <returns>A new plan; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">An item is invalid, its id is already in the plan, or the plan would exceed <see cref="MaxItems"/>.</exception>
    internal ActionPlan Add(IEnumerable<ActionPlanItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var builder = Items.ToBuilder();
        var ids = Items.Select(i => i.Id).ToHashSet();
        foreach (var item in items)
        {
            Check(item);
            if (!ids.Add(item.Id))
            {
                throw new ArgumentException($"The action plan already holds an item '{Identifier.Shorten(item.Id.Value)}'; give every item its own id.", nameof(items));
            }

            if (builder.Count >= MaxItems)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"An action plan holds at most {MaxItems} items."), nameof(items));
            }

            builder.Add(item);
        }

        return new(builder.ToImmutable());
    }

    /// <summary>Adds one item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>A new plan; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The item is invalid or its id is already in the plan.</exception>
    internal ActionPlan Add(ActionPlanItem item) => Add([item]);

    /// <summary>Changes an item (its owner, village, next step, due date or status), keeping its id and sources.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="change">The change, for example <c>i =&gt; i with { Status = ActionStatus.Done }</c>.</param>
    /// <returns>A new plan; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">No item has the id, or the change alters its id or sources, or makes it invalid.</exception>
    internal ActionPlan Update(ContributionId id, Func<ActionPlanItem, ActionPlanItem> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var index = Items.Select(i => i.Id).ToList().IndexOf(id);
        if (index < 0)
        {
            throw new ArgumentException($"The action plan holds no item '{Identifier.Shorten(id.Value)}'.", nameof(id));
        }

        var before = Items[index];
        var after = change(before) ?? throw new ArgumentException("The change returned no item.", nameof(change));
        if (after.Id != before.Id || !after.Sources.SequenceEqual(before.Sources))
        {
            throw new ArgumentException($"A change to '{Identifier.Shorten(id.Value)}' must keep its id and sources: they are its provenance.", nameof(change));
        }

        Check(after);
        return new(Items.SetItem(index, after));
    }

    private static void Check(ActionPlanItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Identifier.Check(item.Id.Value, nameof(item), "action plan item");
        Identifier.CheckText(item.Title, nameof(item), "action title", Limits.MaxTextLength);
        Optional(item.Owner, "action owner", Limits.MaxNameLength);
        Optional(item.Village, "action village", Limits.MaxNameLength);
        Optional(item.NextStep, "next step", Limits.MaxTextLength);
        if (!Enum.IsDefined(item.Status))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The action status {(int)item.Status} is unknown."), nameof(item));
        }

        if (!item.Sources.IsDefault && item.Sources.Length > WorkshopDefaults.MaxSources)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"An action plan item links at most {WorkshopDefaults.MaxSources} sources."), nameof(item));
        }

        static void Optional(string? text, string what, int max)
        {
            if (text is not null)
            {
                Identifier.CheckText(text, nameof(item), what, max);
            }
        }
    }
}
