using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Facilitation.Methods.Brainstorm;

/// <summary>A person cast (or replaced) their secret ranked ballot. Harvests show only totals, never ballots.</summary>
/// <remarks>Subscribers get it sealed (an empty <see cref="Ranking"/>); the event log, <see cref="BrainstormSession.Save"/> and
/// <see cref="BrainstormSession.RankedBallots"/> keep the ranking for recounts, in the host's storage.</remarks>
public sealed class RankingCast : BrainstormEvent
{
    [JsonConstructor] internal RankingCast(ParticipantId voter, ImmutableArray<ContributionId> ranking) => (Voter, Ranking) = (voter, ranking);

    /// <summary>Who voted.</summary>
    public ParticipantId Voter { get; internal set; }

    /// <summary>Their choices, most important first (empty as published to subscribers).</summary>
    public ImmutableArray<ContributionId> Ranking { get; internal set; }
}
