namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone registered on the day.</summary>
/// <param name="participant">The participant.</param>
public sealed class ParticipantRegistered(Participant participant) : OpenSpaceEvent
{
    /// <summary>The participant.</summary>
    public Participant Participant { get; internal set; } = participant;
}
