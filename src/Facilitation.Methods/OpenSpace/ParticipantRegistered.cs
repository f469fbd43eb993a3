namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone registered on the day.</summary>
/// <param name="Participant">The participant.</param>
public sealed record ParticipantRegistered(Participant Participant) : OpenSpaceEvent;
