using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>Someone joined a running session (a bumblebee or butterfly landing). Information only.</summary>
public sealed class SessionJoined : SessionAttendanceChanged
{
    [JsonConstructor] internal SessionJoined(ContributionId issue, ParticipantId participant, int slot)
        : base(issue, participant, slot)
    {
    }
}
