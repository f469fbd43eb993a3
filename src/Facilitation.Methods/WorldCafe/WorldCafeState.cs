using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.WorldCafe;

/// <summary>Everything a café session knows besides its design: the single mutable object behind the phase machine, saved and restored as a whole.</summary>
/// <remarks>Only ever touched under the session kernel's gate.</remarks>
internal sealed class WorldCafeState
{
    public WorldCafePhase Phase { get; set; } = WorldCafePhase.Design;

    /// <summary>Gets or sets the current round number; 0 before round 1.</summary>
    public int Round { get; set; }

    /// <summary>Gets or sets how many rounds have been held (their conversation started); their seatings never change again.</summary>
    public int Held { get; set; }

    /// <summary>Gets everyone who has been on the roster, in arrival order.</summary>
    public List<Participant> Roster { get; } = [];

    /// <summary>Gets who is here now.</summary>
    public HashSet<ParticipantId> Present { get; } = [];

    /// <summary>Gets the hosts who stay at their table in every round not yet held (pre-assigned or volunteers).</summary>
    public Dictionary<GroupId, ParticipantId> Hosts { get; } = [];

    /// <summary>Gets the hosts of each held round, and those chosen for the current round in re-chosen mode.</summary>
    public Dictionary<int, Dictionary<GroupId, ParticipantId>> RoundHosts { get; } = [];

    /// <summary>Gets the seating of every round (empty before the welcome).</summary>
    public List<Seating> Seatings { get; } = [];

    public List<Contribution> Contributions { get; } = [];

    /// <summary>Gets the contribution each remembered command id produced, so a retry returns it even after a restore.</summary>
    public Dictionary<string, ContributionId> ContributionByCommand { get; } = new(StringComparer.Ordinal);

    public int ContributionCount { get; set; }

    public Timebox? RoundTime { get; set; }

    public bool WarningGiven { get; set; }

    public bool TimeUpGiven { get; set; }

    public FairnessReport? Report { get; set; }

    public Participant? Find(ParticipantId id) => Roster.Find(p => p.Id == id);
}
