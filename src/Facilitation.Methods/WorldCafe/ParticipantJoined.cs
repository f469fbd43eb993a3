namespace Facilitation.Methods.WorldCafe;

/// <summary>A person joined the café.</summary>
/// <param name="participant">The person.</param>
/// <param name="firstRound">The first round they are seated in, or null when no round is left (filled by the session).</param>
/// <param name="plan">The re-planned seating of the rounds not yet held, or null before the welcome or after the last round.</param>
public sealed class ParticipantJoined(Participant participant, Round? firstRound = null, SeatingPlan? plan = null) : WorldCafeEvent
{
    /// <summary>The person.</summary>
    public Participant Participant { get; internal set; } = participant;

    /// <summary>The first round they are seated in, or null when no round is left (filled by the session).</summary>
    public Round? FirstRound { get; internal set; } = firstRound;

    /// <summary>The re-planned seating of the rounds not yet held, or null before the welcome or after the last round.</summary>
    public SeatingPlan? Plan { get; internal set; } = plan;
}
