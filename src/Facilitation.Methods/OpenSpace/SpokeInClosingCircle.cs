namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone spoke in the closing circle.</summary>
/// <param name="Participant">Who spoke.</param>
/// <param name="Words">What they said, if it is to be kept; null otherwise.</param>
public sealed record SpokeInClosingCircle(ParticipantId Participant, string? Words) : OpenSpaceEvent;
