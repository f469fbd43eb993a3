namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone spoke in the closing circle.</summary>
/// <param name="participant">Who spoke.</param>
/// <param name="words">What they said, if it is to be kept; null otherwise.</param>
public sealed class SpokeInClosingCircle(ParticipantId participant, string? words) : OpenSpaceEvent
{
    /// <summary>Who spoke.</summary>
    public ParticipantId Participant { get; internal set; } = participant;

    /// <summary>What they said, if it is to be kept; null otherwise.</summary>
    public string? Words { get; internal set; } = words;
}
