using System.Collections.Immutable;

namespace Facilitation.Methods.Workshops;

/// <summary>What the organisers plan for a workshop: a title, the organisations and facilitators, one roster, the days, and the blocks in time order (plain blocks and method blocks).</summary>
/// <remarks>
/// Immutable. <see cref="WorkshopSession.Check"/> checks it once: errors for a programme that cannot run (overlapping blocks, a method block too short for its rounds,
/// people not on the roster), warnings for what a facilitator should look at (a day longer than planned, a method block without a facilitator).
/// </remarks>
public sealed record WorkshopDesign
{
    /// <summary>Gets the workshop's title.</summary>
    /// <value>The default value is "Workshop".</value>
    public string Title { get; init; } = WorkshopDefaults.Title;

    /// <summary>Gets the organisations behind the workshop, with free role labels (主办, 承办, 协办 …).</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<Organiser> Organisers { get; init; } = [];

    /// <summary>Gets the facilitators and chairs; blocks name theirs by <see cref="Facilitator.Name"/>.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<Facilitator> Facilitators { get; init; } = [];

    /// <summary>Gets the roster: everyone who takes part, across all days and blocks.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<Participant> Participants { get; init; } = [];

    /// <summary>Gets the days, each with its planned start and end.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<WorkshopDay> Days { get; init; } = [];

    /// <summary>Gets the blocks of the programme.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<WorkshopBlock> Blocks { get; init; } = [];

    /// <summary>Gets the resource categories that frame the workshop (the inventory, Open Space issue categories, brainstorm categories).</summary>
    /// <value>The default value is null: no resource framing.</value>
    public ResourceCategories? Resources { get; init; }

    /// <summary>Gets the blocks ordered by start (then by listed order).</summary>
    public ImmutableArray<WorkshopBlock> Programme => Blocks.IsDefault ? [] : [.. Blocks.Where(b => b is not null).OrderBy(b => b.Start)];

    /// <summary>Gets the block with the given id.</summary>
    /// <param name="id">The block id.</param>
    /// <returns>The block, or null when there is none.</returns>
    public WorkshopBlock? FindBlock(string id) => Blocks.IsDefault ? null : Blocks.FirstOrDefault(b => b is not null && b.Id == id);

    /// <summary>Gets the co-facilitator who leads a block: its <see cref="WorkshopBlock.Facilitator"/> when <see cref="Facilitators"/> lists that name as a co-facilitator, else null.</summary>
    internal string? CoFacilitatorOf(WorkshopBlock? block) => block?.Facilitator is { } name && ListsCoFacilitator(name) ? name : null;

    /// <summary>Tells whether <see cref="Facilitators"/> lists a name as a co-facilitator.</summary>
    internal bool ListsCoFacilitator(string name) =>
        !Facilitators.IsDefault && Facilitators.Any(f => f is not null && f.Name == name && f.Role == FacilitatorRole.CoFacilitator);

    /// <summary>Gets the day a block belongs to (the day of its start date).</summary>
    /// <param name="block">The block.</param>
    /// <returns>The day's number (1-based) and the day, or null when the block is on none of the days.</returns>
    public (int Number, WorkshopDay Day)? DayOf(WorkshopBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var date = DateOnly.FromDateTime(block.Start.DateTime);
        var days = Days.IsDefault ? [] : Days;
        for (var i = 0; i < days.Length; i++)
        {
            if (days[i] is { } day && day.Date == date)
            {
                return (i + 1, day);
            }
        }

        return null;
    }

    /// <summary>Gets who a block is for: its own participant list, or the whole roster when it names nobody.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The participants, in roster order.</returns>
    internal ImmutableArray<Participant> ParticipantsOf(WorkshopBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var roster = Participants.IsDefault ? [] : Participants;
        if (block.Participants.IsDefaultOrEmpty)
        {
            return roster;
        }

        var named = block.Participants.ToHashSet();
        return [.. roster.Where(p => named.Contains(p.Id))];
    }
}
