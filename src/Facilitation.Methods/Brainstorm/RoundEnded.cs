namespace Facilitation.Methods.Brainstorm;

/// <summary>A generation round ended (by the facilitator, or by the timer when its actor is <see cref="Actor.System"/>).</summary>
/// <param name="round">The round.</param>
/// <param name="ideas">How many ideas the round produced.</param>
public sealed class RoundEnded(Round round, int ideas) : BrainstormEvent
{
    /// <summary>The round.</summary>
    public Round Round { get; internal set; } = round;

    /// <summary>How many ideas the round produced.</summary>
    public int Ideas { get; internal set; } = ideas;
}
