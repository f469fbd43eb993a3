namespace Facilitation.Methods.WorldCafe;

/// <summary>A person left the café (or did not come).</summary>
/// <param name="Participant">The person.</param>
/// <param name="LastRound">The last round they took part in, or null when they left before round 1 (filled by the session).</param>
/// <param name="Plan">The re-planned seating of the rounds not yet held, or null before the welcome or after the last round.</param>
public sealed record ParticipantLeft(ParticipantId Participant, Round? LastRound = null, SeatingPlan? Plan = null) : WorldCafeEvent;
