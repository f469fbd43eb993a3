namespace Facilitation.Methods.WorldCafe;

/// <summary>A person joined the café.</summary>
/// <param name="Participant">The person.</param>
/// <param name="FirstRound">The first round they are seated in, or null when no round is left (filled by the session).</param>
/// <param name="Plan">The re-planned seating of the rounds not yet held, or null before the welcome or after the last round.</param>
public sealed record ParticipantJoined(Participant Participant, Round? FirstRound = null, SeatingPlan? Plan = null) : WorldCafeEvent;
