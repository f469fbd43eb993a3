using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>A convener appointed a scribe.</summary>
public sealed class ScribeAppointed : OpenSpaceEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="scribe">The scribe.</param>
    [JsonConstructor]
    internal ScribeAppointed(ContributionId issue, ParticipantId scribe)
    {
        Issue = issue;
        Scribe = scribe;
    }

    /// <summary>The issue.</summary>
    public ContributionId Issue { get; internal set; }

    /// <summary>The scribe.</summary>
    public ParticipantId Scribe { get; internal set; }
}
