namespace Facilitation.Methods.Brainstorm;

/// <summary>The running round's current timebox was lengthened (positive) or shortened (negative).</summary>
/// <param name="round">The round.</param>
/// <param name="change">The change.</param>
public sealed class RoundExtended(Round round, TimeSpan change) : BrainstormEvent
{
    /// <summary>The round.</summary>
    public Round Round { get; internal set; } = round;

    /// <summary>The change.</summary>
    public TimeSpan Change { get; internal set; } = change;
}
