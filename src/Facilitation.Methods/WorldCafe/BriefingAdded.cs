using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>A host's briefing was recorded.</summary>
public sealed class BriefingAdded : WorldCafeEvent
{
    [JsonConstructor] internal BriefingAdded(Contribution briefing) => Briefing = briefing;

    /// <summary>The briefing.</summary>
    [JsonConverter(typeof(Sessions.OwnRootJsonConverter<Contribution>))]
    public Contribution Briefing { get; internal set; }
}
