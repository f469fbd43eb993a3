using System.Collections.Immutable;

namespace Facilitation.Methods.Workshops;

/// <summary>A running workshop's state: owned by the engine, changed only by <see cref="WorkshopRules.Evolve"/>.</summary>
internal sealed class WorkshopState
{
    public WorkshopState(WorkshopDesign design)
    {
        Design = design;
        Programme = design.Programme;
        Roster = design.Participants.ToDictionary(p => p.Id);
    }

    public WorkshopDesign Design { get; }

    public ImmutableArray<WorkshopBlock> Programme { get; }

    public Dictionary<ParticipantId, Participant> Roster { get; }

    public WorkshopPhase Phase { get; set; }

    /// <summary>Gets or sets how many days have opened (the open day's number while a day is open).</summary>
    public int DaysOpened { get; set; }

    /// <summary>Gets or sets how many blocks of the programme are done (closed or skipped): the next block is <c>Programme[Done]</c>.</summary>
    public int Done { get; set; }

    public string? Running { get; set; }

    public Dictionary<string, BlockStatus> Status { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets who is here now (checked in and not departed), in roster order when read through <see cref="PresentInOrder"/>.</summary>
    public HashSet<ParticipantId> Present { get; } = [];

    public Dictionary<ParticipantId, int> AttendanceChanges { get; } = [];

    public Dictionary<string, ImmutableArray<ParticipantId>> StartedWith { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets who was present at some moment while the running block ran.</summary>
    public List<ParticipantId> SeenInRunning { get; } = [];

    public Dictionary<string, ImmutableArray<ParticipantId>> Attendance { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, BlockRecord> Records { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> SkipReasons { get; } = new(StringComparer.Ordinal);

    public List<(string Block, CarriedItem Item)> Carried { get; } = [];

    public Dictionary<string, ResourceInventory> Inventories { get; } = new(StringComparer.Ordinal);

    public ActionPlan Plan { get; set; } = ActionPlan.Empty;

    public HashSet<string> CommandIds { get; } = new(StringComparer.Ordinal);

    public WorkshopBlock? RunningBlock => Running is null ? null : Programme.First(b => b.Id == Running);

    public WorkshopBlock? NextBlock => Done < Programme.Length ? Programme[Done] : null;

    public ImmutableArray<ParticipantId> PresentInOrder(IEnumerable<ParticipantId>? among = null)
    {
        var set = among?.ToHashSet();
        return [.. Design.Participants.Select(p => p.Id).Where(id => Present.Contains(id) && (set is null || set.Contains(id)))];
    }

    public ImmutableArray<CarriedItem> CarriedInto(string block) => [.. Carried.Where(c => c.Block == block).Select(c => c.Item)];

    public WorkshopContribution? Resolve(SourceLink link) =>
        link.Block is { } b && Records.TryGetValue(b, out var record) ? record.Find(link.Contribution) : null;
}
