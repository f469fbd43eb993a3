using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>A person left the café (or did not come).</summary>
public sealed class ParticipantLeft : WorldCafeEvent
{
    [JsonConstructor] internal ParticipantLeft(ParticipantId participant, Round? lastRound = null, SeatingPlan? plan = null) => (Participant, LastRound, Plan) = (participant, lastRound, plan);

    /// <summary>The person.</summary>
    public ParticipantId Participant { get; internal set; }

    /// <summary>The last round they took part in, or null when they left before round 1 (filled by the session).</summary>
    public Round? LastRound { get; internal set; }

    /// <summary>The re-planned seating of the rounds not yet held, or null before the welcome or after the last round.</summary>
    public SeatingPlan? Plan { get; internal set; }
}
