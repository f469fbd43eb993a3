namespace Facilitation.Methods.Brainstorm;

/// <summary>The running round's paused timebox runs again, with the time it had left when paused.</summary>
/// <param name="round">The round.</param>
public sealed class RoundResumed(Round round) : BrainstormEvent
{
    /// <summary>The round.</summary>
    public Round Round { get; internal set; } = round;
}
