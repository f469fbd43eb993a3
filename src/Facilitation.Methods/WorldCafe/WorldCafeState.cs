using Facilitation.Methods.Rotation;

namespace Facilitation.Methods.WorldCafe;

/// <summary>Everything a café knows besides its design; changed only by <see cref="WorldCafeRules.Evolve"/>, under the engine's gate.</summary>
internal sealed class WorldCafeState
{
    public WorldCafePhase Phase { get; set; } = WorldCafePhase.Design;

    /// <summary>Gets or sets the session version of the last event applied.</summary>
    public long Version { get; set; }

    /// <summary>Gets or sets the version of the last event that changed what the planner plans from (people, hosts, held rounds, the plan).</summary>
    public long SeatingChangedAt { get; set; }

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

    public Timebox? RoundTime { get; set; }

    public bool WarningGiven { get; set; }

    public bool TimeUpGiven { get; set; }

    public FairnessReport? Report { get; set; }

    public Participant? Find(ParticipantId id) => Roster.Find(p => p.Id == id);
}
