namespace Facilitation.Methods.WorldCafe;

/// <summary>An insight, theme, question or action item was harvested.</summary>
/// <param name="item">The item.</param>
public sealed class HarvestItemAdded(Contribution item) : WorldCafeEvent
{
    /// <summary>The item.</summary>
    public Contribution Item { get; internal set; } = item;
}
