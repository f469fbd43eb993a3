namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone joined or left a running session (<see cref="SessionJoined"/>, <see cref="SessionLeft"/>): the law of two feet. Information only.</summary>
public abstract class SessionAttendanceChanged : OpenSpaceEvent
{
    /// <summary>Only this library derives events.</summary>
    private protected SessionAttendanceChanged(ContributionId issue, ParticipantId participant, int slot) => (Issue, Participant, Slot) = (issue, participant, slot);

    /// <summary>The session.</summary>
    public ContributionId Issue { get; internal set; }

    /// <summary>Who joined or left.</summary>
    public ParticipantId Participant { get; internal set; }

    /// <summary>The 1-based slot.</summary>
    public int Slot { get; internal set; }
}
