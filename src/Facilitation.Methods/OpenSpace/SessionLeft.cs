using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone left a running session. Information only: the law of two feet.</summary>
public sealed class SessionLeft : SessionAttendanceChanged
{
    [JsonConstructor] internal SessionLeft(ContributionId issue, ParticipantId participant, int slot)
        : base(issue, participant, slot)
    {
    }
}
