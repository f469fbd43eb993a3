namespace Facilitation.Methods.Brainstorm;

/// <summary>The running round's timebox was paused: it stands still until it is resumed.</summary>
/// <param name="round">The round.</param>
public sealed class RoundPaused(Round round) : BrainstormEvent
{
    /// <summary>The round.</summary>
    public Round Round { get; internal set; } = round;
}
