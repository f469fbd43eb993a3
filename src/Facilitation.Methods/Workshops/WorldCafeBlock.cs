using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Workshops;

/// <summary>A block that runs a World Café.</summary>
/// <remarks>Immutable. The block needs <c>Rounds × RoundDuration + (Rounds − 1) × TimeBetweenRounds</c>; <see cref="WorkshopDesignValidator"/> reports a block that is too short.</remarks>
public sealed record WorldCafeBlock : WorkshopBlock
{
    /// <summary>Initializes a new café block.</summary>
    /// <param name="id">The block's id, unique within the workshop.</param>
    /// <param name="title">The title shown in the programme.</param>
    /// <param name="start">When it starts.</param>
    /// <param name="duration">How long it lasts.</param>
    /// <param name="design">The café.</param>
    public WorldCafeBlock(string id, string title, DateTimeOffset start, TimeSpan duration, WorldCafeDesign design)
        : base(id, title, start, duration)
    {
        Design = design;
    }

    /// <summary>Gets the café's design.</summary>
    public WorldCafeDesign Design { get; init; }

    /// <summary>Gets the time between two rounds, for travellers to move and hosts to brief.</summary>
    /// <value>The default value is 5 minutes.</value>
    public TimeSpan TimeBetweenRounds { get; init; } = WorkshopDefaults.TimeBetweenRounds;

    /// <summary>Gets the time the café's rounds and the moves between them need.</summary>
    public TimeSpan NeededTime => Design is null || Design.Rounds < 1 ? TimeSpan.Zero : (Design.RoundDuration * Design.Rounds) + (TimeBetweenRounds * (Design.Rounds - 1));
}
