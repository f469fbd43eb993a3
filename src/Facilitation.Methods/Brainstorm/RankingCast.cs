using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A person cast (or replaced) their secret ranked ballot. Harvests show only totals, never ballots.</summary>
/// <remarks>Subscribers get it sealed (an empty <see cref="Ranking"/>); the event log, <see cref="BrainstormSession.Save"/> and
/// <see cref="BrainstormSession.RankedBallots"/> keep the ranking for recounts, in the host's storage.</remarks>
/// <param name="Voter">Who voted.</param>
/// <param name="Ranking">Their choices, most important first (empty as published to subscribers).</param>
public sealed record RankingCast(ParticipantId Voter, ImmutableArray<ContributionId> Ranking) : BrainstormEvent;
