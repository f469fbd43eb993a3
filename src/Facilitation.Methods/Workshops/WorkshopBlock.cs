using System.Collections.Immutable;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Workshops;

/// <summary>One block of the programme: a time slot with a title and a <see cref="Kind"/>. A plain block (lecture, meeting, visit, meal, game …)
/// is made with the constructor; a block that runs a method session with <see cref="WorldCafe"/>, <see cref="OpenSpace"/> or <see cref="Brainstorm"/>,
/// which carry the method's design.</summary>
/// <remarks>Immutable. A method block needs time for its method (<see cref="NeededTime"/>); <see cref="WorkshopSession.Check"/> reports a block that is
/// too short, a method block without its design, and a design on a block of another kind.</remarks>
public sealed record WorkshopBlock
{
    /// <summary>Initializes a new plain block (a lecture, a meeting, a field visit, a meal, an opening or closing, a game, the resource inventory step).</summary>
    /// <param name="id">The block's id, unique within the workshop.</param>
    /// <param name="kind">What the block is; a method kind is made with <see cref="WorldCafe"/>, <see cref="OpenSpace"/> or <see cref="Brainstorm"/>.</param>
    /// <param name="title">The title shown in the programme.</param>
    /// <param name="start">When it starts.</param>
    /// <param name="duration">How long it lasts.</param>
    public WorkshopBlock(string id, BlockKind kind, string title, DateTimeOffset start, TimeSpan duration)
    {
        Id = id;
        Kind = kind;
        Title = title;
        Start = start;
        Duration = duration;
    }

    /// <summary>Makes a block that runs a World Café. It needs <c>Rounds × RoundDuration + (Rounds − 1) × TimeBetweenRounds</c>.</summary>
    /// <param name="id">The block's id, unique within the workshop.</param>
    /// <param name="title">The title shown in the programme.</param>
    /// <param name="start">When it starts.</param>
    /// <param name="duration">How long it lasts.</param>
    /// <param name="design">The café.</param>
    /// <returns>The block.</returns>
    public static WorkshopBlock WorldCafe(string id, string title, DateTimeOffset start, TimeSpan duration, WorldCafeDesign design) =>
        new(id, BlockKind.WorldCafe, title, start, duration) { CafeDesign = design };

    /// <summary>Makes a block that runs an Open Space. Its slots carry their own times: the block needs the span from the first slot's start
    /// to the last slot's end, and every slot must lie inside the block.</summary>
    /// <param name="id">The block's id, unique within the workshop.</param>
    /// <param name="title">The title shown in the programme.</param>
    /// <param name="start">When it starts.</param>
    /// <param name="duration">How long it lasts.</param>
    /// <param name="design">The Open Space.</param>
    /// <returns>The block.</returns>
    public static WorkshopBlock OpenSpace(string id, string title, DateTimeOffset start, TimeSpan duration, OpenSpaceDesign design) =>
        new(id, BlockKind.OpenSpace, title, start, duration) { OpenSpaceDesign = design };

    /// <summary>Makes a block that runs a brainstorm. It needs the sum of its generation rounds' durations plus <see cref="TimeBetweenRounds"/> between rounds.</summary>
    /// <param name="id">The block's id, unique within the workshop.</param>
    /// <param name="title">The title shown in the programme.</param>
    /// <param name="start">When it starts.</param>
    /// <param name="duration">How long it lasts.</param>
    /// <param name="design">The brainstorm.</param>
    /// <returns>The block.</returns>
    public static WorkshopBlock Brainstorm(string id, string title, DateTimeOffset start, TimeSpan duration, BrainstormDesign design) =>
        new(id, BlockKind.Brainstorm, title, start, duration) { BrainstormDesign = design };

    /// <summary>Gets the block's id, unique within the workshop; carried items name their source block by it.</summary>
    public string Id { get; init; }

    /// <summary>Gets what the block is.</summary>
    public BlockKind Kind { get; }

    /// <summary>Gets the title shown in the programme.</summary>
    public string Title { get; init; }

    /// <summary>Gets when the block starts.</summary>
    public DateTimeOffset Start { get; init; }

    /// <summary>Gets how long the block lasts.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Gets when the block ends.</summary>
    public DateTimeOffset End => Start + Duration;

    /// <summary>Gets the name of the facilitator or chair who leads this block; must be one of <see cref="WorkshopDesign.Facilitators"/>.</summary>
    /// <value>The default value is null: nobody named.</value>
    public string? Facilitator { get; init; }

    /// <summary>Gets who speaks (a lecturer, the chair, a village representative).</summary>
    /// <value>The default value is null.</value>
    public string? Speaker { get; init; }

    /// <summary>Gets where the block takes place.</summary>
    /// <value>The default value is null.</value>
    public string? Place { get; init; }

    /// <summary>Gets who the block is for; every id must be on the roster.</summary>
    /// <value>The default value is empty: the whole roster.</value>
    public ImmutableArray<ParticipantId> Participants { get; init; } = [];

    /// <summary>Gets the café's design, for a <see cref="BlockKind.WorldCafe"/> block.</summary>
    /// <value>Null for a block of another kind.</value>
    public WorldCafeDesign? CafeDesign { get; init; }

    /// <summary>Gets the Open Space's design, for a <see cref="BlockKind.OpenSpace"/> block.</summary>
    /// <value>Null for a block of another kind.</value>
    public OpenSpaceDesign? OpenSpaceDesign { get; init; }

    /// <summary>Gets the brainstorm's design, for a <see cref="BlockKind.Brainstorm"/> block.</summary>
    /// <value>Null for a block of another kind.</value>
    public BrainstormDesign? BrainstormDesign { get; init; }

    /// <summary>Gets the time between two rounds of a café or a brainstorm, for travellers to move and hosts to brief.</summary>
    /// <value>The default value is 5 minutes.</value>
    public TimeSpan TimeBetweenRounds { get; init; } = WorkshopDefaults.TimeBetweenRounds;

    /// <summary>Gets the time the block's method needs: a café's rounds and the moves between them, a brainstorm's rounds and the pauses
    /// between them, an Open Space's first slot's start to its last slot's end; <see cref="Duration"/> for a plain block.</summary>
    public TimeSpan NeededTime => Kind switch
    {
        BlockKind.WorldCafe => CafeDesign is not { Rounds: >= 1 } cafe ? TimeSpan.Zero : (cafe.RoundDuration * cafe.Rounds) + (TimeBetweenRounds * (cafe.Rounds - 1)),
        BlockKind.Brainstorm => BrainstormDesign is null || BrainstormDesign.Rounds.IsDefault ? TimeSpan.Zero : Needed([.. BrainstormDesign.Rounds.Where(r => r is not null).Select(r => r.Duration)]),
        BlockKind.OpenSpace => OpenSpaceDesign is null || OpenSpaceDesign.Slots.IsDefault || !OpenSpaceDesign.Slots.Any(s => s is not null) ? TimeSpan.Zero
            : OpenSpaceDesign.Slots.Where(s => s is not null).Max(s => s.End) - OpenSpaceDesign.Slots.Where(s => s is not null).Min(s => s.Start),
        _ => Duration,
    };

    /// <summary>Gets whether the block runs a method session (a café, an Open Space or a brainstorm).</summary>
    internal bool RunsMethod => Kind is BlockKind.WorldCafe or BlockKind.OpenSpace or BlockKind.Brainstorm;

    private TimeSpan Needed(List<TimeSpan> rounds) =>
        rounds.Count == 0 ? TimeSpan.Zero : rounds.Aggregate(TimeSpan.Zero, (sum, r) => sum + r) + (TimeBetweenRounds * (rounds.Count - 1));
}
