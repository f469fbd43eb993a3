using System.Text.Json.Serialization;

namespace Facilitation.Methods.WorldCafe;

/// <summary>The base of every event a <see cref="WorldCafeSession"/> raises; the derived type says what happened. Every accepted command raises exactly one.</summary>
/// <remarks>Immutable. An anonymous note's event carries <see cref="Actor.Anonymous"/> and no command id, never its writer.</remarks>
[JsonPolymorphic(UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CafePhaseChanged), nameof(CafePhaseChanged))]
[JsonDerivedType(typeof(ParticipantJoined), nameof(ParticipantJoined))]
[JsonDerivedType(typeof(ParticipantLeft), nameof(ParticipantLeft))]
[JsonDerivedType(typeof(HostChosen), nameof(HostChosen))]
[JsonDerivedType(typeof(BriefingAdded), nameof(BriefingAdded))]
[JsonDerivedType(typeof(NoteAdded), nameof(NoteAdded))]
[JsonDerivedType(typeof(RoundTimeChanged), nameof(RoundTimeChanged))]
[JsonDerivedType(typeof(RoundPaused), nameof(RoundPaused))]
[JsonDerivedType(typeof(RoundResumed), nameof(RoundResumed))]
[JsonDerivedType(typeof(TimeWarningGiven), nameof(TimeWarningGiven))]
[JsonDerivedType(typeof(RoundTimeUp), nameof(RoundTimeUp))]
[JsonDerivedType(typeof(HarvestItemAdded), nameof(HarvestItemAdded))]
public abstract record WorldCafeEvent : SessionEvent;
