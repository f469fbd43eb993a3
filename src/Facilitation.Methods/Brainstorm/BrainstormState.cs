using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>The running round, as the session keeps it. Immutable: every change makes a new one.</summary>
internal sealed record CurrentRound(Round Round, GenerationRound Plan, Prompt? Prompt, Timebox Timebox)
{
    /// <summary>Gets whose turn it is, as an index into the people here (round-robin, nominal group).</summary>
    public int Turn { get; init; }

    /// <summary>Gets the brainwriting pass, 1-based (pass 1 is on one's own sheet).</summary>
    public int Pass { get; init; } = 1;

    /// <summary>Gets the 1-2-4-All step.</summary>
    public OneTwoFourAllStep Step { get; init; }

    /// <summary>Gets the teams now: brainwriting teams (each in passing order), or 1-2-4-All pairs or fours; empty when everyone is together.
    /// Only people here are in a team; a team everyone left stays, empty, so team ids never shift.</summary>
    public ImmutableArray<ImmutableArray<ParticipantId>> Teams { get; init; } = [];

    /// <summary>Gets each brainwriting team's sheets; every member holds exactly one, a sheet whose holder left is parked.</summary>
    public ImmutableArray<ImmutableArray<Sheet>> Sheets { get; init; } = [];

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

/// <summary>A brainwriting sheet: its number within its team (1-based), who holds it now (null: parked, its holder left), and who held it in earlier passes.</summary>
internal sealed record Sheet(int Number, ParticipantId? Holder, ImmutableArray<ParticipantId> HeldBefore)
{
    /// <summary>Gets a value indicating whether the sheet is still to meet one of <paramref name="members"/>.</summary>
    public bool StillToMeet(ImmutableArray<ParticipantId> members) =>
        Holder is { } holder && members.Any(m => m != holder && !HeldBefore.Contains(m));

    /// <summary>Moves the sheet to the member after its holder in the team's passing order.</summary>
    public Sheet PassOn(ImmutableArray<ParticipantId> members) => Holder is { } holder
        ? new(Number, members[(members.IndexOf(holder) + 1) % members.Length], HeldBefore.Contains(holder) ? HeldBefore : HeldBefore.Add(holder))
        : this;

    /// <summary>Parks the sheet: its holder left, and it waits for the next person to join the team.</summary>
    public Sheet Park() => new(Number, null, Holder is { } holder && !HeldBefore.Contains(holder) ? HeldBefore.Add(holder) : HeldBefore);
}

/// <summary>Everything a brainstorm session knows besides its design; read and changed only under the session's gate.</summary>
internal sealed class BrainstormState
{
    public BrainstormState(IEnumerable<Participant> participants)
    {
        foreach (var person in participants)
        {
            Roster.Add(person.Id, person);
            Present.Add(person.Id);
            Here.Add(person.Id);
        }
    }

    /// <summary>Gets the people here now, in turn order: the design's order, then arrivals in the order they joined.</summary>
    public List<ParticipantId> Present { get; } = [];

    /// <summary>Gets the people here now, for quick lookups.</summary>
    public HashSet<ParticipantId> Here { get; } = [];

    /// <summary>Gets everyone who has taken part, here or gone, by id.</summary>
    public Dictionary<ParticipantId, Participant> Roster { get; } = [];

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
