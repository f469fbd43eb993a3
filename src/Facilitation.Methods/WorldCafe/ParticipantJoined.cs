using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>A person joined the café.</summary>
public sealed class ParticipantJoined : WorldCafeEvent
{
    [JsonConstructor] internal ParticipantJoined(Participant participant, Round? firstRound = null, SeatingPlan? plan = null) => (Participant, FirstRound, Plan) = (participant, firstRound, plan);

    /// <summary>The person.</summary>
    public Participant Participant { get; internal set; }

    /// <summary>The first round they are seated in, or null when no round is left (filled by the session).</summary>
    public Round? FirstRound { get; internal set; }

    /// <summary>The re-planned seating of the rounds not yet held, or null before the welcome or after the last round.</summary>
    public SeatingPlan? Plan { get; internal set; }
}
