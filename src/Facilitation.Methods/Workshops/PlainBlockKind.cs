namespace Facilitation.Methods.Workshops;

/// <summary>What a plain (not facilitated as a method session) block is.</summary>
public enum PlainBlockKind
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
}
