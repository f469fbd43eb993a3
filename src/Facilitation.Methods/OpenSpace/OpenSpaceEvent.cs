using System.Text.Json.Serialization;

namespace Facilitation.Methods.OpenSpace;

/// <summary>The base of every event an Open Space session raises; subscribe with <see cref="IObservable{T}.Subscribe"/> or <c>OnEvent</c>.</summary>
/// <remarks>Immutable. Every accepted command raises exactly one event.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ParticipantRegistered), "participantRegistered")]
[JsonDerivedType(typeof(OpenSpacePhaseChanged), "openSpacePhaseChanged")]
[JsonDerivedType(typeof(SlotStarted), "slotStarted")]
[JsonDerivedType(typeof(IssuePosted), "issuePosted")]
[JsonDerivedType(typeof(InterestExpressed), "interestExpressed")]
[JsonDerivedType(typeof(IssuesMerged), "issuesMerged")]
[JsonDerivedType(typeof(IssueMoved), "issueMoved")]
[JsonDerivedType(typeof(SpaceAdded), "spaceAdded")]
[JsonDerivedType(typeof(SlotAdded), "slotAdded")]
[JsonDerivedType(typeof(AgendaAdopted), "agendaAdopted")]
[JsonDerivedType(typeof(ScribeAppointed), "scribeAppointed")]
[JsonDerivedType(typeof(SessionJoined), "sessionJoined")]
[JsonDerivedType(typeof(SessionLeft), "sessionLeft")]
[JsonDerivedType(typeof(ReportSubmitted), "reportSubmitted")]
[JsonDerivedType(typeof(NewsShared), "newsShared")]
[JsonDerivedType(typeof(DotCast), "dotCast")]
[JsonDerivedType(typeof(IssuesClustered), "issuesClustered")]
[JsonDerivedType(typeof(InitiatorAppointed), "initiatorAppointed")]
[JsonDerivedType(typeof(ActionRecorded), "actionRecorded")]
[JsonDerivedType(typeof(SpokeInClosingCircle), "spokeInClosingCircle")]
[JsonDerivedType(typeof(SlotPaused), "slotPaused")]
[JsonDerivedType(typeof(SlotResumed), "slotResumed")]
[JsonDerivedType(typeof(SlotTimeChanged), "slotTimeChanged")]
[JsonDerivedType(typeof(SlotTimeWarningGiven), "slotTimeWarningGiven")]
[JsonDerivedType(typeof(SlotTimeUp), "slotTimeUp")]
[JsonDerivedType(typeof(ParticipantDeparted), "participantDeparted")]
public abstract class OpenSpaceEvent : SessionEvent
{
    /// <summary>Only this library derives events.</summary>
    private protected OpenSpaceEvent()
    {
    }
}
