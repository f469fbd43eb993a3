namespace Facilitation.Methods.OpenSpace;

/// <summary>One use of the law of two feet: someone joined or left a running session. Information only; never enforced.</summary>
/// <param name="Slot">The 1-based slot.</param>
/// <param name="Issue">The session.</param>
/// <param name="Participant">Who moved.</param>
/// <param name="Joined">True when they joined, false when they left.</param>
/// <param name="At">When.</param>
public sealed record AttendanceMove(int Slot, ContributionId Issue, ParticipantId Participant, bool Joined, DateTimeOffset At);
