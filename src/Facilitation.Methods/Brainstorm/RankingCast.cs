using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A person cast (or replaced) their secret ranked ballot. Harvests show only totals, never ballots.</summary>
/// <param name="Voter">Who voted.</param>
/// <param name="Ranking">Their choices, most important first.</param>
public sealed record RankingCast(ParticipantId Voter, ImmutableArray<ContributionId> Ranking) : BrainstormEvent;
