namespace Facilitation.Methods.OpenSpace;

/// <summary>One use of the law of two feet: someone joined or left a running session. Information only; never enforced.</summary>
/// <remarks>Read from <see cref="OpenSpaceSession.Attendance"/>; the session records moves from <c>JoinSession</c> and <c>LeaveSession</c>, hosts do not build them.</remarks>
public sealed class AttendanceMove
{
    internal AttendanceMove(int slot, ContributionId issue, ParticipantId participant, bool joined, DateTimeOffset at) =>
        (Slot, Issue, Participant, Joined, At) = (slot, issue, participant, joined, at);

    /// <summary>Gets the 1-based slot.</summary>
    public int Slot { get; }

    /// <summary>Gets the session.</summary>
    public ContributionId Issue { get; }

    /// <summary>Gets who moved.</summary>
    public ParticipantId Participant { get; }

    /// <summary>Gets a value indicating whether they joined (true) or left (false).</summary>
    public bool Joined { get; }

    /// <summary>Gets when.</summary>
    public DateTimeOffset At { get; }
}
