namespace Facilitation.Methods.Workshops;

/// <summary>What a block of the programme is: a plain block (a lecture, a meal …) or one that runs a method session.</summary>
public enum BlockKind
{
    /// <summary>A talk by a speaker.</summary>
    Lecture = 0,

    /// <summary>A meeting with speeches (for example a town meeting).</summary>
    Meeting = 1,

    /// <summary>A field visit to a place.</summary>
    FieldVisit = 2,

    /// <summary>A meal or a break.</summary>
    Meal = 3,

    /// <summary>The opening of the workshop or of a day.</summary>
    Opening = 4,

    /// <summary>The closing of the workshop or of a day.</summary>
    Closing = 5,

    /// <summary>A game or energiser.</summary>
    Game = 6,

    /// <summary>The resource inventory step: each village lists its resources per category (see <see cref="ResourceInventory"/>).</summary>
    ResourceInventory = 7,

    /// <summary>Anything else (an interactive session led without a method session).</summary>
    Other = 8,

    /// <summary>A World Café: the block runs a café session (<see cref="WorkshopBlock.CafeDesign"/>).</summary>
    WorldCafe = 9,

    /// <summary>An Open Space: the block runs an Open Space session (<see cref="WorkshopBlock.OpenSpaceDesign"/>).</summary>
    OpenSpace = 10,

    /// <summary>A brainstorm: the block runs a brainstorm session (<see cref="WorkshopBlock.BrainstormDesign"/>).</summary>
    Brainstorm = 11,
}
