using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>The running round, as the session keeps it. Immutable: every change makes a new one.</summary>
internal sealed record CurrentRound(Round Round, GenerationRound Plan, Prompt? Prompt, Timebox Timebox)
{
    /// <summary>Gets whose turn it is, as an index into the participants (round-robin, nominal group).</summary>
    public int Turn { get; init; }

    /// <summary>Gets the brainwriting pass, 1-based (pass 1 is on one's own sheet).</summary>
    public int Pass { get; init; } = 1;

    /// <summary>Gets the 1-2-4-All step.</summary>
    public OneTwoFourAllStep Step { get; init; }

    /// <summary>Gets the teams now: brainwriting teams, or 1-2-4-All pairs or fours; empty when everyone is together.</summary>
    public ImmutableArray<ImmutableArray<ParticipantId>> Teams { get; init; } = [];

    /// <summary>Gets the 1-2-4-All pairs, kept for forming fours.</summary>
    public ImmutableArray<ImmutableArray<ParticipantId>> Pairs { get; init; } = [];

    /// <summary>Gets the 1-2-4-All fours, kept for the meeting history.</summary>
    public ImmutableArray<ImmutableArray<ParticipantId>> Fours { get; init; } = [];

    public CurrentRound WithPairs(ImmutableArray<ImmutableArray<ParticipantId>> pairs) => this with { Pairs = pairs, Teams = pairs };

    public CurrentRound WithFours(ImmutableArray<ImmutableArray<ParticipantId>> fours) => this with { Fours = fours, Teams = fours };

    public string TeamPrefix => Plan.Technique switch
    {
        GenerationTechnique.Brainwriting => "team",
        _ => Step == OneTwoFourAllStep.Pairs ? "pair" : "four",
    };

    public GroupId TeamId(int index) => new($"{TeamPrefix}-{index + 1}");

    public int? TeamOf(ParticipantId person)
    {
        for (var t = 0; t < Teams.Length; t++)
        {
            if (Teams[t].Contains(person))
            {
                return t;
            }
        }

        return null;
    }
}

/// <summary>Everything a brainstorm session knows besides its design; read and changed only under the session's gate.</summary>
internal sealed class BrainstormState
{
    public BrainstormPhase Phase { get; set; }

    public int RoundsStarted { get; set; }

    public CurrentRound? Current { get; set; }

    public List<Idea> Ideas { get; } = [];

    public Dictionary<ContributionId, int> IdeaIndex { get; } = [];

    public List<Cluster> Clusters { get; } = [];

    public int NextCluster { get; set; } = 1;

    public ImmutableArray<ContributionId> Ballot { get; set; } = [];

    public int Budget { get; set; }

    public SortedDictionary<ParticipantId, ImmutableSortedDictionary<ContributionId, int>> Dots { get; } = [];

    public SortedDictionary<ParticipantId, ImmutableArray<ContributionId>> Rankings { get; } = [];

    public BrainstormResult? Result { get; set; }

    public BrainstormDecision? Decision { get; set; }

    /// <summary>Gets the pairs of earlier 1-2-4-All rounds, one entry per round, so repeated rounds meet new partners.</summary>
    public List<ImmutableArray<ImmutableArray<ParticipantId>>> PairRounds { get; } = [];

    /// <summary>Gets the fours of earlier 1-2-4-All rounds, one entry per round.</summary>
    public List<ImmutableArray<ImmutableArray<ParticipantId>>> FourRounds { get; } = [];

    public void AddIdea(Idea idea)
    {
        IdeaIndex.Add(idea.Id, Ideas.Count);
        Ideas.Add(idea);
    }

    public Idea? FindIdea(ContributionId id) => IdeaIndex.TryGetValue(id, out var i) ? Ideas[i] : null;

    public void ReplaceIdea(Idea idea) => Ideas[IdeaIndex[idea.Id]] = idea;

    public int FindCluster(string? id) => id is null ? -1 : Clusters.FindIndex(c => string.Equals(c.Id, id, StringComparison.Ordinal));
}
