namespace Facilitation.Methods.WorldCafe;

/// <summary>A person left the café (or did not come).</summary>
/// <param name="Participant">The person.</param>
/// <param name="LastRound">The last round they took part in, or null when they left before round 1.</param>
public sealed record ParticipantLeft(ParticipantId Participant, Round? LastRound) : WorldCafeEvent;
