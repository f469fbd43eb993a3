using System.Collections.Immutable;

namespace Facilitation.Methods.Workshops;

/// <summary>One block of the programme: a time slot with a title. Either a <see cref="PlainBlock"/> (lecture, meeting, visit, meal, game …) or a method block (<see cref="WorldCafeBlock"/>, <see cref="OpenSpaceBlock"/>, <see cref="BrainstormBlock"/>).</summary>
/// <remarks>Immutable. The set of block kinds is closed: only this library derives from it.</remarks>
public abstract record WorkshopBlock
{
    private protected WorkshopBlock(string id, string title, DateTimeOffset start, TimeSpan duration)
    {
        Id = id;
        Title = title;
        Start = start;
        Duration = duration;
    }

    /// <summary>Gets the block's id, unique within the workshop; carried items name their source block by it.</summary>
    public string Id { get; init; }

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

    /// <summary>Gets where the block takes place.</summary>
    /// <value>The default value is null.</value>
    public string? Place { get; init; }

    /// <summary>Gets who the block is for; every id must be on the roster.</summary>
    /// <value>The default value is empty: the whole roster.</value>
    public ImmutableArray<ParticipantId> Participants { get; init; } = [];
}
