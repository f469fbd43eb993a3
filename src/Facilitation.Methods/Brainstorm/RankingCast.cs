using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A person cast (or replaced) their secret ranked ballot. Harvests show only totals, never ballots.</summary>
/// <remarks>Subscribers get it sealed (an empty <see cref="Ranking"/>); the event log, <see cref="BrainstormSession.Save"/> and
/// <see cref="BrainstormSession.RankedBallots"/> keep the ranking for recounts, in the host's storage.</remarks>
/// <param name="voter">Who voted.</param>
/// <param name="ranking">Their choices, most important first (empty as published to subscribers).</param>
public sealed class RankingCast(ParticipantId voter, ImmutableArray<ContributionId> ranking) : BrainstormEvent
{
    /// <summary>Who voted.</summary>
    public ParticipantId Voter { get; internal set; } = voter;

    /// <summary>Their choices, most important first (empty as published to subscribers).</summary>
    public ImmutableArray<ContributionId> Ranking { get; internal set; } = ranking;
}
