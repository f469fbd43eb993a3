namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone left the event for good: they no longer sign up, move, vote or speak; what they wrote and convened stays.</summary>
/// <param name="participant">The participant.</param>
public sealed class ParticipantDeparted(ParticipantId participant) : OpenSpaceEvent
{
    /// <summary>The participant.</summary>
    public ParticipantId Participant { get; internal set; } = participant;
}
