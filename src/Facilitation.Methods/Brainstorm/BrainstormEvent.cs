using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>The base of every event a brainstorm session raises: one event per accepted command, stamped by the session.</summary>
/// <remarks>An anonymous idea's event names <see cref="Actor.Anonymous"/> as its actor, never the writer. Type names in saved documents are the camelCase event names.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(RoundStarted), "roundStarted")]
[JsonDerivedType(typeof(IdeaAdded), "ideaAdded")]
[JsonDerivedType(typeof(TurnPassed), "turnPassed")]
[JsonDerivedType(typeof(SheetsPassed), "sheetsPassed")]
[JsonDerivedType(typeof(StepStarted), "stepStarted")]
[JsonDerivedType(typeof(RoundExtended), "roundExtended")]
[JsonDerivedType(typeof(RoundPaused), "roundPaused")]
[JsonDerivedType(typeof(RoundResumed), "roundResumed")]
[JsonDerivedType(typeof(RoundEnded), "roundEnded")]
[JsonDerivedType(typeof(PhaseBegan), "phaseBegan")]
[JsonDerivedType(typeof(IdeaClarified), "ideaClarified")]
[JsonDerivedType(typeof(ClusterAdded), "clusterAdded")]
[JsonDerivedType(typeof(ClusterNamed), "clusterNamed")]
[JsonDerivedType(typeof(IdeaPlaced), "ideaPlaced")]
[JsonDerivedType(typeof(ClustersMerged), "clustersMerged")]
[JsonDerivedType(typeof(DuplicateMarked), "duplicateMarked")]
[JsonDerivedType(typeof(VotingBegan), "votingBegan")]
[JsonDerivedType(typeof(DotsCast), "dotsCast")]
[JsonDerivedType(typeof(RankingCast), "rankingCast")]
[JsonDerivedType(typeof(VotingEnded), "votingEnded")]
[JsonDerivedType(typeof(DecisionRecorded), "decisionRecorded")]
[JsonDerivedType(typeof(ParticipantJoined), "participantJoined")]
[JsonDerivedType(typeof(ParticipantLeft), "participantLeft")]
public abstract class BrainstormEvent : SessionEvent
{
    /// <summary>Only this library derives events.</summary>
    private protected BrainstormEvent()
    {
    }
}
