using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone signed up for a session.</summary>
public sealed class InterestExpressed : OpenSpaceEvent
{
    /// <summary>Only the library raises events.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="participant">Who signed up.</param>
    [JsonConstructor]
    internal InterestExpressed(ContributionId issue, ParticipantId participant)
    {
        Issue = issue;
        Participant = participant;
    }

    /// <summary>The issue.</summary>
    public ContributionId Issue { get; internal set; }

    /// <summary>Who signed up.</summary>
    public ParticipantId Participant { get; internal set; }
}
