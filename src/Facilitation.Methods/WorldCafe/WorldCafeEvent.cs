using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>The base of every event a <see cref="WorldCafeSession"/> raises; the derived type says what happened. Every accepted command raises exactly one.</summary>
/// <remarks>Immutable. An anonymous note's event carries <see cref="Actor.Anonymous"/> and no command id, never its writer.</remarks>
[JsonPolymorphic(UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CafePhaseChanged), "cafePhaseChanged")]
[JsonDerivedType(typeof(ParticipantJoined), "participantJoined")]
[JsonDerivedType(typeof(ParticipantLeft), "participantLeft")]
[JsonDerivedType(typeof(HostChosen), "hostChosen")]
[JsonDerivedType(typeof(BriefingAdded), "briefingAdded")]
[JsonDerivedType(typeof(NoteAdded), "noteAdded")]
[JsonDerivedType(typeof(RoundTimeChanged), "roundTimeChanged")]
[JsonDerivedType(typeof(RoundPaused), "roundPaused")]
[JsonDerivedType(typeof(RoundResumed), "roundResumed")]
[JsonDerivedType(typeof(TimeWarningGiven), "timeWarningGiven")]
[JsonDerivedType(typeof(RoundTimeUp), "roundTimeUp")]
[JsonDerivedType(typeof(HarvestItemAdded), "harvestItemAdded")]
public abstract class WorldCafeEvent : SessionEvent
{
    /// <summary>Only this library derives events.</summary>
    private protected WorldCafeEvent()
    {
    }
}
