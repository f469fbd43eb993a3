namespace Facilitation.Methods.WorldCafe;

/// <summary>A person left the café (or did not come).</summary>
/// <param name="participant">The person.</param>
/// <param name="lastRound">The last round they took part in, or null when they left before round 1 (filled by the session).</param>
/// <param name="plan">The re-planned seating of the rounds not yet held, or null before the welcome or after the last round.</param>
public sealed class ParticipantLeft(ParticipantId participant, Round? lastRound = null, SeatingPlan? plan = null) : WorldCafeEvent
{
    /// <summary>The person.</summary>
    public ParticipantId Participant { get; internal set; } = participant;

    /// <summary>The last round they took part in, or null when they left before round 1 (filled by the session).</summary>
    public Round? LastRound { get; internal set; } = lastRound;

    /// <summary>The re-planned seating of the rounds not yet held, or null before the welcome or after the last round.</summary>
    public SeatingPlan? Plan { get; internal set; } = plan;
}
