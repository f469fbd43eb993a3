namespace Facilitation.Methods.WorldCafe;

/// <summary>An insight, theme, question or action item was harvested.</summary>
/// <param name="Item">The item.</param>
public sealed record HarvestItemAdded(Contribution Item) : WorldCafeEvent;
