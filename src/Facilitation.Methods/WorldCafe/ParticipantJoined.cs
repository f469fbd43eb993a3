namespace Facilitation.Methods.WorldCafe;

/// <summary>A person joined the café.</summary>
/// <param name="Participant">The person.</param>
/// <param name="FirstRound">The first round they are seated in, or null when no round is left.</param>
public sealed record ParticipantJoined(Participant Participant, Round? FirstRound) : WorldCafeEvent;
