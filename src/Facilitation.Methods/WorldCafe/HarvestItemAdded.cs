using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>An insight, theme, question or action item was harvested.</summary>
public sealed class HarvestItemAdded : WorldCafeEvent
{
    [JsonConstructor] internal HarvestItemAdded(Contribution item) => Item = item;

    /// <summary>The item.</summary>
    [JsonConverter(typeof(Sessions.OwnRootJsonConverter<Contribution>))]
    public Contribution Item { get; internal set; }
}
